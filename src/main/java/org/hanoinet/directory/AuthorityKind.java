package org.hanoinet.directory;

/** The designations a State makes under Chapter V of the Convention. */
public enum AuthorityKind {

	/** Receives, executes or transmits requests for mutual legal assistance (art. 40). */
	CENTRAL_AUTHORITY,

	/** The 24/7 point of contact for urgent assistance, available every hour of every day (art. 41). */
	POINT_OF_CONTACT,

	/** A law-enforcement or asset-recovery authority competent for police cooperation or confiscation (arts. 47 and 50). */
	COMPETENT_AUTHORITY,

	/** A liaison officer or office that relays between authorities, e.g. at an embassy. */
	LIAISON
}
