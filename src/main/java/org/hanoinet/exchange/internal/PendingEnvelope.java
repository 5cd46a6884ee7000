package org.hanoinet.exchange.internal;

import java.util.UUID;

/**
 * An envelope of the outbox leased for delivery: its row, where it goes, its case (if any), its compact JWS and
 * hash, and the attempts made before this one.
 */
record PendingEnvelope(long position, UUID messageId, String recipient, UUID caseId, String envelope, String hash,
		int attempts) {
}
