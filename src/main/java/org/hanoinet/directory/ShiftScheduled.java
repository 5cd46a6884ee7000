package org.hanoinet.directory;

import java.time.Instant;
import java.util.Map;

import org.hanoinet.shared.AuditableEvent;
import org.hanoinet.shared.AuthorityId;

/** A duty shift was added to a point of contact's roster; the officer's name stays out of the audit log. */
public record ShiftScheduled(String shift, AuthorityId authority, String actor, Instant occurredAt)
		implements AuditableEvent {

	@Override
	public String auditType() {
		return "directory.shift-scheduled";
	}

	@Override
	public Map<String, String> auditFields() {
		return Map.of("shift", shift, "authority", authority.toString(), "actor", actor);
	}
}
