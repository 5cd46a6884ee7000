package org.hanoinet.exchange;

/** What an envelope carries. */
public enum MessageKind {

	/** One event of a cooperation case's chain. */
	CASE_EVENT,

	/** A signed receipt for an envelope received. */
	RECEIPT,

	/** A test message between points of contact. */
	PING
}
