package org.hanoinet.exchange.internal;

import java.time.Instant;

/**
 * What one attempt decided for a leased envelope ({@link DeliveryResults}), written with the others of its round
 * in one commit ({@link OutcomeRecorder}).
 */
sealed interface DeliveryOutcome {

	PendingEnvelope envelope();

	/**
	 * The recipient's receipt verified.
	 *
	 * @param peerRecovered whether the recipient had failed before: what waits for it under a backoff is due now
	 */
	record Delivered(PendingEnvelope envelope, String receipt, Instant at, boolean peerRecovered) implements DeliveryOutcome {
	}

	/** The attempt failed and will be made again at {@code next}. */
	record Retry(PendingEnvelope envelope, int attempts, String error, Instant next) implements DeliveryOutcome {
	}

	/** The attempt failed for good: a refusal the recipient calls final, or the last attempt allowed. */
	record Dead(PendingEnvelope envelope, int attempts, String error) implements DeliveryOutcome {
	}

	/** Not tried, because the recipient is paused: it waits until {@code until}, and no attempt is counted. */
	record Postponed(PendingEnvelope envelope, Instant until, String reason) implements DeliveryOutcome {
	}
}
