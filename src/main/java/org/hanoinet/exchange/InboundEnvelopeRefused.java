package org.hanoinet.exchange;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.shared.AuditableEvent;

/**
 * This node's inbox refused an envelope: a forged, replayed, mis-addressed or malformed one, or a case event that
 * the receiver may not accept (not a party, not approved, an act the sender's side may not perform). Published in
 * a transaction of its own, after the refused one rolled back, so the refusal is in the audit log although the
 * envelope left nothing else.
 *
 * @param refusal identifies the refusal as the node administrator sees it
 * @param code the stable refusal code answered to the sender
 * @param sender the sending node, when the envelope's signature verified; otherwise {@code null}
 * @param messageId the envelope's message id, when known
 * @param caseId the case the envelope names, when known
 * @param envelopeHash SHA-256 of the body as received
 * @param occurredAt when it was refused
 */
public record InboundEnvelopeRefused(UUID refusal, RefusalCode code, String sender, UUID messageId, UUID caseId,
		String envelopeHash, Instant occurredAt) implements AuditableEvent {

	@Override
	public String auditType() {
		return "exchange.envelope-refused";
	}

	@Override
	public Map<String, String> auditFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("refusal", refusal.toString());
		fields.put("code", code.name());
		fields.put("envelopeHash", envelopeHash);
		if (sender != null) {
			fields.put("sender", sender);
		}
		if (messageId != null) {
			fields.put("messageId", messageId.toString());
		}
		if (caseId != null) {
			fields.put("case", caseId.toString());
		}
		return fields;
	}
}
