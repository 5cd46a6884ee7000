package org.hanoinet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** After a key rotation, messages signed with the old key verify until its end time, and not after. */
class KeyRotationTests {

	static final Instant ROTATED = Instant.parse("2026-11-20T12:00:00Z");

	static final Instant OLD_KEY_ENDS = ROTATED.plus(Duration.ofHours(48));

	final KeyPair oldKey = generate();

	final KeyPair newKey = generate();

	final byte[] message = "{\"case\":\"preservation\"}".getBytes(StandardCharsets.UTF_8);

	final DirectoryDocument directory = directoryAfterRotation();

	@Test
	void aMessageSignedWithTheOldKeyVerifiesUntilTheOldKeyEnds() {
		Clock clock = Clock.fixed(OLD_KEY_ENDS.minusSeconds(1), ZoneOffset.UTC);

		assertThat(verifies(oldKey, clock)).isTrue();
		assertThat(verifies(newKey, clock)).isTrue();
	}

	@Test
	void aMessageSignedWithTheOldKeyNoLongerVerifiesAfterItsEnd() {
		Clock clock = Clock.offset(Clock.fixed(OLD_KEY_ENDS.minusSeconds(1), ZoneOffset.UTC), Duration.ofSeconds(1));

		assertThat(verifies(oldKey, clock)).isFalse();
		assertThat(verifies(newKey, clock)).isTrue();
	}

	@Test
	void aSignatureByAKeyTheDirectoryDoesNotListNeverVerifies() {
		KeyPair stranger = generate();
		byte[] signature = sign(stranger, message);

		assertThat(directory.verifiesNodeSignature("vn-node", keyId(oldKey), message, signature, ROTATED)).isFalse();
	}

	private boolean verifies(KeyPair key, Clock clock) {
		return directory.verifiesNodeSignature("vn-node", keyId(key), message, sign(key, message), clock.instant());
	}

	private DirectoryDocument directoryAfterRotation() {
		NodeKey old = NodeKey.of(raw(oldKey), ROTATED.minus(Duration.ofDays(365))).endingAt(OLD_KEY_ENDS);
		NodeKey fresh = NodeKey.of(raw(newKey), ROTATED);
		Node node = new Node("vn-node", URI.create("https://hanoinet.vn.example"), List.of(old, fresh), List.of());
		return new DirectoryDocument(5, ROTATED, ROTATED.plus(Duration.ofDays(30)), List.of(), List.of(node));
	}

	private static String keyId(KeyPair key) {
		return NodeKey.keyIdOf(raw(key));
	}

	private static byte[] raw(KeyPair key) {
		byte[] encoded = key.getPublic().getEncoded();
		return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
	}

	private static byte[] sign(KeyPair key, byte[] data) {
		try {
			Signature signer = Signature.getInstance("Ed25519");
			signer.initSign(key.getPrivate());
			signer.update(data);
			return signer.sign();
		}
		catch (java.security.GeneralSecurityException failed) {
			throw new IllegalStateException(failed);
		}
	}

	private static KeyPair generate() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (java.security.NoSuchAlgorithmException failed) {
			throw new IllegalStateException(failed);
		}
	}
}
