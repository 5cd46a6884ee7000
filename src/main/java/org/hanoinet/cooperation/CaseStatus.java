package org.hanoinet.cooperation;

import java.util.EnumSet;
import java.util.Set;

/** Where a cooperation case stands in the generic lifecycle of Chapter V; each {@link CaseType} allows a subset. */
public enum CaseStatus {

	/** The requesting authority is writing the request; nothing has left it. */
	DRAFT,

	/** The drafter submitted the request; a supervisor of the requesting authority must approve it (four-eyes). */
	AWAITING_APPROVAL,

	/** Approved and sent to the requested State; not yet known to have arrived. */
	SENT,

	/** The requested authority has received the request. */
	DELIVERED,

	/** The requested authority has confirmed receipt to the requesting authority. */
	ACKNOWLEDGED,

	/** The requested authority is examining whether and how to assist. */
	UNDER_REVIEW,

	/** The requested authority waits for information it asked the requesting authority for. */
	INFORMATION_REQUESTED,

	/** The States consult on whether assistance can be given on terms, as required before refusal or postponement (art. 40). */
	CONSULTATION,

	/** The requested State will assist. */
	ACCEPTED,

	/** The requested State offered to assist on conditions; the requesting State must accept them to be bound by them. */
	ACCEPTED_WITH_CONDITIONS,

	/** Execution is deferred because it would interfere with an ongoing investigation or proceeding in the requested State (art. 40). */
	POSTPONED,

	/** The requested State refused, on grounds from the closed list of art. 40 and with written reasons. */
	REFUSED,

	/** The requested State is carrying out the request. */
	EXECUTING,

	/** Part of the assistance was given; the rest is still being carried out or cannot be. */
	PARTIALLY_EXECUTED,

	/** The assistance was given in full. */
	EXECUTED,

	/** The requesting authority closed the case; nothing more happens in it. */
	CLOSED,

	/** The requesting State withdrew the request, for instance because assistance is no longer needed. */
	WITHDRAWN;

	/** The states in which the request has been sent and the case is still open: status requests and notices are possible. */
	public static Set<CaseStatus> inExchange() {
		return EnumSet.of(SENT, DELIVERED, ACKNOWLEDGED, UNDER_REVIEW, INFORMATION_REQUESTED, CONSULTATION, ACCEPTED,
				ACCEPTED_WITH_CONDITIONS, POSTPONED, EXECUTING, PARTIALLY_EXECUTED);
	}

	/** The states from which the requesting State may still withdraw its request. */
	public static Set<CaseStatus> open() {
		Set<CaseStatus> open = inExchange();
		open.add(DRAFT);
		open.add(AWAITING_APPROVAL);
		return open;
	}
}
