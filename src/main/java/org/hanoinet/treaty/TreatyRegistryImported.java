package org.hanoinet.treaty;

import java.time.Instant;
import java.util.Map;

/**
 * The registry was replaced by an imported file, or filled from the shipped data at the first start.
 *
 * @param source what was imported, e.g. "registry.csv upload" or "hanoi-convention-signatures.csv"
 * @param sha256 hex SHA-256 of the imported content, so the file can be matched later
 * @param actions how many actions the registry holds afterwards
 */
public record TreatyRegistryImported(String source, String sha256, int actions, String actor, Instant occurredAt)
		implements org.hanoinet.shared.AuditableEvent {

	@Override
	public String auditType() {
		return "treaty.registry-imported";
	}

	@Override
	public Map<String, String> auditFields() {
		return Map.of("actor", actor, "source", source, "sha256", sha256, "actions", Integer.toString(actions));
	}
}
