package org.hanoinet.duty.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.hanoinet.node.NodeKeys;
import org.springframework.stereotype.Component;

/**
 * The one-time acknowledgement links of alert messages: the notice and the expiry, signed with the node's
 * Ed25519 key, so a link cannot be forged or extended; the notice records its first use, so it works once.
 */
@Component
public class AcknowledgementLinks {

	private static final String CONTEXT = "hanoinet-duty-acknowledgement:";

	private final NodeKeys keys;

	AcknowledgementLinks(NodeKeys keys) {
		this.keys = keys;
	}

	/** A token for the notice, valid until {@code expires}. */
	public String token(UUID notice, Instant expires) {
		String payload = notice + "." + expires.getEpochSecond();
		byte[] signature = keys.sign((CONTEXT + payload).getBytes(StandardCharsets.UTF_8));
		return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
	}

	/** The notice a token was signed for, if the signature is the node's and it has not expired at {@code now}. */
	public Optional<UUID> verify(String token, Instant now) {
		if (token == null) {
			return Optional.empty();
		}
		String[] parts = token.strip().split("\\.");
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			UUID notice = UUID.fromString(parts[0]);
			long expires = Long.parseLong(parts[1]);
			byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
			boolean signed = keys.verify((CONTEXT + parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8), signature);
			if (!signed || now.getEpochSecond() >= expires) {
				return Optional.empty();
			}
			return Optional.of(notice);
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}
}
