package org.hanoinet.exchange;

/**
 * Why a node refuses an envelope, as a stable wire code. Codes are never renumbered or given a new meaning;
 * {@link #retriable()} tells the sender whether sending the same envelope again may succeed.
 */
public enum RefusalCode {

	/** The body is not an envelope of the documented shape (or not a JWS at all). */
	SCHEMA_INVALID(false),

	/** The sending node is not in the directory this node trusts. */
	UNKNOWN_SENDER(true),

	/** The sending node has no key with this id in the directory; a newer directory may bring it. */
	UNKNOWN_KEY(true),

	/** The key was not valid when the envelope was created, or is no longer accepted. */
	KEY_EXPIRED(false),

	/** The signature does not verify with the sender's key. */
	SIGNATURE_INVALID(false),

	/** The envelope names another node as its recipient. */
	NOT_ADDRESSED_TO_THIS_NODE(false),

	/** The envelope's expiry has passed. */
	EXPIRED(false),

	/** An envelope with this message id was already received. */
	REPLAYED(false),

	/** An earlier event of the same case has not arrived yet; the envelope is held and may be sent again. */
	SEQUENCE_GAP(true),

	/** The sending node does not serve the authority that performed the act it reports. */
	SENDER_NOT_SERVING_AUTHORITY(false),

	/** The case event contradicts this node's chain of the case: a link, a hash, a header or a resulting state that does not fit. */
	CHAIN_CONFLICT(false),

	/** An evidence package's manifest is not signed by the sending node, has been changed, or is not for this node. */
	MANIFEST_INVALID(false),

	/** An evidence receipt names a package, items or hashes that this node did not offer. */
	RECEIPT_MISMATCH(false),

	/** This node serves no authority of the side of the case that the event is addressed to: it is no party to the case. */
	NOT_A_PARTY(false),

	/**
	 * A case unknown here did not arrive as its approved submission: the header and the chain up to the approval of
	 * a supervisor other than the drafter.
	 */
	NOT_APPROVED(false),

	/** The event reports an act that the sender's side may not perform in the case's current state. */
	ACT_NOT_ALLOWED(false),

	/** The body is larger than the inbox takes ({@code hanoinet.exchange.max-inbox-body}); it was not read to its end. */
	TOO_LARGE(false),

	/** A report request comes from a node other than the secretariat's, whom alone a node answers with its statistics. */
	NOT_FROM_SECRETARIAT(false),

	/**
	 * A report answer's aggregate does not verify against the directory's key of the sending node, names a State that
	 * node does not serve, or answers a request or period this node did not ask that node for.
	 */
	AGGREGATE_INVALID(false);

	private final boolean retriable;

	RefusalCode(boolean retriable) {
		this.retriable = retriable;
	}

	/** Whether the sender may try the same envelope again later. */
	public boolean retriable() {
		return retriable;
	}
}
