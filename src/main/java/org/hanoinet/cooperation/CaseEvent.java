package org.hanoinet.cooperation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.hanoinet.shared.AuditableEvent;
import org.hanoinet.shared.AuthorityId;

/**
 * One legal act in a case, as a link of the case's hash chain: the per-case sequence number, the act, the
 * state it led to, the actor and the instant, and the SHA-256 of the previous event's canonical bytes. Both
 * sides of a case hold the same chain, so a changed or missing event is detected. The audit log records each
 * event by ids and hashes only; the details (reasons, conditions, answers) stay in the case.
 */
public record CaseEvent(UUID id, CaseId caseId, long sequence, CaseType type, Act act, CaseStatus status,
		AuthorityId actorAuthority, String actorUser, Instant occurredAt, SortedMap<String, String> details,
		String previousHash) implements AuditableEvent {

	/** The previous hash of a case's first event. */
	public static final String GENESIS = "0".repeat(64);

	public CaseEvent {
		details = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(details));
	}

	/**
	 * The canonical bytes of this event: every field as {@code name=length:value} lines in a fixed order, so
	 * that no two different events share bytes whatever their text contains.
	 */
	public byte[] canonicalBytes() {
		StringBuilder bytes = new StringBuilder();
		field(bytes, "id", id.toString());
		field(bytes, "case", caseId.toString());
		field(bytes, "sequence", Long.toString(sequence));
		field(bytes, "type", type.name());
		field(bytes, "act", act.name());
		field(bytes, "status", status.name());
		field(bytes, "actorAuthority", actorAuthority.toString());
		field(bytes, "actorUser", actorUser);
		field(bytes, "occurredAt", occurredAt.toString());
		details.forEach((name, value) -> field(bytes, "details." + name, value));
		field(bytes, "previousHash", previousHash);
		return bytes.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The SHA-256 of this event's canonical bytes, in lower-case hex: the next event's previous hash. */
	public String hash() {
		return Hashes.sha256(canonicalBytes());
	}

	@Override
	public String auditType() {
		return "cooperation.case-" + act.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	@Override
	public Map<String, String> auditFields() {
		Map<String, String> fields = new TreeMap<>();
		fields.put("event", id.toString());
		fields.put("case", caseId.toString());
		fields.put("sequence", Long.toString(sequence));
		fields.put("type", type.name());
		fields.put("status", status.name());
		fields.put("actorAuthority", actorAuthority.toString());
		fields.put("actorUser", actorUser);
		fields.put("previousHash", previousHash);
		fields.put("hash", hash());
		return fields;
	}

	private static void field(StringBuilder bytes, String name, String value) {
		bytes.append(name).append('=').append(value.length()).append(':').append(value).append('\n');
	}
}
