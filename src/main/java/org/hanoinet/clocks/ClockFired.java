package org.hanoinet.clocks;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.hanoinet.cooperation.CaseId;

/**
 * A clock reached its due time before it was met: a preservation period ended, a reminder is due or a
 * target was missed. Other modules (duty alerts, escalation) listen to it; it is published in the
 * transaction that marks the clock fired, once per clock whatever the number of node instances.
 *
 * @param occurredAt when it fired; more than a second after {@code dueAt} only when the node was down or
 *        overloaded at the due time
 */
public record ClockFired(ClockId clock, CaseId caseId, ClockKind kind, Instant dueAt, Instant occurredAt)
		implements ClockEvent {

	/** How long after its due time the clock fired. */
	public Duration delay() {
		return Duration.between(dueAt, occurredAt);
	}

	/** Whether it fired more than a second after its due time. */
	public boolean late() {
		return delay().compareTo(LegalClock.TOLERANCE) > 0;
	}

	@Override
	public String auditType() {
		return "clocks.clock-fired";
	}

	@Override
	public Map<String, String> auditFields() {
		Map<String, String> fields = commonFields();
		fields.put("dueAt", dueAt.toString());
		fields.put("delayMillis", Long.toString(delay().toMillis()));
		fields.put("late", Boolean.toString(late()));
		return fields;
	}
}
