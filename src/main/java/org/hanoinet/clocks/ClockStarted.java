package org.hanoinet.clocks;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.cooperation.CaseId;

/** A case event started an obligation: the clock runs from {@code occurredAt} and is due at {@code dueAt}. */
public record ClockStarted(ClockId clock, CaseId caseId, ClockKind kind, Instant occurredAt, Instant dueAt,
		UUID caseEvent) implements ClockEvent {

	@Override
	public String auditType() {
		return "clocks.clock-started";
	}

	@Override
	public Map<String, String> auditFields() {
		Map<String, String> fields = commonFields();
		fields.put("dueAt", dueAt.toString());
		fields.put("event", caseEvent.toString());
		return fields;
	}
}
