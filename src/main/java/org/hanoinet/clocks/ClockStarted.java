package org.hanoinet.clocks;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.cooperation.CaseId;

/**
 * A case event started an obligation: the clock runs from {@code occurredAt} and is due at {@code dueAt}, as
 * the counting rule {@code counting} (a {@link Counting#key()}) puts it with days ending in {@code zone}.
 */
public record ClockStarted(ClockId clock, CaseId caseId, ClockKind kind, Instant occurredAt, Instant dueAt,
		UUID caseEvent, String counting, ZoneId zone) implements ClockEvent {

	@Override
	public String auditType() {
		return "clocks.clock-started";
	}

	@Override
	public Map<String, String> auditFields() {
		Map<String, String> fields = commonFields();
		fields.put("dueAt", dueAt.toString());
		fields.put("event", caseEvent.toString());
		fields.put("counting", counting);
		fields.put("zone", zone.getId());
		return fields;
	}
}
