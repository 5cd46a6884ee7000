package org.hanoinet.clocks;

/** What a legal clock measures: the obligation it watches and the Convention article behind it. */
public enum ClockKind {

	/**
	 * The requested State keeps the data preserved for at least 60 days from its confirmation (art. 42(6)), and
	 * after that until the decision on the follow-up request when one was sent in time. A further period lengthens
	 * it only when the requested State grants one that the requesting State asked for.
	 */
	PRESERVATION_PERIOD,

	/**
	 * Warns the requesting State some days before its preservation ends, so it can send the follow-up request or ask
	 * the requested State for a further period, which that State may grant or decline.
	 */
	PRESERVATION_REMINDER,

	/** The requested point of contact confirms receipt of an urgent or emergency request within the agreed target (arts. 41, 42). */
	ACKNOWLEDGEMENT,

	/** The requested State answers a status request within a reasonable time (art. 40). */
	STATUS_RESPONSE
}
