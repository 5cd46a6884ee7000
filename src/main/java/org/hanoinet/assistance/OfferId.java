package org.hanoinet.assistance;

import java.util.UUID;

import org.hanoinet.shared.InvalidValue;

/** Identifies an offer of the technical-assistance register. */
public record OfferId(UUID value) {

	public OfferId {
		if (value == null) {
			throw new InvalidValue("offer", "A offer id is required.");
		}
	}

	/** The id written as text; {@code field} names where it was given. */
	public static OfferId of(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidValue(field, "Give the id of the offer (a UUID).");
		}
		try {
			return new OfferId(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException notUuid) {
			throw new InvalidValue(field, "'" + value + "' is not a offer id (a UUID).");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
