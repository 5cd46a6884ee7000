package org.hanoinet.directory;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.InvalidValue;

/**
 * One version of the directory, as the secretariat signed it: every designated authority and every node
 * with its keys. A node trusts a sender because this document, signed by the secretariat, lists the key.
 *
 * @param version strictly increasing with each publication
 * @param issuedAt when the secretariat issued it
 * @param expiresAt after which no node may rely on it
 * @param authorities the authorities designated at issue time (or later)
 * @param nodes the nodes, their endpoints and keys
 */
public record DirectoryDocument(long version, Instant issuedAt, Instant expiresAt, List<Authority> authorities,
		List<Node> nodes) {

	private static final byte[] X509_ED25519_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

	public DirectoryDocument {
		if (issuedAt == null || expiresAt == null) {
			throw new InvalidValue("expiresAt", "A directory needs the time it was issued and the time until which nodes may rely on it.");
		}
		authorities = List.copyOf(authorities);
		nodes = List.copyOf(nodes);
	}

	public boolean expiredAt(Instant instant) {
		return !instant.isBefore(expiresAt);
	}

	public Optional<Node> node(String id) {
		return nodes.stream().filter(node -> node.id().equals(id)).findFirst();
	}

	public Optional<Authority> authority(AuthorityId id) {
		return authorities.stream().filter(authority -> authority.id().equals(id)).findFirst();
	}

	/**
	 * Whether {@code signature} over {@code data} was made by the node's key {@code keyId} and that key is
	 * accepted at {@code instant}: a rotated key verifies until its end time, and not after.
	 */
	public boolean verifiesNodeSignature(String nodeId, String keyId, byte[] data, byte[] signature, Instant instant) {
		return node(nodeId).flatMap(node -> node.key(keyId))
			.filter(key -> key.validAt(instant))
			.map(key -> ed25519Verifies(key.raw(), data, signature))
			.orElse(false);
	}

	private static boolean ed25519Verifies(byte[] rawKey, byte[] data, byte[] signature) {
		try {
			byte[] encoded = new byte[X509_ED25519_PREFIX.length + rawKey.length];
			System.arraycopy(X509_ED25519_PREFIX, 0, encoded, 0, X509_ED25519_PREFIX.length);
			System.arraycopy(rawKey, 0, encoded, X509_ED25519_PREFIX.length, rawKey.length);
			PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(key);
			verifier.update(data);
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException malformed) {
			return false;
		}
	}
}
