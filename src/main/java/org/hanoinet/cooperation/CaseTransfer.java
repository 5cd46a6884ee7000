package org.hanoinet.cooperation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;

/**
 * A case event as JSON values, the way federation carries it between the two States' nodes; the first event
 * of a case also carries what the receiving node needs to open its copy (type, sides, the request's
 * contents). Everything the hash covers travels unchanged, so both nodes compute the same chain.
 */
public final class CaseTransfer {

	private CaseTransfer() {
	}

	/** The event, and with the case's first event the case header. */
	public static Map<String, Object> body(Case request, CaseEvent event) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (event.sequence() == 1) {
			Map<String, Object> header = new LinkedHashMap<>();
			header.put("type", request.type().name());
			header.put("requestingState", request.requesting().state().value());
			header.put("requestingAuthority", request.requesting().authority().toString());
			header.put("requestedState", request.requested().state().value());
			header.put("requestedAuthority", request.requested().authority().toString());
			header.put("contents", RequestContentsJson.write(request.contents()));
			body.put("case", header);
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", event.id().toString());
		json.put("case", event.caseId().toString());
		json.put("sequence", event.sequence());
		json.put("type", event.type().name());
		json.put("act", event.act().name());
		json.put("status", event.status().name());
		json.put("actorAuthority", event.actorAuthority().toString());
		json.put("actorUser", event.actorUser());
		json.put("occurredAt", event.occurredAt().toString());
		json.put("details", new TreeMap<>(event.details()));
		json.put("previousHash", event.previousHash());
		json.put("hash", event.hash());
		body.put("event", json);
		return body;
	}

	/** The event carried by {@code body}; its hash must be the one the sender computed. */
	@SuppressWarnings("unchecked")
	public static CaseEvent event(Map<String, Object> body) {
		try {
			Map<String, Object> json = (Map<String, Object>) body.get("event");
			SortedMap<String, String> details = new TreeMap<>((Map<String, String>) json.get("details"));
			CaseEvent event = new CaseEvent(UUID.fromString((String) json.get("id")), CaseId.of((String) json.get("case")),
					((Number) json.get("sequence")).longValue(), CaseType.valueOf((String) json.get("type")),
					Act.valueOf((String) json.get("act")), CaseStatus.valueOf((String) json.get("status")),
					AuthorityId.of((String) json.get("actorAuthority")), (String) json.get("actorUser"),
					Instant.parse((String) json.get("occurredAt")), details, (String) json.get("previousHash"));
			if (!event.hash().equals(json.get("hash"))) {
				throw new InvalidValue("event", "The event's hash does not match its fields.");
			}
			return event;
		}
		catch (ClassCastException | NullPointerException | IllegalArgumentException | java.time.format.DateTimeParseException wrong) {
			throw wrong instanceof InvalidValue invalid ? invalid
					: new InvalidValue("event", "The case event is not of the documented shape: " + wrong.getMessage());
		}
	}

	/** The case header carried with a case's first event, if present. */
	@SuppressWarnings("unchecked")
	static Header header(Map<String, Object> body) {
		Map<String, Object> json = (Map<String, Object>) body.get("case");
		if (json == null) {
			return null;
		}
		try {
			return new Header(CaseType.valueOf((String) json.get("type")),
					new Party(CountryCode.of((String) json.get("requestingState")), AuthorityId.of((String) json.get("requestingAuthority"))),
					new Party(CountryCode.of((String) json.get("requestedState")), AuthorityId.of((String) json.get("requestedAuthority"))),
					RequestContentsJson.read((Map<String, Object>) json.get("contents")));
		}
		catch (ClassCastException | NullPointerException | IllegalArgumentException wrong) {
			throw wrong instanceof InvalidValue invalid ? invalid
					: new InvalidValue("case", "The case header is not of the documented shape: " + wrong.getMessage());
		}
	}

	record Header(CaseType type, Party requesting, Party requested, RequestContents contents) {
	}
}
