package org.hanoinet.duty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.UUID;

import org.hanoinet.node.NodeKeys;
import org.junit.jupiter.api.Test;

class AcknowledgementLinksTests {

	static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

	final AcknowledgementLinks links = new AcknowledgementLinks(new TestKeys());

	final UUID notice = UUID.randomUUID();

	@Test
	void aLinkLeadsToItsNoticeUntilItExpires() {
		String token = links.token(notice, NOW.plusSeconds(3600));

		assertThat(links.verify(token, NOW)).contains(notice);
		assertThat(links.verify(token, NOW.plusSeconds(3599))).contains(notice);
		assertThat(links.verify(token, NOW.plusSeconds(3600))).isEmpty();
	}

	@Test
	void aLinkWithAnotherNoticeOrALaterExpiryIsRefused() {
		String token = links.token(notice, NOW.plusSeconds(3600));
		String[] parts = token.split("\\.");

		String otherNotice = UUID.randomUUID() + "." + parts[1] + "." + parts[2];
		String extended = parts[0] + "." + (Long.parseLong(parts[1]) + 86400) + "." + parts[2];

		assertThat(links.verify(otherNotice, NOW)).isEmpty();
		assertThat(links.verify(extended, NOW)).isEmpty();
		assertThat(links.verify("not a token", NOW)).isEmpty();
		assertThat(links.verify(null, NOW)).isEmpty();
	}

	/** An Ed25519 key of the test's own, in place of the node's key file. */
	static final class TestKeys implements NodeKeys {

		private final KeyPair pair;

		TestKeys() {
			try {
				pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			}
			catch (GeneralSecurityException unavailable) {
				throw new IllegalStateException(unavailable);
			}
		}

		@Override
		public byte[] sign(byte[] data) {
			try {
				Signature signature = Signature.getInstance("Ed25519");
				signature.initSign(pair.getPrivate());
				signature.update(data);
				return signature.sign();
			}
			catch (GeneralSecurityException failed) {
				throw new IllegalStateException(failed);
			}
		}

		@Override
		public PublicKey publicKey() {
			return pair.getPublic();
		}

		@Override
		public byte[] rawPublicKey() {
			throw new UnsupportedOperationException();
		}

		@Override
		public String keyId() {
			return "test";
		}

		@Override
		public boolean verify(byte[] data, byte[] signature) {
			try {
				Signature verifier = Signature.getInstance("Ed25519");
				verifier.initVerify(pair.getPublic());
				verifier.update(data);
				return verifier.verify(signature);
			}
			catch (GeneralSecurityException failed) {
				return false;
			}
		}
	}
}
