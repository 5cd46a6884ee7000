package org.hanoinet.audit;

import java.time.Instant;
import java.util.Map;

import org.hanoinet.shared.AuditableEvent;

/** An auditable fact as another module would publish it. */
public record TestAuditEvent(String auditType, Instant occurredAt, Map<String, String> auditFields)
		implements AuditableEvent {

	public static TestAuditEvent caseOpened(String caseId) {
		return new TestAuditEvent("test.case-opened", Instant.parse("2026-11-23T08:00:00Z"), Map.of("caseId", caseId));
	}
}
