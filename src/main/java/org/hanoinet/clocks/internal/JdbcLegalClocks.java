package org.hanoinet.clocks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.hanoinet.clocks.ClockFired;
import org.hanoinet.clocks.ClockId;
import org.hanoinet.clocks.ClockKind;
import org.hanoinet.clocks.ClockState;
import org.hanoinet.clocks.LegalClock;
import org.hanoinet.clocks.LegalClocks;
import org.hanoinet.cooperation.CaseId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The legal clocks in PostgreSQL, and the firing of due ones. */
@Repository
class JdbcLegalClocks implements LegalClocks {

	private static final String COLUMNS = """
			select id, case_id, kind, state, started_at, due_at, started_by, reminder_for, kept_for, met_at, met_by,
			       fired_at, cancelled_at, cancelled_by, counting, zone
			from legal_clock
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final int batchSize;

	/** How late clocks fire, by kind, for operators (Prometheus: {@code hanoinet_clocks_firing_delay_seconds}). */
	private final Map<ClockKind, Timer> firingDelays = new EnumMap<>(ClockKind.class);

	JdbcLegalClocks(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			ClocksProperties settings, MeterRegistry meters) {
		this.jdbc = jdbc;
		for (ClockKind kind : ClockKind.values()) {
			firingDelays.put(kind, Timer.builder("hanoinet.clocks.firing.delay")
				.description("Time from a legal clock's due time to its firing")
				.tag("kind", kind.name())
				.register(meters));
		}
		this.clock = clock;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.batchSize = settings.worker().batchSize();
	}

	@Override
	public List<LegalClock> forCase(CaseId caseId) {
		return jdbc.sql(COLUMNS + "where case_id = ? order by due_at, started_at, kind")
			.param(caseId.value())
			.query(JdbcLegalClocks::clock)
			.list();
	}

	@Override
	public Map<CaseId, LegalClock> nextDue(Collection<CaseId> cases) {
		if (cases.isEmpty()) {
			return Map.of();
		}
		List<UUID> ids = cases.stream().map(CaseId::value).distinct().toList();
		Map<CaseId, LegalClock> next = new LinkedHashMap<>();
		jdbc.sql(COLUMNS.replace("select ", "select distinct on (case_id) ")
				+ "where case_id in (:cases) and state = 'RUNNING' order by case_id, due_at")
			.param("cases", ids)
			.query(JdbcLegalClocks::clock)
			.list()
			.forEach(clock -> next.put(clock.caseId(), clock));
		return next;
	}

	@Override
	public List<CaseId> dueFirst(Collection<CaseId> cases) {
		Map<CaseId, LegalClock> next = nextDue(cases);
		List<CaseId> ordered = new ArrayList<>(cases.stream().distinct().toList());
		// A stable sort keeps the given order among cases without a running clock.
		ordered.sort(Comparator.comparing((CaseId id) -> next.containsKey(id) ? next.get(id).dueAt() : Instant.MAX));
		return ordered;
	}

	@Override
	public int fireDue() {
		int fired;
		int total = 0;
		do {
			fired = fire(clock.instant(), batchSize).size();
			total += fired;
		}
		while (fired == batchSize);
		return total;
	}

	/**
	 * Fires, in one transaction, up to {@code limit} running clocks due by {@code now}, due first, skipping
	 * those another transaction holds, and publishes one {@link ClockFired} per clock in that transaction.
	 */
	List<ClockFired> fire(Instant now, int limit) {
		Instant firedAt = micros(now);
		List<ClockFired> fired = transaction.execute(status -> {
			List<LegalClock> due = jdbc.sql(COLUMNS + """
					where state = 'RUNNING' and due_at <= ?
					order by due_at
					limit ?
					for update skip locked""")
				.params(Timestamp.from(firedAt), limit)
				.query(JdbcLegalClocks::clock)
				.list();
			if (due.isEmpty()) {
				return List.of();
			}
			jdbc.sql("update legal_clock set state = 'FIRED', fired_at = :firedAt where id in (:ids)")
				.param("firedAt", Timestamp.from(firedAt))
				.param("ids", due.stream().map(clock -> clock.id().value()).toList())
				.update();
			List<ClockFired> firing = new ArrayList<>(due.size());
			for (LegalClock clock : due) {
				ClockFired event = new ClockFired(clock.id(), clock.caseId(), clock.kind(), clock.dueAt(), firedAt);
				events.publishEvent(event);
				firing.add(event);
			}
			return firing;
		});
		for (ClockFired event : fired) {
			firingDelays.get(event.kind()).record(event.delay());
		}
		return fired;
	}

	/** The due time of the running clock due first, if any. */
	Optional<Instant> nextDueAt() {
		return jdbc.sql("select min(due_at) from legal_clock where state = 'RUNNING'")
			.query((row, number) -> Optional.ofNullable(row.getTimestamp(1)).map(Timestamp::toInstant))
			.single();
	}

	/** Stores a new clock; false when the event that starts it was already applied. */
	boolean insert(LegalClock clock) {
		return jdbc.sql("""
				insert into legal_clock (id, case_id, kind, state, started_at, due_at, started_by, reminder_for, kept_for, counting,
				    zone)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (started_by, kind) do nothing""")
			.params(clock.id().value(), clock.caseId().value(), clock.kind().name(), clock.state().name(),
					Timestamp.from(clock.startedAt()), Timestamp.from(clock.dueAt()), clock.startedBy(),
					clock.reminderFor() == null ? null : clock.reminderFor().value(),
					clock.keptFor() == null ? null : clock.keptFor().value(), clock.counting(), clock.zone().getId())
			.update() == 1;
	}

	/** The clocks of a case that may still change, locked until the end of the caller's transaction. */
	List<LegalClock> lockChangeable(CaseId caseId) {
		return jdbc.sql(COLUMNS + "where case_id = ? and state in ('RUNNING', 'SUSPENDED', 'FIRED') order by due_at for update")
			.param(caseId.value())
			.query(JdbcLegalClocks::clock)
			.list();
	}

	/** Writes what may change in a clock. */
	void update(LegalClock clock) {
		jdbc.sql("""
				update legal_clock set state = ?, due_at = ?, kept_for = ?, met_at = ?, met_by = ?, fired_at = ?,
				       cancelled_at = ?, cancelled_by = ?
				where id = ?""")
			.params(clock.state().name(), Timestamp.from(clock.dueAt()),
					clock.keptFor() == null ? null : clock.keptFor().value(), timestamp(clock.metAt()), clock.metBy(),
					timestamp(clock.firedAt()), timestamp(clock.cancelledAt()), clock.cancelledBy(), clock.id().value())
			.update();
	}

	/** Records that the clocks applied the case event; false if they already had. */
	boolean markApplied(UUID event, CaseId caseId, Instant occurredAt) {
		return jdbc.sql("""
				insert into clock_applied_event (event_id, case_id, applied_at) values (?, ?, ?)
				on conflict (event_id) do nothing""")
			.params(event, caseId.value(), Timestamp.from(occurredAt))
			.update() == 1;
	}

	/** Records that {@code followUp} follows up {@code preserved}; false if it was already recorded. */
	boolean recordFollowUp(CaseId followUp, CaseId preserved, Instant sentAt, UUID sentBy) {
		return jdbc.sql("""
				insert into clock_follow_up (follow_up_case, preserved_case, sent_at, sent_by) values (?, ?, ?, ?)
				on conflict (follow_up_case) do nothing""")
			.params(followUp.value(), preserved.value(), Timestamp.from(sentAt), sentBy)
			.update() == 1;
	}

	/** A follow-up request of {@code preserved} that was sent and is not decided yet. */
	Optional<CaseId> pendingFollowUpOf(CaseId preserved) {
		return jdbc.sql("""
				select follow_up_case from clock_follow_up where preserved_case = ? and decided_at is null
				order by sent_at limit 1""")
			.param(preserved.value())
			.query((row, number) -> new CaseId(row.getObject(1, UUID.class)))
			.optional();
	}

	/** Marks the follow-up request decided and returns the case it follows up, if it was pending. */
	Optional<CaseId> decideFollowUp(CaseId followUp, Instant decidedAt, UUID decidedBy) {
		return jdbc.sql("""
				update clock_follow_up set decided_at = ?, decided_by = ?
				where follow_up_case = ? and decided_at is null
				returning preserved_case""")
			.params(Timestamp.from(decidedAt), decidedBy, followUp.value())
			.query((row, number) -> new CaseId(row.getObject(1, UUID.class)))
			.optional();
	}

	/** PostgreSQL keeps microseconds: instants are cut to them before storing, so what is read back is equal. */
	static Instant micros(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static LegalClock clock(ResultSet row, int number) throws SQLException {
		UUID reminderFor = row.getObject("reminder_for", UUID.class);
		UUID keptFor = row.getObject("kept_for", UUID.class);
		return new LegalClock(new ClockId(row.getObject("id", UUID.class)), new CaseId(row.getObject("case_id", UUID.class)),
				ClockKind.valueOf(row.getString("kind")), ClockState.valueOf(row.getString("state")),
				instant(row, "started_at"), instant(row, "due_at"), row.getObject("started_by", UUID.class),
				reminderFor == null ? null : new ClockId(reminderFor), keptFor == null ? null : new CaseId(keptFor),
				instant(row, "met_at"), row.getObject("met_by", UUID.class), instant(row, "fired_at"),
				instant(row, "cancelled_at"), row.getObject("cancelled_by", UUID.class), row.getString("counting"),
				java.time.ZoneId.of(row.getString("zone")));
	}
}
