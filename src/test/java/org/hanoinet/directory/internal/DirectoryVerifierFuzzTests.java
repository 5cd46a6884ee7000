package org.hanoinet.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.hanoinet.directory.NodeKey;
import org.hanoinet.directory.RefusalReason;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;

/**
 * Fuzzes {@link DirectoryVerifier#verify} with what a node may fetch: any answer of the secretariat's address, and any
 * content signed with the pinned secretariat key. The verifier must always decide, never throw: it accepts only a newer,
 * unexpired version whose signature the JDK's own Ed25519 verifies under the pinned key, and refuses the rest with a
 * reason, never calling a correctly signed document unsigned, forged or signed by another key.
 */
class DirectoryVerifierFuzzTests {

	static final Instant NOW = Instant.parse("2026-11-15T00:00:00Z");

	static final long HELD = 3;

	/** A fixed key, so that the committed seed directories keep their valid signatures from run to run. */
	static final SecretariatKey SECRETARIAT = seeded("HanoiNet fuzzing: the secretariat's key");

	static final Set<RefusalReason> NOT_FOR_A_GOOD_SIGNATURE = EnumSet.of(RefusalReason.UNSIGNED, RefusalReason.OTHER_KEY,
			RefusalReason.TAMPERED);

	/** What precedes a raw Ed25519 key in its X.509 SubjectPublicKeyInfo (RFC 8410), for the JDK's own verifier. */
	static final String X509_ED25519_PREFIX = "302a300506032b6570032100";

	final DirectoryVerifier verifier = new DirectoryVerifier(SECRETARIAT.publicKey());

	@FuzzTest(maxDuration = "15s")
	void acceptsOnlyANewerUnexpiredDirectorySignedByThePinnedKey(byte[] input) {
		String fetched = new String(input, StandardCharsets.UTF_8);
		assertDecided(fetched, verifier.verify(fetched, HELD, NOW), EnumSet.noneOf(RefusalReason.class));

		String signed = signedBySecretariat(input);
		assertDecided(signed, verifier.verify(signed, HELD, NOW), NOT_FOR_A_GOOD_SIGNATURE);
	}

	private static void assertDecided(String body, DirectoryVerifier.Outcome outcome, Set<RefusalReason> impossible) {
		assertThat(outcome).isNotNull();
		switch (outcome) {
			case DirectoryVerifier.Accepted accepted -> {
				assertThat(accepted.document().version()).isGreaterThan(HELD);
				assertThat(accepted.document().expiredAt(NOW)).isFalse();
				assertThat(accepted.signed().version()).isEqualTo(accepted.document().version());
				assertThat(accepted.signed().jws()).isEqualTo(body.strip());
				assertThat(jdkVerifies(accepted.signed().jws()))
					.as("the JDK's Ed25519 accepts the signature of an accepted directory")
					.isTrue();
			}
			case DirectoryVerifier.Unchanged unchanged -> assertThat(unchanged.version()).isEqualTo(HELD);
			case DirectoryVerifier.Refused refused -> {
				assertThat(refused.reason()).isNotNull().isNotIn(impossible);
				assertThat(refused.detail()).isNotBlank();
			}
		}
	}

	/** The input as the payload of a JWS the secretariat signed, as {@link DirectorySigner} would but over any bytes. */
	private static String signedBySecretariat(byte[] payload) {
		JWSObject jws = new JWSObject(
				new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(SECRETARIAT.keyId()).type(DirectorySigner.TYPE).build(),
				new Payload(payload));
		try {
			jws.sign(new Ed25519Signer(SECRETARIAT.privateKey()));
		}
		catch (JOSEException impossible) {
			throw new IllegalStateException(impossible);
		}
		return jws.serialize();
	}

	private static boolean jdkVerifies(String compact) {
		String[] parts = compact.split("\\.", -1);
		assertThat(parts).hasSize(3);
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			byte[] pinned = HexFormat.of().parseHex(X509_ED25519_PREFIX + HexFormat.of().formatHex(SECRETARIAT.publicKey().getX().decode()));
			verifier.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(pinned)));
			verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
			return verifier.verify(Base64.getUrlDecoder().decode(parts[2]));
		}
		catch (GeneralSecurityException malformed) {
			return false;
		}
	}

	/** A secretariat key derived from a fixed seed (RFC 8032 keys are 32 seed bytes), the same on every run. */
	private static SecretariatKey seeded(String seed) {
		try {
			byte[] d = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
			byte[] x = new Ed25519PrivateKeyParameters(d, 0).generatePublicKey().getEncoded();
			return SecretariatKey.of(new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(x)).d(Base64URL.encode(d))
				.keyID(NodeKey.keyIdOf(x))
				.build());
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
