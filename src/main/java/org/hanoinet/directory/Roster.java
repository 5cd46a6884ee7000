package org.hanoinet.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The duty roster of a 24/7 point of contact, read in its own time zone: who is on duty at a given
 * moment, and which parts of a day nobody covers.
 *
 * @param zone the authority's time zone
 * @param shifts its shifts
 */
public record Roster(ZoneId zone, List<Shift> shifts) {

	public Roster {
		shifts = shifts.stream().sorted(Comparator.comparing(Shift::startsAt)).toList();
	}

	/** The authority's local time at {@code instant}. */
	public LocalDateTime localTime(Instant instant) {
		return instant.atZone(zone).toLocalDateTime();
	}

	/** The shifts that cover {@code instant}, read in the authority's time zone. */
	public List<Shift> onDutyAt(Instant instant) {
		LocalDateTime local = localTime(instant);
		return shifts.stream().filter(shift -> shift.covers(local)).toList();
	}

	/** The parts of the local day {@code day} that no shift covers, in order. */
	public List<Gap> gapsOn(LocalDate day) {
		LocalDateTime start = day.atStartOfDay();
		LocalDateTime end = day.plusDays(1).atStartOfDay();
		List<Gap> gaps = new ArrayList<>();
		LocalDateTime covered = start;
		for (Shift shift : shifts) {
			if (!shift.endsAt().isAfter(covered) || !shift.startsAt().isBefore(end)) {
				continue;
			}
			if (shift.startsAt().isAfter(covered)) {
				gaps.add(new Gap(covered, shift.startsAt()));
			}
			covered = shift.endsAt().isAfter(end) ? end : shift.endsAt();
			if (!covered.isBefore(end)) {
				break;
			}
		}
		if (covered.isBefore(end)) {
			gaps.add(new Gap(covered, end));
		}
		return gaps;
	}

	/** The shifts that overlap the local day {@code day}. */
	public List<Shift> shiftsOn(LocalDate day) {
		LocalDateTime start = day.atStartOfDay();
		LocalDateTime end = day.plusDays(1).atStartOfDay();
		return shifts.stream().filter(shift -> shift.endsAt().isAfter(start) && shift.startsAt().isBefore(end)).toList();
	}

	/**
	 * A stretch of local time in which nobody is on duty.
	 *
	 * @param from start, inclusive
	 * @param to end, exclusive
	 */
	public record Gap(LocalDateTime from, LocalDateTime to) {
	}
}
