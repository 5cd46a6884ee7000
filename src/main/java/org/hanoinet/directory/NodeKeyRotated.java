package org.hanoinet.directory;

import java.time.Instant;
import java.util.Map;

import org.hanoinet.shared.AuditableEvent;

/** A node's signing key was replaced; the old key stays valid until {@code oldKeyValidUntil}. */
public record NodeKeyRotated(String node, String oldKeyId, String newKeyId, Instant oldKeyValidUntil, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String auditType() {
		return "directory.node-key-rotated";
	}

	@Override
	public Map<String, String> auditFields() {
		return Map.of("node", node, "oldKeyId", oldKeyId, "newKeyId", newKeyId, "oldKeyValidUntil",
				oldKeyValidUntil.toString(), "actor", actor);
	}
}
