package org.hanoinet.exchange;

import java.time.Instant;
import java.util.UUID;

/**
 * An envelope this node sends, as the outbox shows it: where it stands, how often delivery was tried and the
 * last error, and the receipt that proves delivery.
 *
 * @param messageId the envelope's message id
 * @param recipient the receiving node
 * @param state PENDING, DELIVERED or DEAD
 * @param attempts how many deliveries were tried
 * @param nextAttemptAt when the next try is due, while pending
 * @param lastError why the last try failed, if it did
 * @param createdAt when the envelope was written
 * @param deliveredAt when the receipt came back
 * @param receipt the recipient's signed receipt (compact JWS), once delivered
 */
public record OutboxEntry(UUID messageId, String recipient, String state, int attempts, Instant nextAttemptAt,
		String lastError, Instant createdAt, Instant deliveredAt, String receipt) {
}
