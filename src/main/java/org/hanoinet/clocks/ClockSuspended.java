package org.hanoinet.clocks;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.cooperation.CaseId;

/**
 * A preservation is kept until the decision on its follow-up request (art. 42(6)): its clock no longer
 * fires until that decision.
 */
public record ClockSuspended(ClockId clock, CaseId caseId, ClockKind kind, Instant occurredAt, CaseId followUp,
		UUID caseEvent) implements ClockEvent {

	@Override
	public String auditType() {
		return "clocks.clock-suspended";
	}

	@Override
	public Map<String, String> auditFields() {
		Map<String, String> fields = commonFields();
		fields.put("followUp", followUp.toString());
		fields.put("event", caseEvent.toString());
		return fields;
	}
}
