package org.hanoinet.evidence;

import java.util.UUID;

import org.hanoinet.shared.InvalidValue;

/** Identifies one evidence item (one file of electronic evidence) on every node that holds it. */
public record EvidenceItemId(UUID value) {

	public EvidenceItemId {
		if (value == null) {
			throw new InvalidValue("item", "An evidence item id is required.");
		}
	}

	public static EvidenceItemId of(String value) {
		try {
			return new EvidenceItemId(UUID.fromString(value));
		}
		catch (IllegalArgumentException notUuid) {
			throw new InvalidValue("item", "'" + value + "' is not an evidence item id (a UUID).");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
