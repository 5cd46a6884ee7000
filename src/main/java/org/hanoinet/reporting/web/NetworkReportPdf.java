package org.hanoinet.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.hanoinet.reporting.NetworkReport;
import org.hanoinet.reporting.NetworkReport.Count;
import org.hanoinet.reporting.NetworkReport.GroupLine;
import org.hanoinet.reporting.NetworkReport.Spread;
import org.hanoinet.reporting.NetworkReport.StateLine;
import org.hanoinet.reporting.NetworkReport.Time;
import org.hanoinet.reporting.NetworkReport.Totals;
import org.hanoinet.reporting.NetworkReport.TypeLine;
import org.hanoinet.reporting.NetworkRequest.Standing;
import org.hanoinet.shared.CountryCode;
import org.librepdf.openpdf.fonts.Liberation;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;

/**
 * Lays the network report out on landscape A4 with OpenPDF, for the Conference of the States Parties: the network's
 * totals, one line per State and per regional group, the requests per type, who declined or did not answer, and the
 * SHA-256 of each signed aggregate so that a reader can match a figure to what a node signed. Liberation fonts are
 * embedded, as for the formal letters, so Vietnamese prints as written.
 */
final class NetworkReportPdf {

	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

	private NetworkReportPdf() {
	}

	static byte[] render(NetworkReport report, MessageSource messages, Locale language) {
		Texts texts = new Texts(messages, language);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Document document = new Document(PageSize.A4.rotate(), 40, 40, 40, 48)) {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			Font footer = Liberation.SANS.create(7);
			writer.setPageEvent(new PdfPageEventHelper() {
				@Override
				public void onEndPage(PdfWriter pages, Document page) {
					// a loose sheet names the request whose answers it shows
					ColumnText.showTextAligned(pages.getDirectContent(), Element.ALIGN_CENTER,
							new Phrase(texts.get("reporting.network.pdf.footer", report.request(), pages.getPageNumber()), footer),
							(page.left() + page.right()) / 2, page.bottom() - 24, 0);
				}
			});
			String title = texts.get("reporting.network.pdf.title", report.period().from(), report.period().to());
			document.addTitle(title);
			document.addCreator("HanoiNet");
			document.open();
			Font heading = Liberation.SANS_BOLD.create(15);
			Font bold = Liberation.SANS_BOLD.create(9);
			Font body = Liberation.SANS.create(9);
			Font small = Liberation.SANS.create(8);
			Font mono = Liberation.MONO.create(7);

			document.add(new Paragraph(title, heading));
			document.add(spaced(new Paragraph(texts.get("reporting.network.pdf.requested", INSTANT.format(report.requestedAt())), body), 4));
			document.add(spaced(new Paragraph(texts.get("reporting.network.pdf.method"), small), 6));

			document.add(spaced(new Paragraph(texts.get("reporting.network.pdf.network"), bold), 12));
			PdfPTable network = table(texts, bold, "reporting.network.column.states", "reporting.network.column.sent",
					"reporting.network.column.received", "reporting.network.column.executed", "reporting.network.column.refused",
					"reporting.network.column.postponed", "reporting.network.column.withdrawn");
			network.addCell(cell(texts.get("reporting.network.pdf.answered", report.states().size() - report.declined().size()
					- report.notAnswered().size(), report.states().size()), body));
			totals(network, report.network(), body);
			document.add(network);

			document.add(spaced(new Paragraph(texts.get("reporting.network.pdf.states"), bold), 12));
			PdfPTable states = table(texts, bold, "reporting.network.column.state", "reporting.network.column.group",
					"reporting.network.column.answer", "reporting.network.column.sent", "reporting.network.column.received",
					"reporting.network.column.executed", "reporting.network.column.refused", "reporting.network.column.postponed",
					"reporting.network.column.withdrawn", "reporting.network.column.acknowledgement", "reporting.network.column.execution");
			for (StateLine line : report.states()) {
				states.addCell(cell(name(line.state(), language), body));
				states.addCell(cell(line.group() == null ? "" : texts.get("treaty.group." + line.group().name()), body));
				states.addCell(cell(texts.get("reporting.network.standing." + line.standing().name()), body));
				if (line.standing() == Standing.REPORTED) {
					totals(states, line.totals(), body);
					states.addCell(cell(median(line.latencies().acknowledgement(), texts), body));
					states.addCell(cell(median(line.latencies().execution(), texts), body));
				}
				else {
					for (int column = 0; column < 8; column++) {
						states.addCell(cell("", body));
					}
				}
			}
			document.add(states);

			document.add(spaced(new Paragraph(texts.get("reporting.network.pdf.groups"), bold), 12));
			PdfPTable groups = table(texts, bold, "reporting.network.column.group", "reporting.network.column.answers",
					"reporting.network.column.sent", "reporting.network.column.received", "reporting.network.column.executed",
					"reporting.network.column.refused", "reporting.network.column.postponed", "reporting.network.column.withdrawn",
					"reporting.network.column.medians");
			for (GroupLine line : report.groups()) {
				groups.addCell(cell(texts.get("treaty.group." + line.group().name()), body));
				groups.addCell(cell(texts.get("reporting.network.pdf.answers", line.reported(), line.declined(), line.notAnswered()), body));
				totals(groups, line.totals(), body);
				groups.addCell(cell(spread(line.latencies().acknowledgement(), texts), body));
			}
			document.add(groups);

			document.add(spaced(new Paragraph(texts.get("reporting.network.pdf.types"), bold), 12));
			PdfPTable types = table(texts, bold, "reporting.network.column.type", "reporting.network.column.sent",
					"reporting.network.column.received");
			for (TypeLine line : report.types()) {
				types.addCell(cell(texts.get("cooperation.type." + line.type().name()), body));
				types.addCell(number(line.sent(), body));
				types.addCell(number(line.received(), body));
			}
			if (report.types().isEmpty()) {
				PdfPCell none = cell(texts.get("reporting.network.pdf.noRequests"), body);
				none.setColspan(3);
				types.addCell(none);
			}
			document.add(types);

			document.add(spaced(new Paragraph(texts.get("reporting.network.pdf.declined", names(report.declined(), language, texts)), body), 12));
			document.add(spaced(new Paragraph(texts.get("reporting.network.pdf.notAnswered", names(report.notAnswered(), language, texts)), body), 4));

			document.add(spaced(new Paragraph(texts.get("reporting.network.pdf.verification"), bold), 12));
			document.add(spaced(new Paragraph(texts.get("reporting.network.pdf.howToVerify"), small), 2));
			for (StateLine line : report.states()) {
				if (line.aggregate() != null) {
					document.add(new Paragraph(line.state().value() + " · " + line.node() + " · SHA-256 " + sha256(line.aggregate()), mono));
				}
			}
		}
		catch (IOException fontMissing) {
			throw new IllegalStateException("The embedded PDF font cannot be loaded", fontMissing);
		}
		return out.toByteArray();
	}

	private static void totals(PdfPTable table, Totals totals, Font font) {
		for (Count count : List.of(totals.sent(), totals.received(), totals.executed(), totals.refused(), totals.postponed(),
				totals.withdrawn())) {
			table.addCell(number(count, font));
		}
	}

	private static PdfPTable table(Texts texts, Font bold, String... columns) {
		PdfPTable table = new PdfPTable(columns.length);
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setHeaderRows(1);
		for (String column : columns) {
			PdfPCell cell = cell(texts.get(column), bold);
			cell.setGrayFill(0.92f);
			table.addCell(cell);
		}
		return table;
	}

	private static PdfPCell cell(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setPadding(3);
		return cell;
	}

	private static PdfPCell number(Count count, Font font) {
		PdfPCell cell = cell(count.toString(), font);
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		return cell;
	}

	private static Paragraph spaced(Paragraph paragraph, float before) {
		paragraph.setSpacingBefore(before);
		return paragraph;
	}

	private static String name(CountryCode state, Locale language) {
		return state.displayName(language) + " (" + state.value() + ")";
	}

	private static String names(List<CountryCode> states, Locale language, Texts texts) {
		return states.isEmpty() ? texts.get("reporting.network.pdf.nobody")
				: String.join(", ", states.stream().map(state -> name(state, language)).toList());
	}

	private static String median(Time time, Texts texts) {
		return time.medianSeconds() == null ? "\u2013" : duration(time.medianSeconds(), texts);
	}

	private static String spread(Spread spread, Texts texts) {
		if (spread.states() == 0) {
			return "\u2013";
		}
		String lowest = duration(spread.lowestMedianSeconds(), texts);
		return spread.states() == 1 ? lowest : lowest + " \u2013 " + duration(spread.highestMedianSeconds(), texts);
	}

	private static String duration(double seconds, Texts texts) {
		if (seconds >= 86_400) {
			return texts.get("reporting.duration.days", Math.round(seconds / 86_400));
		}
		if (seconds >= 3_600) {
			return texts.get("reporting.duration.hours", Math.round(seconds / 3_600));
		}
		if (seconds >= 60) {
			return texts.get("reporting.duration.minutes", Math.round(seconds / 60));
		}
		return texts.get("reporting.duration.seconds", Math.round(seconds));
	}

	private static String sha256(String compact) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(compact.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException absent) {
			throw new IllegalStateException("Every Java runtime provides SHA-256.", absent);
		}
	}

	/** The report's texts in the reader's language. */
	private record Texts(MessageSource messages, Locale language) {

		String get(String key, Object... arguments) {
			return messages.getMessage(key, arguments, language);
		}
	}
}
