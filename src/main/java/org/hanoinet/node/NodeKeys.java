package org.hanoinet.node;

import java.security.PublicKey;

/**
 * The node's own Ed25519 signing key, generated on first start in the data directory and never exported.
 * Its public half is published in the directory so that other nodes, auditors and courts can verify what
 * this node signed: envelopes, receipts and audit checkpoints.
 */
public interface NodeKeys {

	/** Signs {@code data} with the node's private key (Ed25519, RFC 8032); the signature is 64 bytes. */
	byte[] sign(byte[] data);

	/** The public half of the signing key. */
	PublicKey publicKey();

	/** The raw 32-byte Ed25519 public key, as carried in a JWK ({@code x}) or a directory entry. */
	byte[] rawPublicKey();

	/** Short, stable identifier of the key: the first 16 bytes of SHA-256 over the raw public key, base64url. */
	String keyId();

	/** Whether {@code signature} is this node's signature over {@code data}. */
	boolean verify(byte[] data, byte[] signature);
}
