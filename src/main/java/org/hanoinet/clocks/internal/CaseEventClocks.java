package org.hanoinet.clocks.internal;

import static org.hanoinet.clocks.internal.JdbcLegalClocks.micros;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.hanoinet.clocks.ClockCancelled;
import org.hanoinet.clocks.ClockId;
import org.hanoinet.clocks.ClockMet;
import org.hanoinet.clocks.ClockRescheduled;
import org.hanoinet.clocks.ClockStarted;
import org.hanoinet.clocks.ClockState;
import org.hanoinet.clocks.ClockSuspended;
import org.hanoinet.clocks.Counting;
import org.hanoinet.clocks.LegalClock;
import org.hanoinet.cooperation.CaseEvent;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.Cases;
import org.hanoinet.cooperation.Party;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.Directory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the clock rules to every case event, synchronously in the transaction that stores the event, so a
 * clock change commits or rolls back with the act that caused it. Clocks are instants from the case event, not
 * from the node's clock: a replica applying the same events later gets the same clocks. Applying an event
 * twice changes nothing.
 */
@Component
class CaseEventClocks {

	private final JdbcLegalClocks clocks;

	private final ClockRules rules;

	private final ClockWorker worker;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Cases cases;

	private final Directory directory;

	private final WorkingCalendars calendars;

	CaseEventClocks(JdbcLegalClocks clocks, ClockRules rules, ClockWorker worker, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Cases cases, Directory directory, WorkingCalendars calendars) {
		this.clocks = clocks;
		this.cases = cases;
		this.directory = directory;
		this.calendars = calendars;
		this.rules = rules;
		this.worker = worker;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Runs before the audit log records the event: the clock rows of the case are locked before the audit log's
	 * head, in the order the worker takes them, so a case event and a firing never wait on each other in a cycle.
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void on(CaseEvent event) {
		transaction.executeWithoutResult(status -> apply(event));
	}

	private void apply(CaseEvent event) {
		Instant at = micros(event.occurredAt());
		if (!clocks.markApplied(event.id(), event.caseId(), at)) {
			return;
		}
		String act = event.act().name();
		if (ClockRules.FOLLOW_UP_DECISIONS.contains(act)) {
			clocks.decideFollowUp(event.caseId(), at, event.id()).ifPresent(preserved -> endKeeping(preserved, event, at));
		}
		changeExisting(event, at, act);
		String follows = event.details().get(ClockRules.FOLLOWS);
		if ("APPROVE".equals(act) && follows != null && !follows.isBlank()) {
			CaseId preserved = CaseId.of(follows.strip());
			if (clocks.recordFollowUp(event.caseId(), preserved, at, event.id())) {
				keepFor(preserved, event, at);
			}
		}
		for (ClockRule rule : rules.startedBy(event)) {
			start(rule, event, at);
		}
	}

	private void changeExisting(CaseEvent event, Instant at, String act) {
		List<LegalClock> changeable = clocks.lockChangeable(event.caseId());
		for (LegalClock clock : changeable) {
			if (clock.reminderFor() != null) {
				continue;
			}
			Optional<ClockRule> rule = rules.of(clock.kind());
			if (rule.isEmpty()) {
				continue;
			}
			if (rule.get().metBy().contains(act)) {
				change(ClockChanges.met(clock, at, event.id()));
				events.publishEvent(new ClockMet(clock.id(), clock.caseId(), clock.kind(), at, clock.dueAt(), event.id()));
				cancelReminders(changeable, clock, event, at);
			}
			else if (clock.open() && rule.get().cancelledBy().contains(act)) {
				change(ClockChanges.cancelled(clock, at, event.id()));
				events.publishEvent(new ClockCancelled(clock.id(), clock.caseId(), clock.kind(), at, event.id()));
				cancelReminders(changeable, clock, event, at);
			}
			else if (clock.open() && rule.get().extendedBy().contains(act)) {
				extend(changeable, clock, rule.get(), event, at);
			}
		}
	}

	private void extend(List<LegalClock> changeable, LegalClock clock, ClockRule rule, CaseEvent event, Instant at) {
		Duration extension = rule.extension().apply(event);
		// Days added to a period counted in days keep it ending at midnight in its zone, across a change of summer time.
		Instant due = micros(clock.counting().contains("elapsed") || !extension.equals(Duration.ofDays(extension.toDays()))
				? clock.dueAt().plus(extension)
				: clock.dueAt().atZone(clock.zone()).plusDays(extension.toDays()).toInstant());
		change(ClockChanges.rescheduled(clock, clock.state(), due));
		events.publishEvent(new ClockRescheduled(clock.id(), clock.caseId(), clock.kind(), at, clock.dueAt(), due, event.id()));
		if (rule.reminder() == null) {
			return;
		}
		Instant reminderDue = due.minus(rule.reminder().before());
		boolean rearmed = false;
		for (LegalClock reminder : remindersOf(changeable, clock)) {
			if (reminder.open()) {
				change(ClockChanges.rescheduled(reminder, reminder.state(), reminderDue));
				events.publishEvent(new ClockRescheduled(reminder.id(), reminder.caseId(), reminder.kind(), at, reminder.dueAt(),
						reminderDue, event.id()));
				rearmed = true;
			}
		}
		if (!rearmed && reminderDue.isAfter(at)) {
			insert(new LegalClock(ClockId.random(), clock.caseId(), rule.reminder().kind(), clock.state(), at, reminderDue,
					event.id(), clock.id(), clock.keptFor(), null, null, null, null, null, clock.counting(), clock.zone()));
		}
	}

	private void cancelReminders(List<LegalClock> changeable, LegalClock clock, CaseEvent event, Instant at) {
		for (LegalClock reminder : remindersOf(changeable, clock)) {
			if (reminder.open()) {
				change(ClockChanges.cancelled(reminder, at, event.id()));
				events.publishEvent(new ClockCancelled(reminder.id(), reminder.caseId(), reminder.kind(), at, event.id()));
			}
		}
	}

	/** A follow-up request was sent: the preservation of the case it follows is kept until it is decided. */
	private void keepFor(CaseId preserved, CaseEvent followUp, Instant at) {
		List<LegalClock> changeable = clocks.lockChangeable(preserved);
		for (LegalClock clock : changeable) {
			boolean kept = clock.reminderFor() == null
					? rules.of(clock.kind()).map(ClockRule::keptUntilFollowUpDecision).orElse(false)
					: changeable.stream()
						.anyMatch(parent -> parent.id().equals(clock.reminderFor())
								&& rules.of(parent.kind()).map(ClockRule::keptUntilFollowUpDecision).orElse(false));
			if (kept && clock.state() == ClockState.RUNNING) {
				change(ClockChanges.suspended(clock, followUp.caseId()));
				events.publishEvent(new ClockSuspended(clock.id(), clock.caseId(), clock.kind(), at, followUp.caseId(),
						followUp.id()));
			}
		}
	}

	/**
	 * The follow-up request was decided: a preservation kept for it ends now when its minimum period is over,
	 * and otherwise runs on to the end of that period (art. 42(6): not less than 60 days, and until the decision).
	 */
	private void endKeeping(CaseId preserved, CaseEvent decision, Instant at) {
		for (LegalClock clock : clocks.lockChangeable(preserved)) {
			if (clock.state() != ClockState.SUSPENDED || !decision.caseId().equals(clock.keptFor())) {
				continue;
			}
			if (clock.dueAt().isAfter(at)) {
				change(ClockChanges.rescheduled(clock, ClockState.RUNNING, clock.dueAt()));
				events.publishEvent(new ClockRescheduled(clock.id(), clock.caseId(), clock.kind(), at, clock.dueAt(),
						clock.dueAt(), decision.id()));
			}
			else if (clock.reminderFor() == null) {
				change(ClockChanges.met(clock, at, decision.id()));
				events.publishEvent(new ClockMet(clock.id(), clock.caseId(), clock.kind(), at, clock.dueAt(), decision.id()));
			}
			else {
				change(ClockChanges.cancelled(clock, at, decision.id()));
				events.publishEvent(new ClockCancelled(clock.id(), clock.caseId(), clock.kind(), at, decision.id()));
			}
		}
	}

	private void start(ClockRule rule, CaseEvent event, Instant at) {
		Counting counting = rule.target().apply(event);
		ZoneId zone = ZoneOffset.UTC;
		String state = event.details().getOrDefault("requestedState", "");
		if (counting.unit() != Counting.Unit.ELAPSED) {
			Optional<Party> requested = cases.find(event.caseId()).map(found -> found.requested());
			state = requested.map(party -> party.state().value()).orElse(state);
			zone = requested.flatMap(party -> directory.authority(party.authority())).map(Authority::timeZone).orElse(ZoneOffset.UTC);
		}
		Instant due = micros(counting.due(at, zone, calendars.of(state)));
		CaseId keptFor = rule.keptUntilFollowUpDecision() ? clocks.pendingFollowUpOf(event.caseId()).orElse(null) : null;
		ClockState running = keptFor == null ? ClockState.RUNNING : ClockState.SUSPENDED;
		LegalClock clock = new LegalClock(ClockId.random(), event.caseId(), rule.kind(), running, at, due, event.id(), null,
				keptFor, null, null, null, null, null, counting.key(), zone);
		if (!insert(clock) || rule.reminder() == null) {
			return;
		}
		Instant reminderDue = due.minus(rule.reminder().before());
		if (reminderDue.isAfter(at)) {
			insert(new LegalClock(ClockId.random(), event.caseId(), rule.reminder().kind(), running, at, reminderDue, event.id(),
					clock.id(), keptFor, null, null, null, null, null, counting.key(), zone));
		}
	}

	private boolean insert(LegalClock clock) {
		if (!clocks.insert(clock)) {
			return false;
		}
		events.publishEvent(new ClockStarted(clock.id(), clock.caseId(), clock.kind(), clock.startedAt(), clock.dueAt(),
				clock.startedBy(), clock.counting(), clock.zone()));
		if (clock.keptFor() != null) {
			events.publishEvent(new ClockSuspended(clock.id(), clock.caseId(), clock.kind(), clock.startedAt(), clock.keptFor(),
					clock.startedBy()));
		}
		wakeAfterCommit(clock);
		return true;
	}

	private void change(LegalClock clock) {
		clocks.update(clock);
		wakeAfterCommit(clock);
	}

	/** The worker sleeps until the next due clock it knew of; a clock due earlier wakes it once committed. */
	private void wakeAfterCommit(LegalClock clock) {
		if (clock.state() != ClockState.RUNNING) {
			return;
		}
		Instant due = clock.dueAt();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					worker.wake(due);
				}
			});
		}
		else {
			worker.wake(due);
		}
	}

	private static List<LegalClock> remindersOf(List<LegalClock> changeable, LegalClock clock) {
		return changeable.stream().filter(reminder -> clock.id().equals(reminder.reminderFor())).toList();
	}
}
