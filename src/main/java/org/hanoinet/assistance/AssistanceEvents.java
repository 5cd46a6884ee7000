package org.hanoinet.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.hanoinet.shared.AuditableEvent;

/**
 * The facts of the technical-assistance register that the audit log records, by ids and codes only: never a title,
 * a description, a reason or an outcome as written.
 */
public final class AssistanceEvents {

	private AssistanceEvents() {
	}

	/** A State recorded a need; {@code visibleTo} are the States it chose, as comma-separated codes. */
	public record NeedRecorded(NeedId need, String state, String kind, String contact, String visibleTo, String by,
			Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "assistance.need-recorded";
		}

		@Override
		public Map<String, String> auditFields() {
			return fields("need", need.toString(), "state", state, "kind", kind, "contact", contact, "visibleTo", visibleTo, "by", by);
		}
	}

	/** A State recorded an offer. */
	public record OfferRecorded(OfferId offer, String state, String kind, String contact, String by, Instant occurredAt)
			implements AuditableEvent {

		@Override
		public String auditType() {
			return "assistance.offer-recorded";
		}

		@Override
		public Map<String, String> auditFields() {
			return fields("offer", offer.toString(), "state", state, "kind", kind, "contact", contact, "by", by);
		}
	}

	/** The secretariat matched a need of one State with an offer of another. */
	public record MatchProposed(MatchId match, NeedId need, OfferId offer, String needingState, String offeringState, String by,
			Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "assistance.match-proposed";
		}

		@Override
		public Map<String, String> auditFields() {
			return fields("match", match.toString(), "need", need.toString(), "offer", offer.toString(), "needingState", needingState,
					"offeringState", offeringState, "by", by);
		}
	}

	/** One State of a match accepted it. */
	public record MatchAccepted(MatchId match, String state, String status, String by, Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "assistance.match-accepted";
		}

		@Override
		public Map<String, String> auditFields() {
			return fields("match", match.toString(), "state", state, "status", status, "by", by);
		}
	}

	/** One State of a match declined it (the reason stays in the register). */
	public record MatchDeclined(MatchId match, String state, String by, Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "assistance.match-declined";
		}

		@Override
		public Map<String, String> auditFields() {
			return fields("match", match.toString(), "state", state, "by", by);
		}
	}

	/** The offering State recorded the delivery of the assistance. */
	public record DeliveryRecorded(MatchId match, String state, LocalDate deliveredOn, String by, Instant occurredAt)
			implements AuditableEvent {

		@Override
		public String auditType() {
			return "assistance.delivery-recorded";
		}

		@Override
		public Map<String, String> auditFields() {
			return fields("match", match.toString(), "state", state, "deliveredOn", deliveredOn.toString(), "by", by);
		}
	}

	/** A State of the match recorded the outcome of the assistance delivered. */
	public record OutcomeRecorded(MatchId match, String state, String by, Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "assistance.outcome-recorded";
		}

		@Override
		public Map<String, String> auditFields() {
			return fields("match", match.toString(), "state", state, "by", by);
		}
	}

	private static Map<String, String> fields(String... namesAndValues) {
		Map<String, String> fields = new TreeMap<>();
		for (int index = 0; index < namesAndValues.length; index += 2) {
			fields.put(namesAndValues[index], namesAndValues[index + 1]);
		}
		return fields;
	}
}
