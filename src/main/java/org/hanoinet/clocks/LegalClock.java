package org.hanoinet.clocks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.hanoinet.cooperation.CaseId;

/**
 * One legal clock of a case: when the obligation started (and which case event started it), when it is due,
 * and when it was met, fired or cancelled, so that the timeliness of each side can be proven. The instants
 * that have not happened are {@code null}.
 *
 * @param id the clock
 * @param caseId the case whose obligation it watches
 * @param kind what it measures
 * @param state where it stands
 * @param startedAt the instant of the case event that started the obligation
 * @param dueAt when the obligation falls due
 * @param startedBy the id of the case event that started it
 * @param reminderFor for a reminder, the clock it reminds of; otherwise {@code null}
 * @param keptFor the follow-up case that keeps a suspended preservation; otherwise {@code null}
 * @param metAt when the obligation was met
 * @param metBy the id of the case event that met it
 * @param firedAt when the clock fired
 * @param cancelledAt when the case ended the obligation
 * @param cancelledBy the id of the case event that ended it
 * @param counting the {@link Counting#key() key} of the counting rule its due time was computed with
 * @param zone the time zone its days were counted in: the requested authority's, UTC for elapsed periods
 */
public record LegalClock(ClockId id, CaseId caseId, ClockKind kind, ClockState state, Instant startedAt,
		Instant dueAt, UUID startedBy, ClockId reminderFor, CaseId keptFor, Instant metAt, UUID metBy,
		Instant firedAt, Instant cancelledAt, UUID cancelledBy, String counting, ZoneId zone) {

	/** A clock fired or met more than this after its due time is late. */
	public static final Duration TOLERANCE = Duration.ofSeconds(1);

	/** How long after its due time the clock fired, if it fired. */
	public Optional<Duration> firingDelay() {
		return firedAt == null ? Optional.empty() : Optional.of(Duration.between(dueAt, firedAt));
	}

	/** Whether it fired more than a second after its due time, e.g. because the node was down then. */
	public boolean firedLate() {
		return firingDelay().map(delay -> delay.compareTo(TOLERANCE) > 0).orElse(false);
	}

	/** Whether the obligation was met by its due time: for a deadline to act, such as an acknowledgement. */
	public boolean metInTime() {
		return metAt != null && !metAt.isAfter(dueAt);
	}

	/** The counting rule of its due time in a sentence. */
	public String countingRule() {
		return Counting.describe(counting, zone);
	}

	/** Whether the clock may still fire or be met. */
	public boolean open() {
		return state.open();
	}
}
