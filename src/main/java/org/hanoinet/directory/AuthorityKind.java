package org.hanoinet.directory;

/** The designations a State makes under Chapter V of the Convention. */
public enum AuthorityKind {

	/** Receives, executes or transmits requests for mutual legal assistance (art. 40). */
	CENTRAL_AUTHORITY,

	/** The 24/7 point of contact for urgent assistance, available every hour of every day (art. 41). */
	POINT_OF_CONTACT
}
