package org.hanoinet.exchange;

import java.time.Instant;

/**
 * Where the envelopes this node wrote for one case stand, as the case's own users see it: all delivered, some still
 * waiting for the peer node (with why the last try failed), or some given up (dead). A duty officer who sees "not
 * yet delivered" knows to use the fallback channel of art. 41 rather than wait.
 *
 * @param recipient the node the oldest waiting envelope is addressed to, or the last one delivered
 * @param waiting how many envelopes of the case are still pending
 * @param dead how many were given up after their last try, or refused for good by the peer
 * @param waitingSince when the oldest envelope still pending or dead was written, or {@code null} if none is
 * @param attempts how often delivery of that envelope was tried
 * @param lastError why its last try failed, or {@code null}
 * @param nextAttemptAt when it is tried again, while pending
 * @param lastDeliveredAt when the peer's receipt for the latest delivered envelope came back, or {@code null}
 */
public record CaseDelivery(String recipient, int waiting, int dead, Instant waitingSince, int attempts, String lastError,
		Instant nextAttemptAt, Instant lastDeliveredAt) {

	/** Every envelope of the case is in the peer's hands. */
	public boolean delivered() {
		return waiting == 0 && dead == 0;
	}

	/** DELIVERED, PENDING (something waits) or DEAD (something was given up, which needs a person). */
	public String state() {
		return dead > 0 ? "DEAD" : waiting > 0 ? "PENDING" : "DELIVERED";
	}
}
