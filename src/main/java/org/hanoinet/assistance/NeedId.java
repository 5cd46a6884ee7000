package org.hanoinet.assistance;

import java.util.UUID;

import org.hanoinet.shared.InvalidValue;

/** Identifies a need of the technical-assistance register. */
public record NeedId(UUID value) {

	public NeedId {
		if (value == null) {
			throw new InvalidValue("need", "A need id is required.");
		}
	}

	/** The id written as text; {@code field} names where it was given. */
	public static NeedId of(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidValue(field, "Give the id of the need (a UUID).");
		}
		try {
			return new NeedId(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException notUuid) {
			throw new InvalidValue(field, "'" + value + "' is not a need id (a UUID).");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
