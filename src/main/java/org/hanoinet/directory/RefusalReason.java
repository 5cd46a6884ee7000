package org.hanoinet.directory;

/** Why a node refused a directory it fetched; stable wire and log values, never renumbered. */
public enum RefusalReason {

	/** The document carried no signature (plain JSON, or a JWS with algorithm "none"). */
	UNSIGNED,

	/** Not a well-formed signed directory at all. */
	MALFORMED,

	/** Signed, but by a key other than the pinned secretariat key. */
	OTHER_KEY,

	/** Claims the pinned key, but the signature does not match the content: altered in transit or forged. */
	TAMPERED,

	/** A correctly signed version older than the one already held: a replay. */
	OLDER_VERSION,

	/** A correctly signed version whose expiry time has passed. */
	EXPIRED,

	/** The secretariat could not be reached or answered with an error. */
	UNREACHABLE
}
