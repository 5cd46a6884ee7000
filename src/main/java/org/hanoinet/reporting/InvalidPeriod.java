package org.hanoinet.reporting;

import org.hanoinet.shared.InvalidValue;

/** The period asked for is not a period of months this node reports on; the message says what to change. */
public class InvalidPeriod extends InvalidValue {

	private final Reason reason;

	public InvalidPeriod(String field, Reason reason, String message) {
		super(field, message);
		this.reason = reason;
	}

	/** What is wrong, for a page to say it in the reader's language. */
	public Reason reason() {
		return reason;
	}

	/** What is wrong with a period. */
	public enum Reason {

		/** A month is not of the form {@code YYYY-MM}, or is missing. */
		MALFORMED,

		/** The first month comes after the last. */
		REVERSED,

		/** The period is longer than {@code hanoinet.reporting.max-months}. */
		TOO_LONG
	}
}
