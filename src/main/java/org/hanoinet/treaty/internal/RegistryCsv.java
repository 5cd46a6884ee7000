package org.hanoinet.treaty.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.hanoinet.shared.InvalidValue;
import org.hanoinet.treaty.Action;
import org.hanoinet.treaty.ActionId;
import org.hanoinet.treaty.ActionKind;
import org.hanoinet.treaty.Confidence;
import org.hanoinet.treaty.DatePrecision;
import org.hanoinet.treaty.Participant;
import org.hanoinet.treaty.ParticipantKind;
import org.hanoinet.treaty.Participants;

/**
 * The registry as a CSV file, in the columns of the shipped signatures file plus {@code id}, {@code article}
 * and {@code detail}. Reading accepts the shipped file as it is: a row without an id gets one derived from its
 * content, so the same file imported twice gives the same ids.
 */
final class RegistryCsv {

	static final String[] COLUMNS = { "id", "participant", "iso_alpha3", "iso_alpha2", "un_member", "un_regional_group_code", "action",
			"date", "date_precision", "place", "article", "detail", "confidence", "sources" };

	private static final CSVFormat READ = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setTrim(true)
		.setIgnoreEmptyLines(true)
		.setAllowMissingColumnNames(true)
		.get();

	private RegistryCsv() {
	}

	static List<Action> read(Reader reader, Participants participants) {
		List<Action> actions = new ArrayList<>();
		try {
			var parser = READ.parse(reader);
			for (String required : List.of("action", "date", "confidence")) {
				if (!parser.getHeaderMap().containsKey(required)) {
					throw new InvalidValue("file", "The CSV file has no '" + required + "' column; its first line must name the columns "
							+ String.join(",", COLUMNS) + ".");
				}
			}
			for (CSVRecord row : parser) {
				try {
					actions.add(action(row, participants));
				}
				catch (InvalidValue invalid) {
					// The parser has read just up to the end of this row; blank lines and quoted line breaks make the
					// record number another number than the line's.
					throw new InvalidValue(invalid.field(), "Line " + parser.getCurrentLineNumber() + ": " + invalid.getMessage());
				}
			}
		}
		catch (CSVException malformed) {
			throw notWellFormed(malformed);
		}
		catch (UncheckedIOException failed) {
			// How the parser reports a malformed row while iterating: a stray quote, an unterminated quoted value.
			if (failed.getCause() instanceof CSVException malformed) {
				throw notWellFormed(malformed);
			}
			throw failed;
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		catch (IllegalArgumentException | IllegalStateException malformed) {
			if (malformed instanceof InvalidValue invalid) {
				throw invalid;
			}
			throw new InvalidValue("file", "The file is not well-formed CSV: " + malformed.getMessage());
		}
		return actions;
	}

	private static InvalidValue notWellFormed(CSVException malformed) {
		return new InvalidValue("file", "The file is not well-formed CSV: " + malformed.getMessage());
	}

	static void write(List<Action> actions, Participants participants, Appendable out) {
		try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get().print(out)) {
			for (Action action : actions) {
				Participant participant = participants.get(action.participant());
				printer.printRecord(action.id(), participant.name(), participant.code(), participant.alpha2(),
						participant.kind() == ParticipantKind.UN_MEMBER_STATE ? "yes" : "no",
						participant.kind() == ParticipantKind.UN_MEMBER_STATE ? participant.group().name() : "",
						action.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), action.date() == null ? "" : action.date(),
						action.precision().label(), action.place(), action.article() == null ? "" : action.article(), action.detail(),
						action.confidence().label(), action.sources());
			}
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static Action action(CSVRecord row, Participants participants) {
		String alpha3 = value(row, "iso_alpha3");
		String alpha2 = value(row, "iso_alpha2");
		if (alpha3.isEmpty() && alpha2.isEmpty()) {
			throw new InvalidValue("participant", "the participant has no iso_alpha3 or iso_alpha2 code.");
		}
		Participant participant = participants.byAnyCode(alpha3.isEmpty() ? alpha2 : alpha3);
		ActionKind kind = ActionKind.of(value(row, "action"));
		LocalDate date = date(value(row, "date"));
		String precisionText = value(row, "date_precision");
		DatePrecision precision = precisionText.isEmpty() ? null : DatePrecision.of(precisionText);
		String articleText = value(row, "article");
		Integer article = articleText.isEmpty() ? null : article(articleText);
		String detail = value(row, "detail");
		String idText = value(row, "id");
		ActionId id = idText.isEmpty()
				? ActionId.derivedFrom(participant.code() + "|" + kind + "|" + date + "|" + (article == null ? "" : article) + "|" + detail)
				: ActionId.of(idText);
		return new Action(id, participant.code(), kind, date, precision, value(row, "place"), article, detail,
				Confidence.of(value(row, "confidence")), value(row, "sources"));
	}

	private static String value(CSVRecord row, String column) {
		return row.isMapped(column) && row.isSet(column) ? row.get(column).strip() : "";
	}

	private static LocalDate date(String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException notIso) {
			throw new InvalidValue("date", "'" + text + "' is not a date: write it as YYYY-MM-DD.");
		}
	}

	private static int article(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException notNumber) {
			throw new InvalidValue("article", "'" + text + "' is not an article number.");
		}
	}
}
