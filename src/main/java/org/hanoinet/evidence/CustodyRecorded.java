package org.hanoinet.evidence;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hanoinet.shared.AuditableEvent;

/** A link was added to an item's chain of custody; the audit log keeps its ids and hashes, never the file's content. */
public record CustodyRecorded(CustodyEvent event, String caseId, Instant occurredAt) implements AuditableEvent {

	@Override
	public String auditType() {
		return "evidence." + event.action().name().toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	public Map<String, String> auditFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("case", caseId);
		fields.put("item", event.item().toString());
		fields.put("sequence", Long.toString(event.sequence()));
		fields.put("node", event.node());
		fields.put("itemSha256", event.itemSha256());
		fields.put("custodyHash", event.hash());
		return fields;
	}
}
