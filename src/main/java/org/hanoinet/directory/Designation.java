package org.hanoinet.directory;

import java.time.Instant;

import org.hanoinet.shared.InvalidValue;

/**
 * The period for which a State designated an authority (arts. 40 and 41). An ended designation is kept, so
 * the registers show who was designated when.
 *
 * @param validFrom when the designation took effect
 * @param validTo when it ended, or {@code null} while it lasts
 */
public record Designation(Instant validFrom, Instant validTo) {

	public Designation {
		if (validFrom == null) {
			throw new InvalidValue("validFrom", "A designation needs the date it takes effect.");
		}
		if (validTo != null && !validTo.isAfter(validFrom)) {
			throw new InvalidValue("validTo", "A designation cannot end (" + validTo + ") before it takes effect (" + validFrom + ").");
		}
	}

	/** Whether the designation is in effect at {@code instant}. */
	public boolean inEffectAt(Instant instant) {
		return !instant.isBefore(validFrom) && (validTo == null || instant.isBefore(validTo));
	}

	/** The same designation, ended at {@code end}. */
	public Designation endedAt(Instant end) {
		return new Designation(validFrom, end);
	}
}
