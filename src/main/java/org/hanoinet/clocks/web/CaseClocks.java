package org.hanoinet.clocks.web;

import java.time.Instant;
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

	private final LegalClocks clocks;

	CaseClocks(LegalClocks clocks) {
		this.clocks = clocks;
	}

	@Override
	public Map<String, Object> pageModel(Case request, Actor viewer, Locale locale) {
		return Map.of("clocks", clocks.forCase(request.id()).stream().map(ClockRow::of).toList());
	}

	@Override
	public Map<String, Object> json(Case request, Actor viewer) {
		return Map.of("clocks", clocks.forCase(request.id()).stream().map(ClockJson::of).toList());
	}

	@Override
	public Map<CaseId, Deadline> nextDeadlines(Collection<CaseId> cases) {
		return clocks.nextDue(cases)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					due -> new Deadline(due.getValue().kind().name(), due.getValue().dueAt())));
	}

	/** One legal clock of the case, times in UTC; {@code late} when it fired more than a second after its due time. */
	record ClockRow(String kind, String state, String startedAt, String dueAt, String metAt, String firedAt, boolean late) {

		static ClockRow of(LegalClock clock) {
			return new ClockRow(clock.kind().name(), clock.state().name(), UTC_TIME.format(clock.startedAt()),
					UTC_TIME.format(clock.dueAt()), clock.metAt() == null ? "" : UTC_TIME.format(clock.metAt()),
					clock.firedAt() == null ? "" : UTC_TIME.format(clock.firedAt()), clock.firedLate());
		}
	}

	/** A legal clock of the case: what it measures, where it stands, when it started, falls due, was met or fired. */
	record ClockJson(ClockKind kind, ClockState state, Instant startedAt, Instant dueAt, Instant metAt, Instant firedAt,
			boolean firedLate) {

		static ClockJson of(LegalClock clock) {
			return new ClockJson(clock.kind(), clock.state(), clock.startedAt(), clock.dueAt(), clock.metAt(), clock.firedAt(),
					clock.firedLate());
		}
	}
}
