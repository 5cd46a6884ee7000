package org.hanoinet.cooperation;

/** The route a request normally takes between the two States (arts. 40(13) and 41). */
public enum Channel {

	/** The 24/7 point of contact of art. 41, for urgent and expedited requests. */
	POINT_OF_CONTACT,

	/** The central authority for mutual legal assistance designated under art. 40. */
	CENTRAL_AUTHORITY,

	/** Diplomatic channels, where a State requires them (art. 40). */
	DIPLOMATIC,

	/** INTERPOL, in urgent cases where both States agree (art. 40). */
	INTERPOL,

	/** Direct channels between competent law-enforcement authorities, police to police (art. 47). */
	LAW_ENFORCEMENT
}
