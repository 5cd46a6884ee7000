package org.hanoinet.cooperation;

import java.util.UUID;

import org.hanoinet.shared.InvalidValue;

/** Identifies one cooperation case: one request between two States and everything that follows it. */
public record CaseId(UUID value) {

	public CaseId {
		if (value == null) {
			throw new InvalidValue("case", "A case id is required.");
		}
	}

	public static CaseId of(String value) {
		try {
			return new CaseId(UUID.fromString(value));
		}
		catch (IllegalArgumentException notUuid) {
			throw new InvalidValue("case", "'" + value + "' is not a case id (a UUID).");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
