package org.hanoinet.reporting;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.hanoinet.shared.AuditableEvent;

/**
 * The secretariat refused an answer to a report request: an aggregate that does not verify against the directory's
 * key of the sending node, that names a State the node does not serve, or that answers a request or period it was
 * not asked. Recorded in a transaction of its own, since the refused answer leaves nothing else.
 *
 * @param request the request the answer names, when it names one
 * @param node the node that sent the answer (its envelope verified)
 * @param reason what did not hold
 * @param occurredAt when it was refused
 */
public record NetworkAnswerRefused(UUID request, String node, String reason, Instant occurredAt) implements AuditableEvent {

	@Override
	public String auditType() {
		return "reporting.network-answer-refused";
	}

	@Override
	public Map<String, String> auditFields() {
		Map<String, String> fields = new TreeMap<>();
		if (request != null) {
			fields.put("request", request.toString());
		}
		fields.put("node", node);
		fields.put("reason", reason);
		return fields;
	}
}
