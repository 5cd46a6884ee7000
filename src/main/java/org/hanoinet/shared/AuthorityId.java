package org.hanoinet.shared;

import java.util.UUID;

/** Identifies an authority designated under the Convention: a central authority or a 24/7 point of contact. */
public record AuthorityId(UUID value) {

	public AuthorityId {
		if (value == null) {
			throw new InvalidValue("authority", "An authority id is required.");
		}
	}

	public static AuthorityId of(String value) {
		try {
			return new AuthorityId(UUID.fromString(value));
		}
		catch (IllegalArgumentException notUuid) {
			throw new InvalidValue("authority", "'" + value + "' is not an authority id (a UUID).");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
