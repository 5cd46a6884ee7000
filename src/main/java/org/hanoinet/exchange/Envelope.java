package org.hanoinet.exchange;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.shared.InvalidValue;

/**
 * A message from one node to another: who sends it, to whom, when it was made and until when it may be
 * accepted, and its body (for a case event, the event as both chains record it). It travels as the RFC 8785
 * canonical JSON of these fields inside a JWS signed by the sending node's key (see {@link Envelopes}).
 *
 * @param messageId unique per message; receivers de-duplicate on it
 * @param sender the sending node's id in the directory
 * @param recipient the receiving node's id in the directory
 * @param createdAt when the sender made it
 * @param expiresAt after this instant it is refused
 * @param kind what it carries
 * @param body the carried message as JSON values (strings, numbers, booleans, lists, maps)
 */
public record Envelope(UUID messageId, String sender, String recipient, Instant createdAt, Instant expiresAt,
		MessageKind kind, Map<String, Object> body) {

	/** The version of the envelope's JSON shape. */
	public static final int VERSION = 1;

	public Envelope {
		if (messageId == null) {
			throw new InvalidValue("id", "An envelope needs a message id.");
		}
		if (sender == null || sender.isBlank() || recipient == null || recipient.isBlank()) {
			throw new InvalidValue("from", "An envelope needs a sending and a receiving node.");
		}
		if (createdAt == null || expiresAt == null || !expiresAt.isAfter(createdAt)) {
			throw new InvalidValue("expiresAt", "An envelope needs a creation time and a later expiry.");
		}
		if (kind == null) {
			throw new InvalidValue("kind", "An envelope needs the kind of message it carries.");
		}
		body = body == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(body));
	}

	/** The fields as the JSON object that is canonicalized and signed. */
	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("v", VERSION);
		json.put("id", messageId.toString());
		json.put("from", sender);
		json.put("to", recipient);
		json.put("createdAt", createdAt.toString());
		json.put("expiresAt", expiresAt.toString());
		json.put("kind", kind.name());
		json.put("body", body);
		return json;
	}
}
