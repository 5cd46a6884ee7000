package org.hanoinet.identity;

import java.util.List;

import org.hanoinet.shared.InvalidValue;

/**
 * A value for a user or an API token breaks one of identity's rules. The API answers with the English message; the
 * pages show the message {@code identity.invalid.<field>.<rule>} of the reader's language, with the same arguments,
 * so both say the same thing.
 */
public class InvalidIdentityValue extends InvalidValue {

	private final String rule;

	private final List<Object> arguments;

	public InvalidIdentityValue(String field, String rule, String message, Object... arguments) {
		super(field, message);
		this.rule = rule;
		this.arguments = List.of(arguments);
	}

	/** The key of the message in the identity bundles. */
	public String messageKey() {
		return "identity.invalid." + field() + "." + rule;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}
}
