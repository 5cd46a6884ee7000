package org.hanoinet.treaty;

/** What kind of participant may sign and join the Convention (art. 64). */
public enum ParticipantKind {

	/** A Member State of the United Nations. */
	UN_MEMBER_STATE,

	/** A State that is not a UN member, such as a non-member observer State. */
	NON_MEMBER_STATE,

	/** A regional economic integration organization (art. 2); its instrument does not count toward the 40 (art. 65(1)). */
	REIO
}
