package org.hanoinet.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Envelopes to other nodes. {@link #send} writes the signed envelope in the caller's transaction, so it
 * leaves exactly when the change it reports is committed; a worker delivers it, retries with backoff and
 * keeps the recipient's signed receipt as proof of delivery.
 */
public interface Outbox {

	/**
	 * Seals and queues a message for {@code recipient}, in the caller's transaction.
	 *
	 * @param caseId the case whose events must arrive in order, or {@code null}
	 * @param urgent whether the message is urgent (a duty officer is alerted if it stays undelivered)
	 * @return the message id
	 */
	UUID send(String recipient, MessageKind kind, Map<String, Object> body, UUID caseId, boolean urgent);

	/** The latest entries, newest first, optionally only those in {@code state} (PENDING, DELIVERED, DEAD). */
	List<OutboxEntry> latest(String state, int limit);

	/** How this node's envelopes of the case stand, or empty if it sent none (a draft, or a case received here). */
	Optional<CaseDelivery> ofCase(UUID caseId);
}
