package org.hanoinet.directory;

import java.time.Instant;
import java.util.Map;

import org.hanoinet.shared.AuditableEvent;
import org.hanoinet.shared.AuthorityId;

/** The secretariat changed what the register says of a designated authority (name, channels, languages, hours). */
public record DesignationChanged(AuthorityId authority, String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String auditType() {
		return "directory.designation-changed";
	}

	@Override
	public Map<String, String> auditFields() {
		return Map.of("authority", authority.toString(), "actor", actor);
	}
}
