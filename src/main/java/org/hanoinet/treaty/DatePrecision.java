package org.hanoinet.treaty;

import org.hanoinet.shared.InvalidValue;

/** How exactly the date of an action is known. */
public enum DatePrecision {

	/** The day is known. */
	DAY("day"),

	/** Only a range is known; the date given is its last day, so counts on that day are never too early. */
	LATEST_POSSIBLE_DAY("latest-possible-day"),

	/** The date is not known; the action is shown but counts for no date. */
	UNKNOWN("unknown");

	private final String label;

	DatePrecision(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static DatePrecision of(String label) {
		for (DatePrecision precision : values()) {
			if (precision.label.equalsIgnoreCase(label == null ? "" : label.strip()) || precision.name().equalsIgnoreCase(label)) {
				return precision;
			}
		}
		throw new InvalidValue("date_precision", "'" + label + "' is not a date precision: use day, latest-possible-day or unknown.");
	}
}
