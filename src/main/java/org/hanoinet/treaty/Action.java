package org.hanoinet.treaty;

import java.time.LocalDate;

import org.hanoinet.shared.InvalidValue;

/**
 * One act of a participant as the registry records it, with what is known of its date and where the
 * information comes from.
 *
 * @param id stable id
 * @param participant who acted
 * @param kind what was done
 * @param date the date of signature, of deposit or of receipt of the notification; null when unknown
 * @param precision how exactly the date is known
 * @param place where, e.g. "Hanoi" or "New York"; may be empty
 * @param article the article a reservation, its withdrawal or a declaration concerns; null otherwise
 * @param detail what a declaration says (e.g. the accepted languages); may be empty
 * @param confidence how sure the registry is
 * @param sources where the information comes from
 */
public record Action(ActionId id, ParticipantCode participant, ActionKind kind, LocalDate date, DatePrecision precision,
		String place, Integer article, String detail, Confidence confidence, String sources) {

	public Action {
		if (id == null || participant == null || kind == null) {
			throw new InvalidValue("action", "An action needs an id, a participant and a kind.");
		}
		precision = precision == null ? (date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY) : precision;
		if (date == null && precision != DatePrecision.UNKNOWN) {
			throw new InvalidValue("date", "The " + kind + " of " + participant + " has no date: give one, or the precision 'unknown'.");
		}
		if (date != null && precision == DatePrecision.UNKNOWN) {
			throw new InvalidValue("date_precision", "The " + kind + " of " + participant + " has a date but its precision says 'unknown'.");
		}
		if (article != null) {
			Convention.article(article);
		}
		if ((kind == ActionKind.RESERVATION || kind == ActionKind.RESERVATION_WITHDRAWAL) && article == null) {
			throw new InvalidValue("article", "A reservation or its withdrawal names the article it concerns.");
		}
		place = place == null ? "" : place.strip();
		detail = detail == null ? "" : detail.strip();
		confidence = confidence == null ? Confidence.A : confidence;
		sources = sources == null ? "" : sources.strip();
	}

	/** A dated action with nothing but the essentials, as in a what-if projection. */
	public static Action hypothetical(ParticipantCode participant, ActionKind kind, LocalDate date) {
		if (date == null) {
			throw new InvalidValue("date", "A projected " + kind + " of " + participant + " needs a date.");
		}
		return new Action(ActionId.random(), participant, kind, date, DatePrecision.DAY, "", null, "", Confidence.D, "projection");
	}

	public boolean dated() {
		return date != null;
	}
}
