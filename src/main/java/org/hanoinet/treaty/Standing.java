package org.hanoinet.treaty;

/** Where a participant stands toward the Convention on a given date. */
public enum Standing {

	/** Has neither signed nor deposited an instrument. */
	NONE,

	/** Has signed, deposited nothing yet. */
	SIGNATORY,

	/** Has deposited its instrument; the Convention is not yet in force for it (a contracting State, art. 65). */
	CONTRACTING,

	/** The Convention is in force for it (a State Party, art. 65). */
	PARTY,

	/** Its denunciation has taken effect (art. 67). */
	DENOUNCED
}
