package org.hanoinet.clocks.internal;

import java.time.Duration;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.hanoinet.clocks.ClockKind;
import org.hanoinet.clocks.Counting;
import org.hanoinet.cooperation.CaseEvent;
import org.hanoinet.cooperation.CaseType;

/**
 * How one kind of legal clock follows a case, as data: which act starts it on which types of case and when it
 * is due, which acts meet, cancel or extend it, whether a reminder goes with it, and whether a follow-up
 * request keeps it. Acts are named as text so that a rule may name an act before the case engine has it.
 *
 * @param kind the kind of clock it starts
 * @param types the types of case it applies to
 * @param startAct the act that starts it
 * @param startsWhen further condition on the starting event (urgency, for instance)
 * @param target how its period from the starting event is counted
 * @param metBy acts on the same case that meet it
 * @param cancelledBy acts on the same case that end it before it is due
 * @param reminder the reminder armed with it, or {@code null}
 * @param extendedBy acts on the same case that push its due time by {@code extension}
 * @param extension how far an extending event pushes the due time
 * @param keptUntilFollowUpDecision whether a follow-up request ({@code follows} on its approval) holds it
 *        until the decision on that request (art. 42(6))
 */
record ClockRule(ClockKind kind, Set<CaseType> types, String startAct, Predicate<CaseEvent> startsWhen,
		Function<CaseEvent, Counting> target, Set<String> metBy, Set<String> cancelledBy, Reminder reminder,
		Set<String> extendedBy, Function<CaseEvent, Duration> extension, boolean keptUntilFollowUpDecision) {

	/** A reminder of kind {@code kind} due {@code before} the clock it goes with. */
	record Reminder(ClockKind kind, Duration before) {
	}

	/** A clock started by one act and met by others, with no reminder, extension or follow-up. */
	static ClockRule simple(ClockKind kind, Set<CaseType> types, String startAct, Predicate<CaseEvent> startsWhen,
			Function<CaseEvent, Counting> target, Set<String> metBy, Set<String> cancelledBy) {
		return new ClockRule(kind, types, startAct, startsWhen, target, metBy, cancelledBy, null, Set.of(), event -> Duration.ZERO,
				false);
	}

	/** Whether {@code event} starts a clock of this rule. */
	boolean startedBy(CaseEvent event) {
		return types.contains(event.type()) && event.act().name().equals(startAct) && startsWhen.test(event);
	}
}
