package org.hanoinet.assistance;

import java.util.UUID;

import org.hanoinet.shared.InvalidValue;

/** Identifies a match of the technical-assistance register. */
public record MatchId(UUID value) {

	public MatchId {
		if (value == null) {
			throw new InvalidValue("match", "A match id is required.");
		}
	}

	/** The id written as text; {@code field} names where it was given. */
	public static MatchId of(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidValue(field, "Give the id of the match (a UUID).");
		}
		try {
			return new MatchId(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException notUuid) {
			throw new InvalidValue(field, "'" + value + "' is not a match id (a UUID).");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
