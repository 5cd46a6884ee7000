package org.hanoinet.exchange;

/**
 * Why a node refuses to hand out a chunk of an evidence item, as a stable wire code sent in a problem+json
 * {@code code} field. Codes are never renumbered or given a new meaning; {@link #retriable()} tells the
 * fetching node whether asking again may succeed.
 */
public enum EvidenceDownloadRefusal {

	/** The download link is missing, malformed, not signed by this node, or names another package or item. */
	LINK_INVALID(false, 403),

	/** The download link's expiry has passed. */
	LINK_EXPIRED(false, 403),

	/** The request carries no valid proof, signed by a node key from the directory, of the node asking. */
	NODE_PROOF_INVALID(false, 401),

	/** The node asking is not the node the link was issued to. */
	NOT_THE_RECIPIENT(false, 403),

	/** This node offered no such package, or it no longer holds the item. */
	PACKAGE_UNKNOWN(false, 404),

	/** The item has no chunk with this index. */
	CHUNK_OUT_OF_RANGE(false, 416);

	private final boolean retriable;

	private final int status;

	EvidenceDownloadRefusal(boolean retriable, int status) {
		this.retriable = retriable;
		this.status = status;
	}

	/** Whether asking again later may succeed. */
	public boolean retriable() {
		return retriable;
	}

	/** The HTTP status the refusal is answered with. */
	public int status() {
		return status;
	}
}
