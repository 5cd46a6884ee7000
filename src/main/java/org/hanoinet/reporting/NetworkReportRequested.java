package org.hanoinet.reporting;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.hanoinet.shared.AuditableEvent;

/**
 * The secretariat asked the nodes of the directory for their signed statistics over a period.
 *
 * @param request the request's id
 * @param period the months asked for
 * @param nodes the nodes asked, comma-separated
 * @param states the States asked for, comma-separated
 * @param requestedBy the secretariat user or token
 * @param occurredAt when it was sent
 */
public record NetworkReportRequested(UUID request, Period period, String nodes, String states, String requestedBy,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String auditType() {
		return "reporting.network-report-requested";
	}

	@Override
	public Map<String, String> auditFields() {
		Map<String, String> fields = new TreeMap<>();
		fields.put("request", request.toString());
		fields.put("from", period.from().toString());
		fields.put("to", period.to().toString());
		fields.put("nodes", nodes);
		fields.put("states", states);
		fields.put("requestedBy", requestedBy);
		return fields;
	}
}
