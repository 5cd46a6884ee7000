package org.hanoinet.treaty;

import java.time.Instant;
import java.util.Map;

/** The secretariat removed an action from the registry (e.g. one recorded in error). */
public record TreatyActionRemoved(Action action, String actor, Instant occurredAt) implements org.hanoinet.shared.AuditableEvent {

	@Override
	public String auditType() {
		return "treaty.action-removed";
	}

	@Override
	public Map<String, String> auditFields() {
		return Map.of("actor", actor, "action", action.id().toString(), "participant", action.participant().value(), "kind",
				action.kind().name());
	}
}
