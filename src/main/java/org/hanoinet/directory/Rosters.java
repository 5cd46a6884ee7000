package org.hanoinet.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.InvalidValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** On-call rosters of the 24/7 points of contact (art. 41): shifts, who is on duty now, gaps in coverage. */
@Service
public class Rosters {

	private final Authorities authorities;

	private final Shifts shifts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Rosters(Authorities authorities, Shifts shifts, ApplicationEventPublisher events, Clock clock) {
		this.authorities = authorities;
		this.shifts = shifts;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Shift schedule(AuthorityId authority, String officer, LocalDateTime startsAt, LocalDateTime endsAt, String actor) {
		Authority designated = authorities.findById(authority)
			.orElseThrow(() -> new InvalidValue("authority", "No authority with id " + authority + " is registered."));
		if (designated.kind() != AuthorityKind.POINT_OF_CONTACT) {
			throw new InvalidValue("authority", "Rosters are kept for 24/7 points of contact only.");
		}
		Shift shift = new Shift(UUID.randomUUID(), authority, officer, startsAt, endsAt);
		shifts.add(shift);
		events.publishEvent(new ShiftScheduled(shift.id().toString(), authority, actor, clock.instant()));
		return shift;
	}

	/** The authority's roster around {@code day} (its local day, with the neighbouring nights). */
	public Roster rosterAround(AuthorityId authority, LocalDate day) {
		return rosterAround(find(authority), day);
	}

	/** The roster of an authority known from the directory, around its local day {@code day}. */
	public Roster rosterAround(Authority authority, LocalDate day) {
		List<Shift> found = shifts.overlapping(authority.id(), day.minusDays(1).atStartOfDay(), day.plusDays(2).atStartOfDay());
		return new Roster(authority.timeZone(), found);
	}

	/** The authority's local date now. */
	public LocalDate today(Authority authority) {
		return clock.instant().atZone(authority.timeZone()).toLocalDate();
	}

	private Authority find(AuthorityId authority) {
		return authorities.findById(authority)
			.orElseThrow(() -> new InvalidValue("authority", "No authority with id " + authority + " is registered."));
	}

	/** The authority's local date now. */
	public LocalDate today(AuthorityId authority) {
		return today(find(authority));
	}

	/** Who is on duty now at the authority, read in its time zone. */
	public List<Shift> onDutyNow(AuthorityId authority) {
		return rosterAround(authority, today(authority)).onDutyAt(clock.instant());
	}

	/** The parts of the authority's local day {@code day} that nobody covers. */
	public List<Roster.Gap> gaps(AuthorityId authority, LocalDate day) {
		return rosterAround(authority, day).gapsOn(day);
	}
}
