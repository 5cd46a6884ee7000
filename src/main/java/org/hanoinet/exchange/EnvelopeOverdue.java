package org.hanoinet.exchange;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An urgent envelope is still undelivered after {@link ExchangeProperties#urgentAlertAfter()} (or was refused for
 * good): someone must reach the peer by another channel. Published once per envelope, in the transaction that
 * marks it, so a listener that raises an alert does so exactly once.
 *
 * @param messageId the envelope's message id
 * @param recipient the node it is addressed to
 * @param kind what it carries
 * @param caseId the case it belongs to, or {@code null}
 * @param body the carried message (for a case event, the event as {@code CaseTransfer} writes it)
 * @param createdAt when the envelope was written
 * @param lastError why the last delivery failed, or {@code null} if none was tried
 * @param occurredAt when the delay was noticed
 */
public record EnvelopeOverdue(UUID messageId, String recipient, MessageKind kind, UUID caseId, Map<String, Object> body,
		Instant createdAt, String lastError, Instant occurredAt) {
}
