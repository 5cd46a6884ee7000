package org.hanoinet.cooperation.web.letters;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.hanoinet.shared.AuditableEvent;

/**
 * Someone took a formal letter of a case out of the node, on paper or as a file: recorded by ids and hashes only.
 *
 * @param caseId the case
 * @param sendingEvent the id of the event whose hash the letter carries
 * @param hash that event's SHA-256
 * @param language the letter's language
 * @param authority the reader's authority
 * @param user the reader's user id
 * @param occurredAt when the letter was produced
 */
public record LetterDownloaded(String caseId, String sendingEvent, String hash, String language, String authority, String user,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String auditType() {
		return "cooperation.letter-downloaded";
	}

	@Override
	public Map<String, String> auditFields() {
		Map<String, String> fields = new TreeMap<>();
		fields.put("case", caseId);
		fields.put("sendingEvent", sendingEvent);
		fields.put("sendingEventHash", hash);
		fields.put("language", language);
		fields.put("authority", authority);
		fields.put("user", user);
		return fields;
	}
}
