package org.hanoinet.duty;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.shared.AuditableEvent;

/** The facts of duty alerts that the audit log records, by ids and codes only. */
public final class DutyEvents {

	private DutyEvents() {
	}

	/** An urgent request reached a point of contact and its duty officer was alerted. */
	public record AlertRaised(UUID alert, UUID caseId, UUID authority, String urgency, Instant occurredAt)
			implements AuditableEvent {

		@Override
		public String auditType() {
			return "duty.alert-raised";
		}

		@Override
		public Map<String, String> auditFields() {
			// The alert id leads to the case in the duty tables; the case's own leaves are found by its id alone.
			return Map.of("alert", alert.toString(), "authority", authority.toString(), "urgency", urgency);
		}
	}

	/** Nobody acknowledged in time: the next step of the chain was alerted. */
	public record AlertEscalated(UUID alert, String step, Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "duty.alert-escalated";
		}

		@Override
		public Map<String, String> auditFields() {
			return Map.of("alert", alert.toString(), "step", step);
		}
	}

	/** A channel failed to deliver a notice of an alert. */
	public record AlertDeliveryFailed(UUID alert, UUID delivery, String channel, int attempt, boolean abandoned,
			Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "duty.alert-delivery-failed";
		}

		@Override
		public Map<String, String> auditFields() {
			return Map.of("alert", alert.toString(), "delivery", delivery.toString(), "channel", channel, "attempt",
					Integer.toString(attempt), "abandoned", Boolean.toString(abandoned));
		}
	}

	/** Someone acknowledged an alert, which stopped its escalation. */
	public record AlertAcknowledged(UUID alert, UUID caseId, String via, Instant occurredAt) implements AuditableEvent {
		// caseId is null for a ping test.

		@Override
		public String auditType() {
			return "duty.alert-acknowledged";
		}

		@Override
		public Map<String, String> auditFields() {
			return Map.of("alert", alert.toString(), "via", via);
		}
	}

	/** A point of contact pinged a peer State's point of contact (ping test). */
	public record PingSent(UUID ping, UUID alert, UUID sender, UUID peer, Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "duty.ping-sent";
		}

		@Override
		public Map<String, String> auditFields() {
			return Map.of("ping", ping.toString(), "alert", alert.toString(), "sender", sender.toString(), "peer",
					peer.toString());
		}
	}

	/** The peer's officer acknowledged a ping test. */
	public record PingAnswered(UUID ping, UUID alert, Instant sentAt, Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "duty.ping-answered";
		}

		@Override
		public Map<String, String> auditFields() {
			return Map.of("ping", ping.toString(), "alert", alert.toString(), "sentAt", sentAt.toString(), "answeredAt",
					occurredAt.toString());
		}
	}

	/**
	 * A notice of an alert is to be shown live to the authority's duty officers now (not audited: the
	 * delivery is recorded with the alert).
	 */
	public record AlertShown(UUID alert, UUID authority, String state) {
	}
}
