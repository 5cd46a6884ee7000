package org.hanoinet.assistance;

/** Where a match of a need with an offer stands. */
public enum MatchStatus {

	/** The secretariat matched the need with the offer; it waits for both States to accept. */
	PROPOSED,

	/** Both States accepted; the offering State is to deliver. */
	AGREED,

	/** One of the States declined, with a reason; nothing more happens with this match. */
	DECLINED,

	/** The offering State recorded what it delivered and when; an outcome is to be recorded. */
	DELIVERED,

	/** One of the States recorded the outcome of the assistance; the match is closed. */
	CONCLUDED
}
