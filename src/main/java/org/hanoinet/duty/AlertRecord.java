package org.hanoinet.duty;

import java.time.Instant;
import java.util.UUID;

/**
 * One recorded fact of an alert, with its time: the trace of how long each step took.
 *
 * @param kind what happened
 * @param occurredAt when
 * @param step the escalation step concerned, or {@code null}
 * @param channel the channel concerned (EMAIL, WEBHOOK, WEB), or {@code null}
 * @param notice the notice concerned, or {@code null}
 */
public record AlertRecord(Kind kind, Instant occurredAt, EscalationStep step, String channel, UUID notice) {

	/** What can happen to an alert. */
	public enum Kind {

		/** The alert was raised when the request was delivered. */
		RAISED,

		/** A person of the chain was notified. */
		NOTIFIED,

		/** Silence moved the alert to the next step of the chain. */
		ESCALATED,

		/** A channel delivered a notice. */
		DELIVERED,

		/** A channel failed to deliver a notice; it is tried again later. */
		DELIVERY_FAILED,

		/** A channel gave up on a notice after its last attempt. */
		DELIVERY_ABANDONED,

		/** Someone acknowledged the alert, which stopped the chain. */
		ACKNOWLEDGED
	}
}
