package org.hanoinet.clocks.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.hanoinet.clocks.ClockKind;
import org.hanoinet.clocks.ClockState;
import org.hanoinet.clocks.LegalClock;
import org.hanoinet.clocks.LegalClocks;
import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseViewContribution;
import org.hanoinet.cooperation.Party;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.Directory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The legal clocks with the case: the {@code clocks} table of the case page and the {@code clocks} field of the case
 * JSON, and the nearest running clock of each line of the inbox and outbox.
 */
@Component
@Order(10)
class CaseClocks implements CaseViewContribution {

	private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final LegalClocks clocks;

	private final Directory directory;

	CaseClocks(LegalClocks clocks, Directory directory) {
		this.clocks = clocks;
		this.directory = directory;
	}

	@Override
	public Map<String, Object> pageModel(Case request, Actor viewer, Locale locale) {
		ZoneId requested = zone(request.requested());
		ZoneId requesting = zone(request.requesting());
		return Map.of("clocks",
				clocks.forCase(request.id()).stream().map(clock -> ClockRow.of(clock, requested, requesting)).toList());
	}

	@Override
	public Map<String, Object> json(Case request, Actor viewer) {
		ZoneId requested = zone(request.requested());
		ZoneId requesting = zone(request.requesting());
		return Map.of("clocks",
				clocks.forCase(request.id()).stream().map(clock -> ClockJson.of(clock, requested, requesting)).toList());
	}

	/** The time zone of a side's authority in the directory; UTC when the directory no longer knows it. */
	private ZoneId zone(Party side) {
		return directory.authority(side.authority()).map(Authority::timeZone).orElse(ZoneOffset.UTC);
	}

	@Override
	public Map<CaseId, Deadline> nextDeadlines(Collection<CaseId> cases) {
		return clocks.nextDue(cases)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					due -> new Deadline(due.getValue().kind().name(), due.getValue().dueAt())));
	}

	/**
	 * One legal clock of the case, times in UTC, and its due time in the requested and the requesting authority's
	 * zones; {@code late} when it fired more than a second after its due time.
	 */
	record ClockRow(String kind, String state, String startedAt, String dueAt, String dueInRequestedZone,
			String dueInRequestingZone, String countingRule, String metAt, String firedAt, boolean late) {

		static ClockRow of(LegalClock clock, ZoneId requested, ZoneId requesting) {
			return new ClockRow(clock.kind().name(), clock.state().name(), UTC_TIME.format(clock.startedAt()),
					UTC_TIME.format(clock.dueAt()), local(clock.dueAt(), requested), local(clock.dueAt(), requesting),
					clock.countingRule(), clock.metAt() == null ? "" : UTC_TIME.format(clock.metAt()),
					clock.firedAt() == null ? "" : UTC_TIME.format(clock.firedAt()), clock.firedLate());
		}

		private static String local(Instant instant, ZoneId zone) {
			return LOCAL_TIME.format(instant.atZone(zone)) + " " + (zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId());
		}
	}

	/**
	 * A legal clock of the case: what it measures, where it stands, when it started, falls due, was met or fired; the
	 * counting rule of its due time and that time in both States' zones.
	 *
	 * @param counting the key of the counting rule, with its version
	 * @param zone the zone its days were counted in: the requested authority's, UTC for elapsed periods
	 * @param requestedZone the requested authority's zone
	 * @param dueInRequestedZone its due time there, with its offset
	 * @param requestingZone the requesting authority's zone
	 * @param dueInRequestingZone its due time there, with its offset
	 */
	record ClockJson(ClockKind kind, ClockState state, Instant startedAt, Instant dueAt, Instant metAt, Instant firedAt,
			boolean firedLate, String counting, String countingRule, ZoneId zone, ZoneId requestedZone,
			OffsetDateTime dueInRequestedZone, ZoneId requestingZone, OffsetDateTime dueInRequestingZone) {

		static ClockJson of(LegalClock clock, ZoneId requested, ZoneId requesting) {
			return new ClockJson(clock.kind(), clock.state(), clock.startedAt(), clock.dueAt(), clock.metAt(), clock.firedAt(),
					clock.firedLate(), clock.counting(), clock.countingRule(), clock.zone(), requested,
					clock.dueAt().atZone(requested).toOffsetDateTime(), requesting,
					clock.dueAt().atZone(requesting).toOffsetDateTime());
		}
	}
}
