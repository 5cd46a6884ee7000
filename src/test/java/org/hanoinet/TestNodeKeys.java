package org.hanoinet;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;

import org.hanoinet.directory.NodeKey;
import org.hanoinet.node.NodeKeys;

/** A fresh Ed25519 key held in memory, standing in for a node's key file in tests of signatures. */
public class TestNodeKeys implements NodeKeys {

	private final KeyPair pair;

	public TestNodeKeys() {
		try {
			pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	@Override
	public byte[] sign(byte[] data) {
		try {
			Signature signer = Signature.getInstance("Ed25519");
			signer.initSign(pair.getPrivate());
			signer.update(data);
			return signer.sign();
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	@Override
	public PublicKey publicKey() {
		return pair.getPublic();
	}

	@Override
	public byte[] rawPublicKey() {
		byte[] encoded = pair.getPublic().getEncoded();
		return Arrays.copyOfRange(encoded, 12, encoded.length);
	}

	@Override
	public String keyId() {
		return NodeKey.of(rawPublicKey(), java.time.Instant.EPOCH).keyId();
	}

	@Override
	public boolean verify(byte[] data, byte[] signature) {
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(pair.getPublic());
			verifier.update(data);
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException malformed) {
			return false;
		}
	}
}
