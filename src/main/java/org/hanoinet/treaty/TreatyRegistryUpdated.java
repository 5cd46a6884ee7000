package org.hanoinet.treaty;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hanoinet.shared.AuditableEvent;

/**
 * The secretariat brought the registry up to a depositary notification from the depositary's list.
 *
 * @param sha256 hex SHA-256 of the uploaded list, so the file can be matched later
 */
public record TreatyRegistryUpdated(RegistryUpdate update, String sha256, String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String auditType() {
		return "treaty.registry-updated";
	}

	@Override
	public Map<String, String> auditFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("actor", actor);
		fields.put("notification", update.notification().reference());
		fields.put("notificationDate", update.notification().date().toString());
		fields.put("sha256", sha256);
		fields.put("added", Integer.toString(update.added().size()));
		fields.put("changed", Integer.toString(update.changed().size()));
		fields.put("unchanged", Integer.toString(update.unchanged()));
		fields.put("actions", Integer.toString(update.actions()));
		return fields;
	}
}
