package org.hanoinet.clocks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hanoinet.clocks.CaseEvents.approval;
import static org.hanoinet.clocks.CaseEvents.event;
import static org.hanoinet.clocks.CaseEvents.newCase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.MovableClock;
import org.hanoinet.MovableClockNodeTest;
import org.hanoinet.clocks.ClockKind;
import org.hanoinet.clocks.ClockState;
import org.hanoinet.clocks.LegalClock;
import org.hanoinet.clocks.LegalClocks;
import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.CaseEvent;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Legal clocks of real case events on a running node whose clock the tests move. */
@MovableClockNodeTest
class LegalClocksIntegrationTests {

	static final Duration GENEROUS = Duration.ofSeconds(5);

	@Autowired
	MovableClock clock;

	@Autowired
	LegalClocks clocks;

	@Autowired
	ClockWorker worker;

	@Autowired
	JdbcLegalClocks jdbcClocks;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void confirmingAPreservationStartsASixtyDayPeriodAndAReminderAWeekBefore() {
		CaseId preservation = newCase();
		Instant confirmed = clock.instant();

		CaseEvent execute = publish(event(preservation, CaseType.PRESERVATION, Act.EXECUTE, confirmed));

		LegalClock period = clockOf(preservation, ClockKind.PRESERVATION_PERIOD);
		LegalClock reminder = clockOf(preservation, ClockKind.PRESERVATION_REMINDER);
		assertThat(period.state()).isEqualTo(ClockState.RUNNING);
		assertThat(period.startedAt()).isEqualTo(confirmed);
		assertThat(period.startedBy()).isEqualTo(execute.id());
		assertThat(period.dueAt()).isEqualTo(sixtyDaysAfter(confirmed));
		assertThat(reminder.state()).isEqualTo(ClockState.RUNNING);
		assertThat(reminder.dueAt()).isEqualTo(sixtyDaysAfter(confirmed).minus(Duration.ofDays(7)));
		assertThat(reminder.reminderFor()).isEqualTo(period.id());
		assertThat(auditTypesNaming(period.id().value())).contains("clocks.clock-started");
		// The case is unknown to the directory here, so its days end at midnight UTC; the rule is kept with the clock.
		assertThat(period.counting()).isEqualTo("v1 calendar-days 60 receipt-day-not-counted no-roll");
		assertThat(period.countingRule()).isEqualTo("60 calendar days; the day of receipt does not count; ends at midnight Z (rule v1).");
	}

	/** Midnight (UTC) at the end of the 60th day after the day of {@code confirmed}. */
	private static Instant sixtyDaysAfter(Instant confirmed) {
		return confirmed.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(61).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
	}

	@Test
	void theReminderFiresWhenTheClockPassesItsTimeAndThePreservationRunsOn() {
		CaseId preservation = newCase();
		publish(event(preservation, CaseType.PRESERVATION, Act.EXECUTE, clock.instant()));

		// The reminder is due a week before the midnight that ends the 60th day after the confirmation.
		clock.advance(Duration.ofDays(54));
		clocks.fireDue();

		await().atMost(GENEROUS).until(() -> clockOf(preservation, ClockKind.PRESERVATION_REMINDER).state() == ClockState.FIRED);
		LegalClock reminder = clockOf(preservation, ClockKind.PRESERVATION_REMINDER);
		assertThat(reminder.firedAt()).isAfterOrEqualTo(reminder.dueAt());
		assertThat(clockOf(preservation, ClockKind.PRESERVATION_PERIOD).state()).isEqualTo(ClockState.RUNNING);
		assertThat(auditTypesNaming(reminder.id().value())).contains("clocks.clock-started", "clocks.clock-fired");
	}

	@Test
	void theFollowUpRequestKeepsThePreservationUntilItsDecision() {
		CaseId preservation = newCase();
		CaseId storedDataAccess = newCase();
		publish(event(preservation, CaseType.PRESERVATION, Act.EXECUTE, clock.instant()));
		clock.advance(Duration.ofDays(20));
		publish(event(storedDataAccess, CaseType.STORED_DATA_ACCESS, Act.APPROVE, clock.instant(),
				Map.of("urgency", "ROUTINE", "requestingState", "VN", "requestedState", "TH", "follows",
						preservation.toString())));

		LegalClock kept = clockOf(preservation, ClockKind.PRESERVATION_PERIOD);
		assertThat(kept.state()).isEqualTo(ClockState.SUSPENDED);
		assertThat(kept.keptFor()).isEqualTo(storedDataAccess);
		assertThat(clockOf(preservation, ClockKind.PRESERVATION_REMINDER).state()).isEqualTo(ClockState.SUSPENDED);

		clock.advance(Duration.ofDays(50));
		clocks.fireDue();
		assertThat(clockOf(preservation, ClockKind.PRESERVATION_PERIOD).state()).isEqualTo(ClockState.SUSPENDED);

		Instant decidedAt = clock.instant();
		CaseEvent accepted = publish(event(storedDataAccess, CaseType.STORED_DATA_ACCESS, Act.ACCEPT, decidedAt));

		LegalClock ended = clockOf(preservation, ClockKind.PRESERVATION_PERIOD);
		assertThat(ended.state()).isEqualTo(ClockState.MET);
		assertThat(ended.metAt()).isEqualTo(decidedAt);
		assertThat(ended.metBy()).isEqualTo(accepted.id());
		assertThat(ended.firedAt()).isNull();
		assertThat(clockOf(preservation, ClockKind.PRESERVATION_REMINDER).state()).isEqualTo(ClockState.CANCELLED);
	}

	@Test
	void aDecisionBeforeSixtyDaysLetsThePreservationRunToItsEnd() {
		CaseId preservation = newCase();
		CaseId storedDataAccess = newCase();
		publish(event(preservation, CaseType.PRESERVATION, Act.EXECUTE, clock.instant()));
		publish(event(storedDataAccess, CaseType.STORED_DATA_ACCESS, Act.APPROVE, clock.instant(),
				Map.of("follows", preservation.toString())));
		clock.advance(Duration.ofDays(10));

		publish(event(storedDataAccess, CaseType.STORED_DATA_ACCESS, Act.REFUSE, clock.instant()));

		assertThat(clockOf(preservation, ClockKind.PRESERVATION_PERIOD).state()).isEqualTo(ClockState.RUNNING);
		assertThat(clockOf(preservation, ClockKind.PRESERVATION_REMINDER).state()).isEqualTo(ClockState.RUNNING);
	}

	@Test
	void aPreservationConfirmedAfterItsFollowUpWasSentIsKeptFromTheStart() {
		CaseId preservation = newCase();
		CaseId storedDataAccess = newCase();
		publish(event(storedDataAccess, CaseType.STORED_DATA_ACCESS, Act.APPROVE, clock.instant(),
				Map.of("follows", preservation.toString())));

		publish(event(preservation, CaseType.PRESERVATION, Act.EXECUTE, clock.instant()));

		LegalClock kept = clockOf(preservation, ClockKind.PRESERVATION_PERIOD);
		assertThat(kept.state()).isEqualTo(ClockState.SUSPENDED);
		assertThat(kept.keptFor()).isEqualTo(storedDataAccess);
		assertThat(auditTypesNaming(kept.id().value())).contains("clocks.clock-started", "clocks.clock-suspended");
	}

	@Test
	void aRequestForAFurtherPeriodMovesNothingUntilTheRequestedStateGrantsIt() {
		CaseId preservation = newCase();
		Instant confirmed = clock.instant();
		publish(event(preservation, CaseType.PRESERVATION, Act.EXECUTE, confirmed));
		clock.advance(Duration.ofDays(40));

		publish(event(preservation, CaseType.PRESERVATION, Act.EXTEND_PRESERVATION, clock.instant(),
				Map.of("days", "30", "reason", "The follow-up is being translated.")));

		assertThat(clockOf(preservation, ClockKind.PRESERVATION_PERIOD).dueAt()).isEqualTo(sixtyDaysAfter(confirmed));
		assertThat(clockOf(preservation, ClockKind.PRESERVATION_REMINDER).dueAt()).isEqualTo(sixtyDaysAfter(confirmed).minus(Duration.ofDays(7)));

		clock.advance(Duration.ofDays(2));
		CaseEvent granted = publish(event(preservation, CaseType.PRESERVATION, Act.GRANT_PRESERVATION_EXTENSION, clock.instant(),
				Map.of("days", "30")));

		LegalClock period = clockOf(preservation, ClockKind.PRESERVATION_PERIOD);
		assertThat(period.state()).isEqualTo(ClockState.RUNNING);
		assertThat(period.dueAt()).isEqualTo(sixtyDaysAfter(confirmed).plus(Duration.ofDays(30)));
		assertThat(clockOf(preservation, ClockKind.PRESERVATION_REMINDER).dueAt()).isEqualTo(sixtyDaysAfter(confirmed).plus(Duration.ofDays(23)));
		assertThat(auditTypesNaming(period.id().value())).contains("clocks.clock-rescheduled");
		assertThat(granted.act()).isEqualTo(Act.GRANT_PRESERVATION_EXTENSION);
	}

	@Test
	void aDeclinedFurtherPeriodLeavesThePreservationEndingWhenItDid() {
		CaseId preservation = newCase();
		Instant confirmed = clock.instant();
		publish(event(preservation, CaseType.PRESERVATION, Act.EXECUTE, confirmed));
		publish(event(preservation, CaseType.PRESERVATION, Act.EXTEND_PRESERVATION, clock.instant(),
				Map.of("days", "30", "reason", "The follow-up is being translated.")));

		publish(event(preservation, CaseType.PRESERVATION, Act.DECLINE_PRESERVATION_EXTENSION, clock.instant(),
				Map.of("reasons", "Our law allows no longer preservation.")));

		LegalClock period = clockOf(preservation, ClockKind.PRESERVATION_PERIOD);
		assertThat(period.state()).isEqualTo(ClockState.RUNNING);
		assertThat(period.dueAt()).isEqualTo(sixtyDaysAfter(confirmed));
		assertThat(clockOf(preservation, ClockKind.PRESERVATION_REMINDER).dueAt()).isEqualTo(sixtyDaysAfter(confirmed).minus(Duration.ofDays(7)));
		assertThat(auditTypesNaming(period.id().value())).doesNotContain("clocks.clock-rescheduled");
	}

	@Test
	void withdrawingThePreservationCancelsItsClocks() {
		CaseId preservation = newCase();
		publish(event(preservation, CaseType.PRESERVATION, Act.EXECUTE, clock.instant()));

		publish(event(preservation, CaseType.PRESERVATION, Act.WITHDRAW, clock.instant()));

		assertThat(clocks.forCase(preservation)).extracting(LegalClock::state)
			.containsExactly(ClockState.CANCELLED, ClockState.CANCELLED);
	}

	@Test
	void anUnacknowledgedEmergencyFiresItsAcknowledgementClock() {
		CaseId emergency = newCase();
		publish(approval(emergency, CaseType.EMERGENCY_DISCLOSURE, "EMERGENCY", "VN", "TH", clock.instant()));
		assertThat(clockOf(emergency, ClockKind.ACKNOWLEDGEMENT).state()).isEqualTo(ClockState.RUNNING);

		clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		clocks.fireDue();

		await().atMost(GENEROUS).until(() -> clockOf(emergency, ClockKind.ACKNOWLEDGEMENT).state() == ClockState.FIRED);
		assertThat(auditTypesNaming(clockOf(emergency, ClockKind.ACKNOWLEDGEMENT).id().value()))
			.contains("clocks.clock-fired");
		assertThat(meters.get("hanoinet.clocks.firing.delay").tag("kind", "ACKNOWLEDGEMENT").timer().count())
			.as("the firing delays operators see in the node's metrics")
			.isPositive();
	}

	@Test
	void anAcknowledgementMeetsItsClockAndSaysWhen() {
		CaseId urgent = newCase();
		Instant sent = clock.instant();
		publish(approval(urgent, CaseType.PRESERVATION, "URGENT", "VN", "TH", sent));
		clock.advance(Duration.ofMinutes(10));
		Instant acknowledgedAt = clock.instant();

		CaseEvent acknowledged = publish(event(urgent, CaseType.PRESERVATION, Act.ACKNOWLEDGE, acknowledgedAt));

		LegalClock met = clockOf(urgent, ClockKind.ACKNOWLEDGEMENT);
		assertThat(met.state()).isEqualTo(ClockState.MET);
		assertThat(met.dueAt()).isEqualTo(sent.plus(Duration.ofHours(1)));
		assertThat(met.metAt()).isEqualTo(acknowledgedAt);
		assertThat(met.metBy()).isEqualTo(acknowledged.id());
		assertThat(met.metInTime()).isTrue();
		assertThat(auditTypesNaming(met.id().value())).contains("clocks.clock-started", "clocks.clock-met");
	}

	@Test
	void aStatusRequestIsMetByItsAnswer() {
		CaseId request = newCase();
		publish(event(request, CaseType.MUTUAL_LEGAL_ASSISTANCE, Act.REQUEST_STATUS, clock.instant()));
		clock.advance(Duration.ofDays(2));

		publish(event(request, CaseType.MUTUAL_LEGAL_ASSISTANCE, Act.ANSWER_STATUS, clock.instant()));

		assertThat(clockOf(request, ClockKind.STATUS_RESPONSE).state()).isEqualTo(ClockState.MET);
	}

	@Test
	void theSameEventsAppliedTwiceChangeTheClocksOnce() {
		CaseId urgent = newCase();
		CaseEvent approve = approval(urgent, CaseType.PRESERVATION, "URGENT", "VN", "TH", clock.instant());
		CaseEvent acknowledge = event(urgent, CaseType.PRESERVATION, Act.ACKNOWLEDGE, clock.instant().plusSeconds(60));

		publish(approve);
		publish(acknowledge);
		publish(approve);
		publish(acknowledge);

		assertThat(clocks.forCase(urgent)).singleElement().satisfies(met -> {
			assertThat(met.state()).isEqualTo(ClockState.MET);
			assertThat(met.metBy()).isEqualTo(acknowledge.id());
		});
		assertThat(auditTypesNaming(clocks.forCase(urgent).getFirst().id().value()))
			.containsExactly("clocks.clock-started", "clocks.clock-met");
	}

	@Test
	void aClockDueShortlyFiresOnItsOwnInRealTime() {
		CaseId emergency = newCase();
		// sent almost fifteen minutes ago: its acknowledgement is due in half a second
		Instant sent = clock.instant().minus(Duration.ofMinutes(15)).plusMillis(500);

		publish(approval(emergency, CaseType.EMERGENCY_DISCLOSURE, "EMERGENCY", "VN", "TH", sent));

		await().atMost(GENEROUS).until(() -> clockOf(emergency, ClockKind.ACKNOWLEDGEMENT).state() == ClockState.FIRED);
		LegalClock fired = clockOf(emergency, ClockKind.ACKNOWLEDGEMENT);
		assertThat(fired.firedAt()).isAfterOrEqualTo(fired.dueAt());
	}

	@Test
	void clocksThatFellDueWhileTheWorkerWasStoppedFireWhenItStartsAndSayTheyAreLate() {
		worker.stop();
		CaseId emergency = newCase();
		try {
			publish(approval(emergency, CaseType.EMERGENCY_DISCLOSURE, "EMERGENCY", "VN", "TH", clock.instant()));
			clock.advance(Duration.ofMinutes(20));
			assertThat(clockOf(emergency, ClockKind.ACKNOWLEDGEMENT).state()).isEqualTo(ClockState.RUNNING);
		}
		finally {
			worker.start();
		}

		await().atMost(GENEROUS).until(() -> clockOf(emergency, ClockKind.ACKNOWLEDGEMENT).state() == ClockState.FIRED);
		assertThat(clockOf(emergency, ClockKind.ACKNOWLEDGEMENT).firedLate()).isTrue();
	}

	@Test
	void instancesSharingTheDatabaseFireEachClockOnce() throws Exception {
		CaseId busyCase = newCase();
		int due = 1_000;
		worker.stop();
		try {
			jdbc.sql("""
					insert into legal_clock (id, case_id, kind, state, started_at, due_at, started_by)
					select gen_random_uuid(), ?, 'STATUS_RESPONSE', 'RUNNING', ?::timestamptz, ?::timestamptz, gen_random_uuid()
					from generate_series(1, ?::int)""")
				.params(busyCase.value(), java.sql.Timestamp.from(clock.instant().minusSeconds(60)),
						java.sql.Timestamp.from(clock.instant().minusSeconds(1)), due)
				.update();
			JdbcLegalClocks instance = this.jdbcClocks;
			java.util.concurrent.Callable<List<UUID>> anInstance = () -> {
				List<UUID> fired = new java.util.ArrayList<>();
				List<org.hanoinet.clocks.ClockFired> batch;
				do {
					batch = instance.fire(clock.instant(), 25);
					batch.stream().filter(event -> event.caseId().equals(busyCase)).forEach(event -> fired.add(event.clock().value()));
				}
				while (!batch.isEmpty());
				return fired;
			};
			try (var instances = java.util.concurrent.Executors.newFixedThreadPool(3)) {
				var first = instances.submit(anInstance);
				var second = instances.submit(anInstance);
				var third = instances.submit(anInstance);
				List<UUID> all = new java.util.ArrayList<>(first.get());
				all.addAll(second.get());
				all.addAll(third.get());

				assertThat(all).hasSize(due).doesNotHaveDuplicates();
			}
		}
		finally {
			worker.start();
		}
		assertThat(clocks.forCase(busyCase)).allMatch(fired -> fired.state() == ClockState.FIRED);
	}

	@Test
	void inboxesCanPutTheCaseDueFirstFirst() {
		CaseId routine = newCase();
		CaseId urgent = newCase();
		CaseId emergency = newCase();
		publish(approval(urgent, CaseType.PRESERVATION, "URGENT", "VN", "TH", clock.instant()));
		publish(approval(emergency, CaseType.EMERGENCY_DISCLOSURE, "EMERGENCY", "VN", "TH", clock.instant()));

		assertThat(clocks.dueFirst(List.of(routine, urgent, emergency))).containsExactly(emergency, urgent, routine);
		assertThat(clocks.nextDue(List.of(routine, urgent))).containsOnlyKeys(urgent);
	}

	private CaseEvent publish(CaseEvent event) {
		transaction.executeWithoutResult(status -> publisher.publishEvent(event));
		return event;
	}

	private LegalClock clockOf(CaseId caseId, ClockKind kind) {
		List<LegalClock> ofKind = clocks.forCase(caseId).stream().filter(clock -> clock.kind() == kind).toList();
		assertThat(ofKind).hasSize(1);
		return ofKind.getFirst();
	}

	private List<String> auditTypesNaming(UUID clockId) {
		return jdbc.sql("select audit_type from audit_leaf where field_values @> array[?]::text[] order by leaf_index")
			.param(clockId.toString())
			.query(String.class)
			.list();
	}
}
