package org.hanoinet.clocks;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.cooperation.CaseId;

/** A case event ended a clock's obligation before it was due (withdrawal, no longer needed, closing). */
public record ClockCancelled(ClockId clock, CaseId caseId, ClockKind kind, Instant occurredAt, UUID caseEvent)
		implements ClockEvent {

	@Override
	public String auditType() {
		return "clocks.clock-cancelled";
	}

	@Override
	public Map<String, String> auditFields() {
		Map<String, String> fields = commonFields();
		fields.put("event", caseEvent.toString());
		return fields;
	}
}
