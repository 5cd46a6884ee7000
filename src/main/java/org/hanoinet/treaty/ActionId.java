package org.hanoinet.treaty;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.hanoinet.shared.InvalidValue;

/** Identifies one recorded action of the registry. */
public record ActionId(UUID value) {

	public ActionId {
		if (value == null) {
			throw new InvalidValue("id", "An action id is required.");
		}
	}

	public static ActionId random() {
		return new ActionId(UUID.randomUUID());
	}

	/** The same id for the same words, so that importing a data file twice records nothing twice. */
	public static ActionId derivedFrom(String naturalKey) {
		return new ActionId(UUID.nameUUIDFromBytes(naturalKey.getBytes(StandardCharsets.UTF_8)));
	}

	public static ActionId of(String value) {
		try {
			return new ActionId(UUID.fromString(value.strip()));
		}
		catch (RuntimeException notUuid) {
			throw new InvalidValue("id", "'" + value + "' is not an action id (a UUID).");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
