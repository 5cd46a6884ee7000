package org.hanoinet.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hanoinet.cooperation.CaseId;
import org.hanoinet.shared.CountryCode;

/**
 * Evidence items of a case handed to the counterpart node: the side holding them offers a signed package, the
 * other node pulls every chunk through signed, expiring links, verifies it against the manifest before
 * storing it, and answers with a signed receipt naming the hashes it holds. (Convention arts. 40 and 42-46.)
 */
public interface EvidenceTransfers {

	/**
	 * Offers items of a case held here to the node serving the other side of the case, in the caller's
	 * transaction: the signed manifest leaves through the outbox, and each item's custody chain records the offer.
	 *
	 * @param offeringState the State whose user offers the items; it must be a side of the case
	 * @param actor who offers them, as custody records name them
	 * @throws org.hanoinet.shared.InvalidValue if an item is not of the case or the other side is served here
	 */
	EvidencePackage offer(CaseId caseId, CountryCode offeringState, List<UUID> itemIds, String actor);

	/** The transfers of the case's items in both directions, newest package first. */
	List<EvidenceTransfer> ofCase(CaseId caseId);

	/**
	 * A package offered to the counterpart.
	 *
	 * @param packageId its id, named by the manifest and the receipt
	 * @param recipient the node that may fetch it
	 * @param expiresAt until when its links are valid
	 * @param bytes its total size
	 */
	record EvidencePackage(UUID packageId, String recipient, Instant expiresAt, long bytes) {
	}

	/**
	 * The transfer of one item of a package, as either node sees it.
	 *
	 * @param packageId the package
	 * @param direction OUTGOING (offered by this node) or INCOMING (pulled by this node)
	 * @param peer the other node
	 * @param itemId the item's id on the sending node
	 * @param fileName the item's file name
	 * @param size the item's size in bytes
	 * @param sha256 its SHA-256 as the manifest names it
	 * @param bytesFetched how many bytes the receiving node holds so far (the whole size once received)
	 * @param state OFFERED or TRANSFERRED for an outgoing item; PENDING, FETCHING, RECEIVED or FAILED for an incoming one
	 * @param requests how many chunk requests the receiving node made (incoming only)
	 * @param rejectedChunks how many chunks arrived with a wrong hash and were fetched again (incoming only)
	 * @param lastError why the last attempt failed, if it did
	 * @param storedItemId the item's id on the receiving node, once stored there
	 * @param updatedAt when it last changed
	 */
	record EvidenceTransfer(UUID packageId, String direction, String peer, UUID itemId, String fileName, long size,
			String sha256, long bytesFetched, String state, int requests, int rejectedChunks, String lastError,
			UUID storedItemId, Instant updatedAt) {

		/** The share fetched, from 0 to 100. */
		public int percent() {
			return size == 0 ? 100 : (int) Math.min(100, bytesFetched * 100 / size);
		}
	}
}
