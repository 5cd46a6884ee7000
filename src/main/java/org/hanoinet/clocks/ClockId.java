package org.hanoinet.clocks;

import java.util.UUID;

import org.hanoinet.shared.InvalidValue;

/** Identifies one legal clock of a case. */
public record ClockId(UUID value) {

	public ClockId {
		if (value == null) {
			throw new InvalidValue("clock", "A clock id is required.");
		}
	}

	public static ClockId random() {
		return new ClockId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
