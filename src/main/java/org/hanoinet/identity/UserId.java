package org.hanoinet.identity;

import java.util.UUID;

import org.hanoinet.shared.InvalidValue;

/** Identifies a user of this node. */
public record UserId(UUID value) {

	public UserId {
		if (value == null) {
			throw new InvalidValue("user", "A user id is required.");
		}
	}

	public static UserId of(String value) {
		try {
			return new UserId(UUID.fromString(value));
		}
		catch (IllegalArgumentException notUuid) {
			throw new InvalidValue("user", "'" + value + "' is not a user id (a UUID).");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
