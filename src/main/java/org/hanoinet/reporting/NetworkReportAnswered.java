package org.hanoinet.reporting;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.hanoinet.shared.AuditableEvent;

/**
 * This node answered the secretariat's report request: the signed figures of the States it reported for, and a
 * signed refusal for those that decline ({@code hanoinet.reporting.network.decline}).
 *
 * @param request the secretariat's request
 * @param secretariat the node that asked
 * @param period the months asked for
 * @param reported the States whose figures were sent, comma-separated
 * @param declined the States that declined, comma-separated
 * @param occurredAt when the answer was written
 */
public record NetworkReportAnswered(UUID request, String secretariat, Period period, String reported, String declined,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String auditType() {
		return "reporting.network-report-answered";
	}

	@Override
	public Map<String, String> auditFields() {
		Map<String, String> fields = new TreeMap<>();
		fields.put("request", request.toString());
		fields.put("secretariat", secretariat);
		fields.put("from", period.from().toString());
		fields.put("to", period.to().toString());
		fields.put("reported", reported);
		fields.put("declined", declined);
		return fields;
	}
}
