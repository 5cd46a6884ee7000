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
	EVIDENCE_RECEIPT,

	/** The secretariat asks a node for the signed statistics of the States it serves, for a period (art. 57). */
	REPORT_REQUEST,

	/** A node's answer to a report request: one signed aggregate, or one signed refusal to report, per State it serves. */
	REPORT_ANSWER
}
