package org.hanoinet.identity;

import java.util.UUID;

import org.hanoinet.shared.InvalidValue;

/** Identifies an API token (never the token itself, which only its holder knows). */
public record ApiTokenId(UUID value) {

	public ApiTokenId {
		if (value == null) {
			throw new InvalidValue("token", "A token id is required.");
		}
	}

	public static ApiTokenId of(String value) {
		try {
			return new ApiTokenId(UUID.fromString(value));
		}
		catch (IllegalArgumentException notUuid) {
			throw new InvalidValue("token", "'" + value + "' is not a token id (a UUID).");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
