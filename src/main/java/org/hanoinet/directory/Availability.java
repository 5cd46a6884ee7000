package org.hanoinet.directory;

/** When an authority can be reached. */
public enum Availability {

	/** Every hour of every day, as art. 41 requires of a point of contact. */
	ROUND_THE_CLOCK,

	/** During its office hours, in its own time zone. */
	OFFICE_HOURS
}
