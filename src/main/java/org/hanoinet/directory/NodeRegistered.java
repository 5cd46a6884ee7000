package org.hanoinet.directory;

import java.time.Instant;
import java.util.Map;

import org.hanoinet.shared.AuditableEvent;

/** The secretariat registered a node, or changed its endpoint, key or served authorities. */
public record NodeRegistered(String node, String endpoint, String keyId, String authorities, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String auditType() {
		return "directory.node-registered";
	}

	@Override
	public Map<String, String> auditFields() {
		return Map.of("node", node, "endpoint", endpoint, "keyId", keyId, "authorities", authorities, "actor", actor);
	}
}
