package org.hanoinet.exchange;

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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.hanoinet.directory.Node;
import org.hanoinet.directory.NodeKey;
import org.hanoinet.node.NodeKeys;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.google.crypto.tink.subtle.Ed25519Sign;
import com.google.crypto.tink.subtle.Ed25519Verify;

/**
 * The Ed25519 implementations at hand, signing and verifying a message of an envelope's size, and a whole
 * envelope sealed and opened. Every delivery costs two signatures and two verifications (envelope and
 * receipt), so the fastest one belongs on the hot path: the figures chose BouncyCastle.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class Ed25519Benchmark {

	static final byte[] MESSAGE = ("eyJhbGciOiJFZERTQSIsImtpZCI6IngifQ." + "x".repeat(900)).getBytes(StandardCharsets.US_ASCII);

	KeyPair jdkPair;

	byte[] jdkSignature;

	Ed25519Sign tinkSigner;

	Ed25519Verify tinkVerifier;

	byte[] tinkSignature;

	Ed25519PrivateKeyParameters bcPrivate;

	Ed25519PublicKeyParameters bcPublic;

	byte[] bcSignature;

	Envelopes sender;

	Envelopes receiver;

	Envelope envelope;

	String sealed;

	@Setup
	public void keys() throws Exception {
		jdkPair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		jdkSignature = jdkSign();
		bcPrivate = (Ed25519PrivateKeyParameters) PrivateKeyFactory.createKey(jdkPair.getPrivate().getEncoded());
		bcPublic = bcPrivate.generatePublicKey();
		bcSignature = bcSign();
		tinkSigner = new Ed25519Sign(bcPrivate.getEncoded());
		tinkVerifier = new Ed25519Verify(bcPublic.getEncoded());
		tinkSignature = tinkSigner.sign(MESSAGE);

		NodeKeys nodeKey = new NodeKeys() {
			@Override
			public byte[] sign(byte[] data) {
				Ed25519Signer signer = new Ed25519Signer();
				signer.init(true, bcPrivate);
				signer.update(data, 0, data.length);
				return signer.generateSignature();
			}

			@Override
			public java.security.PublicKey publicKey() {
				return jdkPair.getPublic();
			}

			@Override
			public byte[] rawPublicKey() {
				return bcPublic.getEncoded();
			}

			@Override
			public String keyId() {
				return NodeKey.of(rawPublicKey(), Instant.EPOCH).keyId();
			}

			@Override
			public boolean verify(byte[] data, byte[] signature) {
				return false;
			}
		};
		Instant now = Instant.parse("2026-11-23T03:00:00Z");
		Node node = new Node("vn-node", URI.create("https://vn.example.invalid"),
				List.of(NodeKey.of(bcPublic.getEncoded(), now.minus(Duration.ofDays(1)))), List.of());
		Clock clock = Clock.fixed(now, ZoneOffset.UTC);
		sender = new Envelopes(nodeKey, id -> Optional.of(node), clock);
		receiver = new Envelopes(nodeKey, id -> Optional.of(node), clock);
		envelope = new Envelope(UUID.randomUUID(), "vn-node", "br-node", now, now.plusSeconds(3600), MessageKind.CASE_EVENT,
				Map.of("case", UUID.randomUUID().toString(), "sequence", 3, "act", "APPROVE", "type", "PRESERVATION",
						"previousHash", "ab".repeat(32), "details", Map.of("urgency", "URGENT")));
		sealed = sender.seal(envelope);
	}

	@Benchmark
	public byte[] jdkSign() throws Exception {
		Signature signer = Signature.getInstance("Ed25519");
		signer.initSign(jdkPair.getPrivate());
		signer.update(MESSAGE);
		return signer.sign();
	}

	@Benchmark
	public boolean jdkVerify() throws Exception {
		Signature verifier = Signature.getInstance("Ed25519");
		verifier.initVerify(jdkPair.getPublic());
		verifier.update(MESSAGE);
		return verifier.verify(jdkSignature);
	}

	@Benchmark
	public byte[] tinkSign() throws Exception {
		return tinkSigner.sign(MESSAGE);
	}

	@Benchmark
	public boolean tinkVerify() {
		try {
			tinkVerifier.verify(tinkSignature, MESSAGE);
			return true;
		}
		catch (java.security.GeneralSecurityException invalid) {
			return false;
		}
	}

	@Benchmark
	public byte[] bouncyCastleSign() {
		Ed25519Signer signer = new Ed25519Signer();
		signer.init(true, bcPrivate);
		signer.update(MESSAGE, 0, MESSAGE.length);
		return signer.generateSignature();
	}

	@Benchmark
	public boolean bouncyCastleVerify() {
		Ed25519Signer verifier = new Ed25519Signer();
		verifier.init(false, bcPublic);
		verifier.update(MESSAGE, 0, MESSAGE.length);
		return verifier.verifySignature(bcSignature);
	}

	@Benchmark
	public String sealEnvelope() {
		return sender.seal(envelope);
	}

	@Benchmark
	public Envelope openEnvelope() {
		return receiver.open(sealed, "br-node");
	}

	byte[] bcSign() {
		return Arrays.copyOf(bouncyCastleSign(), 64);
	}
}
