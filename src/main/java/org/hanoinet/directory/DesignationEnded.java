package org.hanoinet.directory;

import java.time.Instant;
import java.util.Map;

import org.hanoinet.shared.AuditableEvent;
import org.hanoinet.shared.AuthorityId;

/** A State's designation of an authority ended; the register keeps it as history. */
public record DesignationEnded(AuthorityId authority, Instant endsAt, String actor, Instant occurredAt)
		implements AuditableEvent {

	@Override
	public String auditType() {
		return "directory.designation-ended";
	}

	@Override
	public Map<String, String> auditFields() {
		return Map.of("authority", authority.toString(), "endsAt", endsAt.toString(), "actor", actor);
	}
}
