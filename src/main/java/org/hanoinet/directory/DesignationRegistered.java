package org.hanoinet.directory;

import java.time.Instant;
import java.util.Map;

import org.hanoinet.shared.AuditableEvent;
import org.hanoinet.shared.AuthorityId;

/** The secretariat registered a State's designation of an authority (arts. 40 and 41). */
public record DesignationRegistered(AuthorityId authority, String state, AuthorityKind kind, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String auditType() {
		return "directory.designation-registered";
	}

	@Override
	public Map<String, String> auditFields() {
		return Map.of("authority", authority.toString(), "state", state, "kind", kind.name(), "actor", actor);
	}
}
