package org.hanoinet.clocks;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.cooperation.CaseId;

/**
 * A case event met the obligation of a clock at {@code occurredAt}: an acknowledgement or a status answer
 * given (in time when by {@code dueAt}), or a preservation ended by the decision on its follow-up request.
 */
public record ClockMet(ClockId clock, CaseId caseId, ClockKind kind, Instant occurredAt, Instant dueAt,
		UUID caseEvent) implements ClockEvent {

	@Override
	public String auditType() {
		return "clocks.clock-met";
	}

	@Override
	public Map<String, String> auditFields() {
		Map<String, String> fields = commonFields();
		fields.put("dueAt", dueAt.toString());
		fields.put("event", caseEvent.toString());
		return fields;
	}
}
