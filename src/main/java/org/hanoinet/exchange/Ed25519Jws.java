package org.hanoinet.exchange;

import java.util.Set;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.hanoinet.node.NodeKeys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;

/**
 * The EdDSA (Ed25519) signer and verifier that nimbus-jose-jwt uses for envelopes. Signing goes through the
 * node's key, which never leaves the node module; verification uses BouncyCastle's Ed25519, measured here
 * as the fastest of the three implementations at hand (see {@code Ed25519Benchmark}). nimbus keeps the JWS
 * framing; the curve arithmetic is BouncyCastle's or the JDK's, never ours.
 */
final class Ed25519Jws {

	private static final Set<JWSAlgorithm> EDDSA = Set.of(JWSAlgorithm.EdDSA);

	private Ed25519Jws() {
	}

	/** Signs with the node's own key. */
	static JWSSigner signer(NodeKeys keys) {
		return new JWSSigner() {

			private final JCAContext context = new JCAContext();

			@Override
			public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
				if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm())) {
					throw new JOSEException("Envelopes are signed with EdDSA only");
				}
				return Base64URL.encode(keys.sign(signingInput));
			}

			@Override
			public Set<JWSAlgorithm> supportedJWSAlgorithms() {
				return EDDSA;
			}

			@Override
			public JCAContext getJCAContext() {
				return context;
			}
		};
	}

	/** Verifies with the raw 32-byte public key of the sending node. */
	static JWSVerifier verifier(byte[] rawPublicKey) {
		Ed25519PublicKeyParameters key = new Ed25519PublicKeyParameters(rawPublicKey, 0);
		return new JWSVerifier() {

			private final JCAContext context = new JCAContext();

			@Override
			public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) {
				if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm())) {
					return false;
				}
				Ed25519Signer verifier = new Ed25519Signer();
				verifier.init(false, key);
				verifier.update(signingInput, 0, signingInput.length);
				return verifier.verifySignature(signature.decode());
			}

			@Override
			public Set<JWSAlgorithm> supportedJWSAlgorithms() {
				return EDDSA;
			}

			@Override
			public JCAContext getJCAContext() {
				return context;
			}
		};
	}
}
