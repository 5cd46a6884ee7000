package org.hanoinet.directory;

import java.time.Instant;
import java.util.Map;

import org.hanoinet.shared.AuditableEvent;

/** The secretariat signed and published a new version of the directory. */
public record DirectoryPublished(long version, String keyId, String sha256, String actor, Instant occurredAt)
		implements AuditableEvent {

	@Override
	public String auditType() {
		return "directory.published";
	}

	@Override
	public Map<String, String> auditFields() {
		return Map.of("version", Long.toString(version), "keyId", keyId, "sha256", sha256, "actor", actor);
	}
}
