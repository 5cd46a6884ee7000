package org.hanoinet.reporting;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.hanoinet.shared.AuditableEvent;

/**
 * A State's statistics left the node through the API, as JSON or CSV: recorded by State, period and reader only.
 *
 * @param state the State whose figures were exported
 * @param period the months they cover
 * @param format {@code json} or {@code csv}
 * @param authority the reader's authority
 * @param reader the reader's user or token id
 * @param occurredAt when the figures were produced
 */
public record StatisticsExported(String state, Period period, String format, String authority, String reader,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String auditType() {
		return "reporting.statistics-exported";
	}

	@Override
	public Map<String, String> auditFields() {
		Map<String, String> fields = new TreeMap<>();
		fields.put("state", state);
		fields.put("from", period.from().toString());
		fields.put("to", period.to().toString());
		fields.put("format", format);
		fields.put("authority", authority);
		fields.put("reader", reader);
		return fields;
	}
}
