package org.hanoinet.exchange.internal;

import java.io.InputStream;
import java.util.UUID;

import org.hanoinet.exchange.EvidenceManifest;

/**
 * What the transfer needs from the evidence module: on the sending side the description and the decrypted
 * chunks of items held here and their custody records; on the receiving side a resumable receipt that stores
 * the bytes under this node's own key and checks the whole hash at the end.
 */
interface EvidenceTransferStore {

	/** The item as a manifest names it, if it belongs to the case. */
	java.util.Optional<EvidenceManifest.Item> describe(UUID caseId, UUID itemId);

	/** The decrypted bytes of chunk {@code index} of an item held here. */
	InputStream openChunk(UUID itemId, int index);

	/** Records in the item's custody chain that it was offered to another node. */
	void offered(UUID itemId, String recipient, UUID packageId, String actor);

	/** Records in the item's custody chain that the other node's signed receipt names its hash. */
	void transferred(UUID itemId, String recipient, UUID packageId, String sha256);

	/** Starts receiving an item from another node; returns the upload's id. */
	String startReceipt(UUID caseId, EvidenceManifest.Item item, String fromNode);

	/** How many bytes of the upload are durably stored: where to resume. */
	long offset(String uploadId);

	/** Appends verified bytes at {@code offset}. */
	void append(String uploadId, long offset, InputStream bytes);

	/** Ends the upload, checks the whole hash, and returns the item's id and hash on this node. */
	Stored complete(String uploadId);

	/** An item stored on this node. */
	record Stored(UUID itemId, String sha256) {
	}
}
