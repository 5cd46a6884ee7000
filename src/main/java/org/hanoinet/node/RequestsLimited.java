package org.hanoinet.node;

import java.time.Instant;
import java.util.Map;

import org.hanoinet.shared.AuditableEvent;

/**
 * A client went over one of the node's abuse limits and its requests are being refused with 429. Recorded once when
 * the refusals begin, not for each refused request, so that a flood cannot flood the audit log too.
 *
 * @param limit which limit: sign-in, api-token, api-address or federation
 * @param client the SHA-256 of the client address or of the bearer token, never the token itself
 * @param path the first refused path
 * @param occurredAt when the first request was refused
 */
public record RequestsLimited(String limit, String client, String path, Instant occurredAt) implements AuditableEvent {

	@Override
	public String auditType() {
		return "node.requests-limited";
	}

	@Override
	public Map<String, String> auditFields() {
		return Map.of("limit", limit, "client", client, "path", path);
	}
}
