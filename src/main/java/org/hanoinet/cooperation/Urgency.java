package org.hanoinet.cooperation;

/** How fast the requesting State needs the answer; it decides the acknowledgement clock and the duty alert. */
public enum Urgency {

	/** Ordinary handling, as soon as possible (art. 40). */
	ROUTINE,

	/** Urgent: data may be lost or an investigation may fail without a fast answer (arts. 41 and 44). */
	URGENT,

	/** A significant and imminent risk to life or safety (arts. 2 and 41). */
	EMERGENCY
}
