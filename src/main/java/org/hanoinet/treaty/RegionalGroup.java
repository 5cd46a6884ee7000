package org.hanoinet.treaty;

/**
 * How participants are grouped in counts: the five UN regional groups for member States, and one key each
 * for a participant that is not a UN member.
 */
public enum RegionalGroup {

	/** African Group. */
	AFRICA,

	/** Asia-Pacific Group. */
	ASIA_PACIFIC,

	/** Eastern European Group. */
	EASTERN_EUROPE,

	/** Latin American and Caribbean Group. */
	GRULAC,

	/** Western European and Others Group. */
	WEOG,

	/** A State that is not a UN member (the State of Palestine, a non-member observer State). */
	NON_MEMBER,

	/** A regional economic integration organization (the European Union). */
	REIO
}
