package org.hanoinet.clocks;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.cooperation.CaseId;

/**
 * A case event moved a clock's due time or set it running again: a preservation extended, or resumed after
 * the decision on its follow-up when its minimum period has not ended yet.
 */
public record ClockRescheduled(ClockId clock, CaseId caseId, ClockKind kind, Instant occurredAt,
		Instant previousDueAt, Instant dueAt, UUID caseEvent) implements ClockEvent {

	@Override
	public String auditType() {
		return "clocks.clock-rescheduled";
	}

	@Override
	public Map<String, String> auditFields() {
		Map<String, String> fields = commonFields();
		fields.put("previousDueAt", previousDueAt.toString());
		fields.put("dueAt", dueAt.toString());
		fields.put("event", caseEvent.toString());
		return fields;
	}
}
