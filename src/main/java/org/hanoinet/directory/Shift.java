package org.hanoinet.directory;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.InvalidValue;

/**
 * One duty shift of a 24/7 point of contact (art. 41), in the authority's own local time: a night shift runs
 * from 22:00 to 06:00 the next day. Officers are named until the identity module gives them accounts.
 *
 * @param id identifies the shift
 * @param authority the point of contact the officer stands duty for
 * @param officer the officer on duty
 * @param startsAt when the shift starts, local time of the authority
 * @param endsAt when it ends, local time of the authority, after the start and at most 24 hours later
 */
public record Shift(UUID id, AuthorityId authority, String officer, LocalDateTime startsAt, LocalDateTime endsAt) {

	public Shift {
		if (id == null || authority == null) {
			throw new InvalidValue("authority", "A shift needs an id and an authority.");
		}
		if (officer == null || officer.isBlank()) {
			throw new InvalidValue("officer", "A shift needs the name of the officer on duty.");
		}
		officer = officer.strip();
		if (startsAt == null || endsAt == null) {
			throw new InvalidValue("startsAt", "A shift needs a start and an end.");
		}
		if (!endsAt.isAfter(startsAt)) {
			throw new InvalidValue("endsAt", "A shift ends (" + endsAt + ") before it starts (" + startsAt + ").");
		}
		if (Duration.between(startsAt, endsAt).compareTo(Duration.ofHours(24)) > 0) {
			throw new InvalidValue("endsAt", "A shift lasts at most 24 hours.");
		}
	}

	/** Whether the officer is on duty at this local time of the authority. */
	public boolean covers(LocalDateTime local) {
		return !local.isBefore(startsAt) && local.isBefore(endsAt);
	}
}
