package org.hanoinet.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash functions of an RFC 6962 / RFC 9162 Merkle tree over SHA-256: a leaf is hashed as
 * {@code SHA-256(0x00 || leaf)}, an interior node as {@code SHA-256(0x01 || left || right)}, and the empty tree
 * as {@code SHA-256("")}. The distinct prefixes keep a leaf from ever passing for an interior node.
 */
public final class TreeHashes {

	/** Length in bytes of every hash of the tree. */
	public static final int LENGTH = 32;

	private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", impossible);
		}
	});

	private TreeHashes() {
	}

	/** The root hash of the tree with no leaves: SHA-256 of the empty string. */
	public static byte[] emptyRoot() {
		MessageDigest digest = SHA_256.get();
		digest.reset();
		return digest.digest();
	}

	/** {@code SHA-256(0x00 || leaf)}: the hash of one leaf. */
	public static byte[] leafHash(byte[] leaf) {
		MessageDigest digest = SHA_256.get();
		digest.reset();
		digest.update((byte) 0x00);
		digest.update(leaf);
		return digest.digest();
	}

	/** {@code SHA-256(0x01 || left || right)}: the hash of an interior node. */
	public static byte[] interiorHash(byte[] left, byte[] right) {
		MessageDigest digest = SHA_256.get();
		digest.reset();
		digest.update((byte) 0x01);
		digest.update(left);
		digest.update(right);
		return digest.digest();
	}

	/** The largest power of two strictly smaller than {@code n} (n &gt; 1): where RFC 6962 splits a tree of n leaves. */
	public static long split(long n) {
		if (n < 2) {
			throw new IllegalArgumentException("Only a tree of two or more leaves is split, not " + n);
		}
		return Long.highestOneBit(n - 1);
	}

	/** Lower-case hexadecimal form of a hash. */
	public static String hex(byte[] hash) {
		return java.util.HexFormat.of().formatHex(hash);
	}
}
