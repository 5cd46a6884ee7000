package org.hanoinet.exchange;

import java.time.Instant;
import java.util.UUID;

/**
 * An envelope once reported as {@link EnvelopeOverdue} finally reached its recipient, whose signed receipt is
 * stored; published in the transaction that records the delivery.
 *
 * @param messageId the envelope's message id
 * @param recipient the node that received it
 * @param deliveredAt when the receipt came back
 */
public record OverdueEnvelopeDelivered(UUID messageId, String recipient, Instant deliveredAt) {
}
