package org.hanoinet.reporting;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.hanoinet.shared.AuditableEvent;

/**
 * The network report of a period was handed out, as JSON or PDF: recorded by request, period and reader.
 *
 * @param request the request whose answers the report is made of
 * @param period the months it covers
 * @param format {@code json} or {@code pdf}
 * @param authority the reader's authority
 * @param reader the reader's user or token id
 * @param occurredAt when it was produced
 */
public record NetworkReportPublished(UUID request, Period period, String format, String authority, String reader,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String auditType() {
		return "reporting.network-report-published";
	}

	@Override
	public Map<String, String> auditFields() {
		Map<String, String> fields = new TreeMap<>();
		fields.put("request", request.toString());
		fields.put("from", period.from().toString());
		fields.put("to", period.to().toString());
		fields.put("format", format);
		fields.put("authority", authority);
		fields.put("reader", reader);
		return fields;
	}
}
