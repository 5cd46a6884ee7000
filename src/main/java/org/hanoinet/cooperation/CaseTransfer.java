package org.hanoinet.cooperation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;

/**
 * Case events as JSON values, the way federation carries them between the two States' nodes. A case reaches the
 * other State's node first as its opening: what that node needs to open its copy (type, sides, the request's
 * contents) with every event up to the approval, in one message; each later event travels alone. Everything the
 * hash covers travels unchanged, so both nodes compute the same chain.
 */
public final class CaseTransfer {

	private CaseTransfer() {
	}

	/** One event of a case whose opening the other State's node already holds. */
	public static Map<String, Object> body(Case request, CaseEvent event) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("event", json(event));
		return body;
	}

	/**
	 * The opening of a case for the other State's node: the case header and every event from the draft up to and
	 * including {@code approval}, in one message, so that the receiving node can check the four-eyes approval before
	 * it keeps anything.
	 */
	public static Map<String, Object> opening(Case request, CaseEvent approval) {
		if (approval.act() != Act.APPROVE) {
			throw new IllegalArgumentException("A case opens at the other State's node with its approval, not with " + approval.act());
		}
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("type", request.type().name());
		header.put("requestingState", request.requesting().state().value());
		header.put("requestingAuthority", request.requesting().authority().toString());
		header.put("requestedState", request.requested().state().value());
		header.put("requestedAuthority", request.requested().authority().toString());
		header.put("contents", RequestContentsJson.write(request.contents()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("case", header);
		body.put("events", request.events().stream().filter(event -> event.sequence() <= approval.sequence())
			.map(CaseTransfer::json).toList());
		return body;
	}

	private static Map<String, Object> json(CaseEvent event) {
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
		return json;
	}

	/** The latest event carried by {@code body}: the approval of an opening, or the one event of a later message. */
	public static CaseEvent event(Map<String, Object> body) {
		return events(body).getLast();
	}

	/**
	 * The events carried by {@code body}, in order, all of one case; each hash must be the one the sender computed.
	 */
	@SuppressWarnings("unchecked")
	public static List<CaseEvent> events(Map<String, Object> body) {
		if (body == null) {
			throw new InvalidValue("event", "The message carries no case event.");
		}
		Object many = body.get("events");
		Object one = body.get("event");
		if ((many == null) == (one == null)) {
			throw new InvalidValue("event", "A case message carries either one \"event\" or the \"events\" of a case's opening.");
		}
		List<Object> carried;
		try {
			carried = many == null ? List.of(one) : (List<Object>) many;
		}
		catch (ClassCastException notList) {
			throw new InvalidValue("events", "The events of a case's opening are a JSON array.");
		}
		if (carried.isEmpty()) {
			throw new InvalidValue("events", "The opening of a case carries at least its approval.");
		}
		List<CaseEvent> events = new ArrayList<>();
		for (Object json : carried) {
			CaseEvent event = eventOf(json);
			if (!events.isEmpty() && (!event.caseId().equals(events.getFirst().caseId())
					|| event.sequence() != events.getLast().sequence() + 1)) {
				throw new InvalidValue("events", "The events of one message belong to one case and follow each other by sequence number.");
			}
			events.add(event);
		}
		return events;
	}

	@SuppressWarnings("unchecked")
	private static CaseEvent eventOf(Object value) {
		try {
			Map<String, Object> json = (Map<String, Object>) value;
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
