package org.hanoinet.shared;

/**
 * A value given from outside (a form field, an API parameter, a line of a data file) is not acceptable;
 * the message says which value and what is wrong with it, in words an officer can act on.
 */
public class InvalidValue extends IllegalArgumentException {

	private final String field;

	public InvalidValue(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The name of the field or parameter that holds the value. */
	public String field() {
		return field;
	}
}
