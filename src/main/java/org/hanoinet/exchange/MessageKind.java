package org.hanoinet.exchange;

/** What an envelope carries. */
public enum MessageKind {

	/** One event of a cooperation case's chain. */
	CASE_EVENT,

	/** A signed receipt for an envelope received. */
	RECEIPT,

	/** A test message between points of contact. */
	PING,

	/** The signed manifest of evidence items offered to the counterpart, with download links for its node. */
	EVIDENCE_PACKAGE,

	/** The receiving node's signed statement of the evidence items and hashes it now holds. */
	EVIDENCE_RECEIPT
}
