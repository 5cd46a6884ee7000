package org.hanoinet.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A signed statement by this node that its audit log had {@code treeSize} leaves with root hash
 * {@code rootHash} at {@code issuedAt}. Anyone holding the node's public key can check it, and with a
 * consistency proof check that a later checkpoint only added leaves.
 * <p>
 * The signature is Ed25519 over the UTF-8 bytes of {@link #signedText()}, four lines in the style of a
 * C2SP signed note: {@code hanoinet-audit/<keyId>}, the tree size in decimal, the root hash in standard
 * base64, and the time in ISO-8601 UTC with whole seconds, each ending with a newline.
 *
 * @param treeSize the number of leaves covered
 * @param rootHash the RFC 6962 root hash of those leaves
 * @param issuedAt when the node signed, in whole seconds
 * @param keyId the id of the node key that signed
 * @param signature the 64-byte Ed25519 signature
 */
public record Checkpoint(long treeSize, byte[] rootHash, Instant issuedAt, String keyId, byte[] signature) {

	/** The origin line's prefix, which names what is signed. */
	public static final String ORIGIN = "hanoinet-audit/";

	/** The exact text the signature covers. */
	public String signedText() {
		return signedText(keyId, treeSize, rootHash, issuedAt);
	}

	/** The exact text a checkpoint with these values is signed over. */
	public static String signedText(String keyId, long treeSize, byte[] rootHash, Instant issuedAt) {
		return ORIGIN + keyId + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n" + issuedAt
				+ "\n";
	}

	/** The bytes the signature covers. */
	public byte[] signedBytes() {
		return signedText().getBytes(StandardCharsets.UTF_8);
	}
}
