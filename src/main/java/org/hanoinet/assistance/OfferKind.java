package org.hanoinet.assistance;

/** What a State offers in technical assistance and capacity-building (arts. 54 and 56). */
public enum OfferKind {

	/** Trainers or experts sent to the State that needs them. */
	TRAINERS,

	/** Courses, given at a training centre or online. */
	COURSES,

	/** Tools: software, hardware or forensic kits. */
	TOOLS,

	/** Funding of a project or of participation in a course. */
	FUNDING
}
