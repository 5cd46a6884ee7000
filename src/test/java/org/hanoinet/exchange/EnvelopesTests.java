package org.hanoinet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hanoinet.TestNodeKeys;
import org.hanoinet.directory.Node;
import org.hanoinet.directory.NodeKey;
import org.junit.jupiter.api.Test;

/** Sealed envelopes open only on the node they are for, from a known key, intact and in time. */
class EnvelopesTests {

	static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

	final TestNodeKeys vietNamKey = new TestNodeKeys();

	final TestNodeKeys brazilKey = new TestNodeKeys();

	final Map<String, Node> directory = new HashMap<>(Map.of(
			"vn-node", node("vn-node", NodeKey.of(vietNamKey.rawPublicKey(), NOW.minus(Duration.ofDays(30)))),
			"br-node", node("br-node", NodeKey.of(brazilKey.rawPublicKey(), NOW.minus(Duration.ofDays(30))))));

	final Envelopes vietNam = new Envelopes(vietNamKey, id -> Optional.ofNullable(directory.get(id)), clock(NOW));

	final Envelopes brazil = new Envelopes(brazilKey, id -> Optional.ofNullable(directory.get(id)), clock(NOW));

	@Test
	void theRecipientOpensWhatTheSenderSealedUnchanged() {
		Envelope sent = envelope("br-node", NOW.plus(Duration.ofHours(1)));

		Envelope received = brazil.open(vietNam.seal(sent), "br-node");

		assertThat(received).isEqualTo(sent);
	}

	@Test
	void signsTheCanonicalFormSoTheSameEnvelopeAlwaysSealsToTheSameBytes() {
		Envelope sent = envelope("br-node", NOW.plus(Duration.ofHours(1)));

		String first = vietNam.seal(sent);
		String payload = new String(Base64.getUrlDecoder().decode(first.split("\\.")[1]), StandardCharsets.UTF_8);

		assertThat(vietNam.seal(sent)).isEqualTo(first);
		assertThat(payload).startsWith("{\"body\":{").contains("\"from\":\"vn-node\"").doesNotContain(" ");
		assertThat(Envelopes.hash(first)).hasSize(64);
	}

	@Test
	void refusesAChangedPayloadAsAnInvalidSignature() {
		String sealed = vietNam.seal(envelope("br-node", NOW.plus(Duration.ofHours(1))));
		String[] parts = sealed.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("PRESERVATION", "PRESERVATIOM");
		String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
				+ "." + parts[2];

		assertRefused(() -> brazil.open(forged, "br-node"), RefusalCode.SIGNATURE_INVALID);
	}

	@Test
	void refusesAnEnvelopeSignedByAnotherKeyUnderTheSendersKeyId() {
		Envelopes impostor = new Envelopes(new TestNodeKeys() {
			@Override
			public String keyId() {
				return vietNamKey.keyId();
			}
		}, id -> Optional.ofNullable(directory.get(id)), clock(NOW));

		assertRefused(() -> brazil.open(impostor.seal(envelope("br-node", NOW.plus(Duration.ofHours(1)))), "br-node"),
				RefusalCode.SIGNATURE_INVALID);
	}

	@Test
	void refusesAnUnknownSenderAndAnUnknownKey() {
		Envelope fromNowhere = new Envelope(UUID.randomUUID(), "xx-node", "br-node", NOW, NOW.plusSeconds(60),
				MessageKind.PING, Map.of());
		Envelopes stranger = new Envelopes(new TestNodeKeys(), id -> Optional.ofNullable(directory.get(id)), clock(NOW));

		assertRefused(() -> brazil.open(stranger.seal(fromNowhere), "br-node"), RefusalCode.UNKNOWN_SENDER);
		assertRefused(() -> brazil.open(stranger.seal(envelope("br-node", NOW.plusSeconds(60))), "br-node"),
				RefusalCode.UNKNOWN_KEY);
	}

	@Test
	void refusesAKeyThatNoLongerVerifiesAfterItsEnd() {
		NodeKey rotated = new NodeKey(vietNamKey.keyId(), Base64.getUrlEncoder().withoutPadding()
			.encodeToString(vietNamKey.rawPublicKey()), NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofMinutes(1)));
		directory.put("vn-node", node("vn-node", rotated));

		assertRefused(() -> brazil.open(vietNam.seal(envelope("br-node", NOW.plusSeconds(60))), "br-node"),
				RefusalCode.KEY_EXPIRED);
	}

	@Test
	void refusesAnEnvelopeForAnotherNodeAndAnExpiredOne() {
		String forGhana = vietNam.seal(envelope("gh-node", NOW.plusSeconds(60)));
		Envelope old = new Envelope(UUID.randomUUID(), "vn-node", "br-node", NOW.minusSeconds(120), NOW.minusSeconds(60),
				MessageKind.PING, Map.of());

		assertRefused(() -> brazil.open(forGhana, "br-node"), RefusalCode.NOT_ADDRESSED_TO_THIS_NODE);
		assertRefused(() -> brazil.open(vietNam.seal(old), "br-node"), RefusalCode.EXPIRED);
	}

	@Test
	void refusesBodiesThatAreNotEnvelopes() {
		String header = Base64.getUrlEncoder().withoutPadding().encodeToString(
				("{\"alg\":\"EdDSA\",\"kid\":\"" + vietNamKey.keyId() + "\"}").getBytes(StandardCharsets.UTF_8));
		String extraField = Base64.getUrlEncoder().withoutPadding().encodeToString(
				"{\"v\":1,\"id\":\"x\",\"from\":\"vn-node\",\"to\":\"br-node\",\"createdAt\":\"x\",\"expiresAt\":\"x\",\"kind\":\"PING\",\"body\":{},\"more\":1}"
					.getBytes(StandardCharsets.UTF_8));

		for (String body : List.of("", "not a jws", "eyJhbGciOiJIUzI1NiJ9.e30.c2ln", header + "." + extraField + ".c2ln")) {
			assertRefused(() -> brazil.open(body, "br-node"), RefusalCode.SCHEMA_INVALID);
		}
	}

	@Test
	void refusesASignedEnvelopeWithCharactersOutsideBase64urlSoThatWhatIsKeptVerifiesAnywhere() {
		String sealed = vietNam.seal(envelope("br-node", NOW.plusSeconds(60)));
		String padded = sealed.substring(0, sealed.length() - 8) + "\uFFFD\uFFFD" + sealed.substring(sealed.length() - 8);

		assertThat(brazil.open(sealed, "br-node")).isNotNull();
		assertRefused(() -> brazil.open(padded, "br-node"), RefusalCode.SCHEMA_INVALID);
		assertRefused(() -> brazil.open(sealed + "==", "br-node"), RefusalCode.SCHEMA_INVALID);
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable opening, RefusalCode code) {
		assertThatThrownBy(opening).isInstanceOfSatisfying(EnvelopeRefused.class, refused -> {
			assertThat(refused.code()).isEqualTo(code);
			assertThat(refused.getMessage()).isNotBlank();
		});
	}

	private static Envelope envelope(String recipient, Instant expiresAt) {
		return new Envelope(UUID.fromString("8f9b4c1e-2b7a-4c55-9d0e-1a2b3c4d5e6f"), "vn-node", recipient, NOW, expiresAt,
				MessageKind.CASE_EVENT, Map.of("type", "PRESERVATION", "sequence", 1, "act", "APPROVE"));
	}

	private static Node node(String id, NodeKey key) {
		return new Node(id, URI.create("https://" + id + ".example.invalid"), List.of(key), List.of());
	}

	private static Clock clock(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}
}
