package org.hanoinet.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.DirectoryDocument;
import org.hanoinet.directory.DirectoryFixtures;
import org.hanoinet.directory.Node;
import org.hanoinet.directory.NodeKey;
import org.hanoinet.directory.RefusalReason;
import org.hanoinet.directory.SignedDirectory;
import org.junit.jupiter.api.Test;

class DirectoryVerifierTests {

	static final Instant ISSUED = Instant.parse("2026-11-01T00:00:00Z");

	final SecretariatKey secretariat = key();

	final DirectoryVerifier verifier = new DirectoryVerifier(secretariat.publicKey());

	@Test
	void acceptsANewerVersionSignedByThePinnedKey() {
		String jws = DirectorySigner.sign(document(3), secretariat).jws();

		var outcome = verifier.verify(jws, 2, ISSUED.plusSeconds(60));

		assertThat(outcome).isInstanceOfSatisfying(DirectoryVerifier.Accepted.class,
				accepted -> assertThat(accepted.document().authorities()).hasSize(1));
	}

	@Test
	void refusesADirectoryWithOneByteChanged() {
		String jws = DirectorySigner.sign(document(3), secretariat).jws();
		int middleOfPayload = jws.indexOf('.') + (jws.lastIndexOf('.') - jws.indexOf('.')) / 2;
		char changed = jws.charAt(middleOfPayload) == 'A' ? 'B' : 'A';
		String tampered = jws.substring(0, middleOfPayload) + changed + jws.substring(middleOfPayload + 1);

		assertThat(reason(verifier.verify(tampered, 0, ISSUED))).isEqualTo(RefusalReason.TAMPERED);
	}

	@Test
	void refusesADirectorySignedByAnotherKey() {
		String jws = DirectorySigner.sign(document(3), key()).jws();

		assertThat(reason(verifier.verify(jws, 0, ISSUED))).isEqualTo(RefusalReason.OTHER_KEY);
	}

	@Test
	void refusesAnotherKeyEvenWhenItClaimsThePinnedKeyId() {
		OctetKeyPair impostor = new OctetKeyPair.Builder(key().privateKey()).keyID(secretariat.keyId()).build();
		String jws = DirectorySigner.sign(document(3), SecretariatKey.of(impostor)).jws();

		assertThat(reason(verifier.verify(jws, 0, ISSUED))).isEqualTo(RefusalReason.TAMPERED);
	}

	@Test
	void whileTheSecretariatRotatesItsKeyBothPinnedKeysAreAcceptedAndNoOther() {
		SecretariatKey next = key();
		DirectoryVerifier duringRotation = new DirectoryVerifier(List.of(secretariat.publicKey(), next.publicKey()));

		assertThat(duringRotation.verify(DirectorySigner.sign(document(3), secretariat).jws(), 0, ISSUED))
			.isInstanceOf(DirectoryVerifier.Accepted.class);
		assertThat(duringRotation.verify(DirectorySigner.sign(document(4), next).jws(), 3, ISSUED))
			.isInstanceOf(DirectoryVerifier.Accepted.class);
		assertThat(reason(duringRotation.verify(DirectorySigner.sign(document(5), key()).jws(), 4, ISSUED)))
			.isEqualTo(RefusalReason.OTHER_KEY);
	}

	@Test
	void refusesAReplayedOlderVersion() {
		String old = DirectorySigner.sign(document(2), secretariat).jws();

		assertThat(reason(verifier.verify(old, 3, ISSUED))).isEqualTo(RefusalReason.OLDER_VERSION);
	}

	@Test
	void refusesAnExpiredVersion() {
		String jws = DirectorySigner.sign(document(3), secretariat).jws();

		assertThat(reason(verifier.verify(jws, 0, ISSUED.plus(Duration.ofDays(30))))).isEqualTo(RefusalReason.EXPIRED);
	}

	@Test
	void refusesASignedDirectoryWithoutAnExpiryAsMalformed() throws com.nimbusds.jose.JOSEException {
		com.nimbusds.jose.JWSObject jws = new com.nimbusds.jose.JWSObject(
				new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.EdDSA).keyID(secretariat.keyId()).build(),
				new com.nimbusds.jose.Payload("{\"format\":\"hanoinet-directory/1\",\"version\":4}"));
		jws.sign(new com.nimbusds.jose.crypto.Ed25519Signer(secretariat.privateKey()));

		assertThat(reason(verifier.verify(jws.serialize(), 3, ISSUED))).isEqualTo(RefusalReason.MALFORMED);
	}

	@Test
	void refusesACorrectlySignedDirectoryWithCharactersOutsideBase64url() {
		String jws = DirectorySigner.sign(document(3), secretariat).jws();
		String padded = jws.substring(0, jws.length() - 8) + "\u0001" + jws.substring(jws.length() - 8);

		assertThat(verifier.verify(jws, 2, ISSUED)).isInstanceOf(DirectoryVerifier.Accepted.class);
		assertThat(reason(verifier.verify(padded, 2, ISSUED))).isEqualTo(RefusalReason.MALFORMED);
	}

	@Test
	void refusesAnUnsignedDirectory() {
		String json = new String(DirectoryCodec.canonicalJson(document(3)), java.nio.charset.StandardCharsets.UTF_8);
		String algNone = new com.nimbusds.jose.PlainObject(new com.nimbusds.jose.Payload(json)).serialize();

		assertThat(reason(verifier.verify(json, 0, ISSUED))).isEqualTo(RefusalReason.UNSIGNED);
		assertThat(reason(verifier.verify(algNone, 0, ISSUED))).isEqualTo(RefusalReason.UNSIGNED);
	}

	@Test
	void theSameContentAlwaysYieldsTheSameCanonicalBytes() {
		DirectoryDocument document = document(7);

		byte[] json = DirectoryCodec.canonicalJson(document);

		assertThat(DirectoryCodec.canonicalize(json)).isEqualTo(json);
		assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).startsWith("{\"authorities\":[{");
		assertThat(DirectoryCodec.read(json)).isEqualTo(document);
	}

	@Test
	void theSecretariatRenewsAVersionOnceHalfItsValidityHasPassed() {
		SignedDirectory latest = DirectorySigner.sign(document(3), secretariat);
		Clock issued = Clock.fixed(ISSUED, ZoneOffset.UTC);

		assertThat(SigningSecretariat.dueForRenewal(latest, Clock.offset(issued, Duration.ofDays(15).minusSeconds(1)).instant())).isFalse();
		assertThat(SigningSecretariat.dueForRenewal(latest, Clock.offset(issued, Duration.ofDays(15)).instant())).isTrue();
	}

	private DirectoryDocument document(long version) {
		Authority authority = DirectoryFixtures.centralAuthority("VN");
		NodeKey nodeKey = NodeKey.of(key().publicKey().getX().decode(), ISSUED.minusSeconds(3600));
		Node node = new Node("vn-node", URI.create("https://hanoinet.vn.example"), List.of(nodeKey), List.of(authority.id()));
		return new DirectoryDocument(version, ISSUED, ISSUED.plus(Duration.ofDays(30)), List.of(authority), List.of(node));
	}

	private static RefusalReason reason(DirectoryVerifier.Outcome outcome) {
		assertThat(outcome).isInstanceOf(DirectoryVerifier.Refused.class);
		return ((DirectoryVerifier.Refused) outcome).reason();
	}

	private static SecretariatKey key() {
		try {
			OctetKeyPair pair = new OctetKeyPairGenerator(Curve.Ed25519).generate();
			return SecretariatKey.of(new OctetKeyPair.Builder(pair).keyID(NodeKey.keyIdOf(pair.getX().decode())).build());
		}
		catch (com.nimbusds.jose.JOSEException failed) {
			throw new IllegalStateException(failed);
		}
	}
}
