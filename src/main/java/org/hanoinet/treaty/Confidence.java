package org.hanoinet.treaty;

import org.hanoinet.shared.InvalidValue;

/** How sure the registry is of a recorded action, from the depositary itself down to an unverified report. */
public enum Confidence {

	/** Seen on the depositary's own status page (UN Treaty Collection, chapter XVIII no. 16). */
	A("A"),

	/** In a national treaty database that mirrors the depositary's data. */
	B("B"),

	/** A government statement or reputable news, consistent with the regional counts. */
	C("C"),

	/** A secondary report only. */
	C_MINUS("C-"),

	/** Unverified. */
	D("D");

	private final String label;

	Confidence(String label) {
		this.label = label;
	}

	/** As written in data files and shown to users: A, B, C, C- or D. */
	public String label() {
		return label;
	}

	public static Confidence of(String label) {
		for (Confidence confidence : values()) {
			if (confidence.label.equalsIgnoreCase(label == null ? "" : label.strip())) {
				return confidence;
			}
		}
		throw new InvalidValue("confidence", "'" + label + "' is not a confidence level: use A, B, C, C- or D.");
	}
}
