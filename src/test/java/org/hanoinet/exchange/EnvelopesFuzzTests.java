package org.hanoinet.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.hanoinet.directory.Node;
import org.hanoinet.directory.NodeKey;
import org.hanoinet.node.NodeKeys;
import org.hanoinet.shared.InvalidValue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;

/**
 * Fuzzes {@link Envelopes#open} with what a peer may send: the bytes as the inbox receives them, and the same bytes as
 * the payload a node of the directory signed with its real key. Each either opens into an envelope that the JDK's own
 * Ed25519 verifies under the sender's directory key, addressed to this node and unexpired, or is refused with an
 * {@link EnvelopeRefused} carrying its stable code; a correctly signed envelope is never refused for its signature.
 */
class EnvelopesFuzzTests {

	static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

	static final String THIS_NODE = "br-node";

	/** Fixed keys, so that the committed seed envelopes keep their valid signatures from run to run. */
	static final SeededNodeKeys PEER = new SeededNodeKeys("HanoiNet fuzzing: the peer node's key");

	static final SeededNodeKeys OWN = new SeededNodeKeys("HanoiNet fuzzing: this node's key");

	/** What the peer's own signature can never be refused for. */
	static final Set<RefusalCode> NOT_FOR_A_GOOD_SIGNATURE = EnumSet.of(RefusalCode.SIGNATURE_INVALID, RefusalCode.UNKNOWN_KEY);

	/** Every well-formed node id is a peer that signs with {@link #PEER}, so the fuzzer need not guess a listed name. */
	final Envelopes inbox = new Envelopes(OWN, EnvelopesFuzzTests::peer, Clock.fixed(NOW, ZoneOffset.UTC));

	@FuzzTest(maxDuration = "15s")
	void opensOnlyEnvelopesItCanVerifyAndRefusesEverythingElseWithAStableCode(byte[] input) {
		String received = new String(input, StandardCharsets.UTF_8);
		open(received, EnumSet.noneOf(RefusalCode.class)).ifPresent(envelope -> assertVerified(received, envelope));

		String signed = signedByPeer(input);
		open(signed, NOT_FOR_A_GOOD_SIGNATURE).ifPresent(envelope -> assertVerified(signed, envelope));
	}

	private Optional<Envelope> open(String compact, Set<RefusalCode> impossible) {
		try {
			return Optional.of(inbox.open(compact, THIS_NODE));
		}
		catch (EnvelopeRefused refused) {
			assertThat(refused.code()).isNotNull().isNotIn(impossible);
			assertThat(refused.getMessage()).isNotBlank();
			return Optional.empty();
		}
	}

	private static void assertVerified(String compact, Envelope envelope) {
		assertThat(envelope.recipient()).isEqualTo(THIS_NODE);
		assertThat(envelope.expiresAt()).isAfter(NOW);
		assertThat(peer(envelope.sender())).isPresent();
		String[] parts = compact.strip().split("\\.", -1);
		assertThat(parts).hasSize(3);
		byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
		assertThat(jdkVerifies(PEER.publicKey(), signingInput, Base64.getUrlDecoder().decode(parts[2])))
			.as("the JDK's Ed25519 accepts the signature of an opened envelope")
			.isTrue();
	}

	private static Optional<Node> peer(String id) {
		try {
			return Optional.of(new Node(id, URI.create("https://peer.example"),
					List.of(NodeKey.of(PEER.rawPublicKey(), NOW.minus(Duration.ofDays(30)))), List.of()));
		}
		catch (InvalidValue notANodeId) {
			return Optional.empty();
		}
	}

	/** The input as the payload of a JWS the peer signed, as {@link Envelopes#seal} would but over any bytes. */
	private static String signedByPeer(byte[] payload) {
		JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(PEER.keyId()).type(Envelopes.TYPE).build(),
				new Payload(payload));
		try {
			jws.sign(Ed25519Jws.signer(PEER));
		}
		catch (JOSEException impossible) {
			throw new IllegalStateException(impossible);
		}
		return jws.serialize();
	}

	private static boolean jdkVerifies(PublicKey key, byte[] data, byte[] signature) {
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(key);
			verifier.update(data);
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException malformed) {
			return false;
		}
	}

	/** A node key derived from a fixed seed (RFC 8032 keys are 32 seed bytes), the same on every run. */
	static final class SeededNodeKeys implements NodeKeys {

		private static final byte[] X509_ED25519_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

		private final Ed25519PrivateKeyParameters privateKey;

		SeededNodeKeys(String seed) {
			try {
				privateKey = new Ed25519PrivateKeyParameters(
						MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8)), 0);
			}
			catch (GeneralSecurityException impossible) {
				throw new IllegalStateException(impossible);
			}
		}

		@Override
		public byte[] sign(byte[] data) {
			Ed25519Signer signer = new Ed25519Signer();
			signer.init(true, privateKey);
			signer.update(data, 0, data.length);
			return signer.generateSignature();
		}

		@Override
		public PublicKey publicKey() {
			byte[] raw = rawPublicKey();
			byte[] encoded = new byte[X509_ED25519_PREFIX.length + raw.length];
			System.arraycopy(X509_ED25519_PREFIX, 0, encoded, 0, X509_ED25519_PREFIX.length);
			System.arraycopy(raw, 0, encoded, X509_ED25519_PREFIX.length, raw.length);
			try {
				return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
			}
			catch (GeneralSecurityException impossible) {
				throw new IllegalStateException(impossible);
			}
		}

		@Override
		public byte[] rawPublicKey() {
			return privateKey.generatePublicKey().getEncoded();
		}

		@Override
		public String keyId() {
			return NodeKey.keyIdOf(rawPublicKey());
		}

		@Override
		public boolean verify(byte[] data, byte[] signature) {
			return jdkVerifies(publicKey(), data, signature);
		}
	}
}
