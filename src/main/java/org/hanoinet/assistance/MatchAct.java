package org.hanoinet.assistance;

/** What a State may do with a match it is a side of. */
public enum MatchAct {

	/** Accept the match, as the needing or the offering State. */
	ACCEPT,

	/** Decline the match, with a reason. */
	DECLINE,

	/** Record what was delivered and when: the offering State only. */
	RECORD_DELIVERY,

	/** Record the outcome of the assistance delivered: either State. */
	RECORD_OUTCOME
}
