package org.hanoinet.directory;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import org.hanoinet.shared.InvalidValue;

/**
 * An Ed25519 public key of a node, as the directory publishes it, with the period in which signatures made
 * with it are accepted. After a rotation the old key stays valid until its end, so messages in flight still
 * verify.
 *
 * @param keyId the first 16 bytes of SHA-256 over the raw key, base64url (as {@code org.hanoinet.node.NodeKeys#keyId()})
 * @param publicKey the raw 32-byte public key, base64url without padding (a JWK's {@code x})
 * @param validFrom from when signatures with it are accepted
 * @param validTo until when they are accepted, or {@code null} while it is the current key
 */
public record NodeKey(String keyId, String publicKey, Instant validFrom, Instant validTo) {

	public NodeKey {
		byte[] raw = decode(publicKey);
		if (keyId == null || !keyId.equals(keyIdOf(raw))) {
			throw new InvalidValue("keyId", "The key id '" + keyId + "' does not match the public key.");
		}
		if (validFrom == null) {
			throw new InvalidValue("validFrom", "A node key needs the time from which it is valid.");
		}
		if (validTo != null && !validTo.isAfter(validFrom)) {
			throw new InvalidValue("validTo", "A node key cannot stop being valid before it starts.");
		}
	}

	/** A key whose id is computed from the raw public key. */
	public static NodeKey of(byte[] rawPublicKey, Instant validFrom) {
		String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(rawPublicKey);
		return new NodeKey(keyIdOf(rawPublicKey), encoded, validFrom, null);
	}

	/** Whether signatures made with this key are accepted at {@code instant}. */
	public boolean validAt(Instant instant) {
		return !instant.isBefore(validFrom) && (validTo == null || instant.isBefore(validTo));
	}

	public NodeKey endingAt(Instant end) {
		return new NodeKey(keyId, publicKey, validFrom, end);
	}

	/** The raw 32-byte key. */
	public byte[] raw() {
		return decode(publicKey);
	}

	/** The key id of a raw Ed25519 public key. */
	public static String keyIdOf(byte[] rawPublicKey) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawPublicKey);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static byte[] decode(String publicKey) {
		byte[] raw;
		try {
			raw = publicKey == null ? new byte[0] : Base64.getUrlDecoder().decode(publicKey);
		}
		catch (IllegalArgumentException notBase64) {
			raw = new byte[0];
		}
		if (raw.length != 32) {
			throw new InvalidValue("publicKey", "A node key must be a raw 32-byte Ed25519 public key in base64url.");
		}
		return raw;
	}
}
