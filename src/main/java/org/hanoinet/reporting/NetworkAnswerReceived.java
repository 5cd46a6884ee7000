package org.hanoinet.reporting;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.hanoinet.shared.AuditableEvent;

/**
 * The secretariat received a State's answer to a report request and verified it against the directory's key of the
 * node that signed it: its figures, or its refusal to report.
 *
 * @param request the secretariat's request
 * @param node the node that signed the answer
 * @param state the State answered for
 * @param declined whether the State declined to report
 * @param aggregateHash the SHA-256 of the signed aggregate as received, in hex
 * @param occurredAt when it was received
 */
public record NetworkAnswerReceived(UUID request, String node, String state, boolean declined, String aggregateHash,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String auditType() {
		return "reporting.network-answer-received";
	}

	@Override
	public Map<String, String> auditFields() {
		Map<String, String> fields = new TreeMap<>();
		fields.put("request", request.toString());
		fields.put("node", node);
		fields.put("state", state);
		fields.put("answer", declined ? "declined" : "reported");
		fields.put("aggregateHash", aggregateHash);
		return fields;
	}
}
