package org.hanoinet.treaty;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hanoinet.shared.AuditableEvent;

/** The secretariat recorded an action in the registry. */
public record TreatyActionRecorded(Action action, String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String auditType() {
		return "treaty.action-recorded";
	}

	@Override
	public Map<String, String> auditFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("actor", actor);
		fields.put("action", action.id().toString());
		fields.put("participant", action.participant().value());
		fields.put("kind", action.kind().name());
		fields.put("date", action.date() == null ? "" : action.date().toString());
		return fields;
	}
}
