package org.hanoinet.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An append-only Merkle tree of the shape of RFC 6962 section 2.1, held in memory: it keeps the hash of
 * every complete, aligned subtree (2<sup>k</sup> leaves starting at a multiple of 2<sup>k</sup>), so a root,
 * an inclusion path or a consistency proof for any tree size up to the current one costs O(log² n) hashes
 * however many leaves there are. Memory is about 64 bytes per leaf.
 * <p>
 * Thread-safe: appends and reads may come from different threads.
 */
public final class MerkleTree {

	/** levels[k] holds the hashes of the complete subtrees of 2^k leaves, one after the other. */
	private final byte[][] levels = new byte[63][];

	private long size;

	/** The number of leaves. */
	public synchronized long size() {
		return size;
	}

	/** Appends the leaf whose RFC 6962 leaf hash is {@code leafHash}; returns its index. */
	public synchronized long append(byte[] leafHash) {
		if (leafHash.length != TreeHashes.LENGTH) {
			throw new IllegalArgumentException("A leaf hash has 32 bytes, not " + leafHash.length);
		}
		long index = size;
		store(0, index, leafHash);
		byte[] hash = leafHash;
		long position = index;
		int level = 0;
		while ((position & 1) == 1) {
			hash = TreeHashes.interiorHash(stored(level, position - 1), hash);
			level++;
			position >>>= 1;
			store(level, position, hash);
		}
		size = index + 1;
		return index;
	}

	/** The leaf hash of the leaf at {@code index}. */
	public synchronized byte[] leafHash(long index) {
		checkIndex(index, size, "leaf index");
		return stored(0, index);
	}

	/** The root hash of the whole tree. */
	public synchronized byte[] rootHash() {
		return rootHash(size);
	}

	/** The root hash of the tree formed by the first {@code treeSize} leaves (MTH of RFC 6962 §2.1). */
	public synchronized byte[] rootHash(long treeSize) {
		checkSize(treeSize);
		return hash(0, treeSize);
	}

	/**
	 * The audit path of the leaf at {@code leafIndex} in the tree of the first {@code treeSize} leaves
	 * (PATH of RFC 6962 §2.1.1), from the leaf's sibling up to the root's child.
	 */
	public synchronized List<byte[]> inclusionPath(long leafIndex, long treeSize) {
		checkSize(treeSize);
		checkIndex(leafIndex, treeSize, "leaf index");
		List<byte[]> path = new ArrayList<>();
		path(leafIndex, 0, treeSize, path);
		return path;
	}

	/**
	 * The proof that the tree of the first {@code first} leaves is a prefix of the tree of the first
	 * {@code second} leaves (PROOF of RFC 6962 §2.1.2); empty when the sizes are equal or the first is zero.
	 */
	public synchronized List<byte[]> consistencyProof(long first, long second) {
		checkSize(second);
		if (first < 0 || first > second) {
			throw new IllegalArgumentException("The first tree size " + first + " must be between 0 and the second, " + second);
		}
		List<byte[]> proof = new ArrayList<>();
		if (first > 0 && first < second) {
			subproof(first, 0, second, true, proof);
		}
		return proof;
	}

	/** PATH(m, D[start:end]); m is relative to start. */
	private void path(long m, long start, long end, List<byte[]> path) {
		long n = end - start;
		if (n <= 1) {
			return;
		}
		long k = TreeHashes.split(n);
		if (m < k) {
			path(m, start, start + k, path);
			path.add(hash(start + k, end));
		}
		else {
			path(m - k, start + k, end, path);
			path.add(hash(start, start + k));
		}
	}

	/** SUBPROOF(m, D[start:end], b). */
	private void subproof(long m, long start, long end, boolean completeSubtree, List<byte[]> proof) {
		long n = end - start;
		if (m == n) {
			if (!completeSubtree) {
				proof.add(hash(start, end));
			}
			return;
		}
		long k = TreeHashes.split(n);
		if (m <= k) {
			subproof(m, start, start + k, completeSubtree, proof);
			proof.add(hash(start + k, end));
		}
		else {
			subproof(m - k, start + k, end, false, proof);
			proof.add(hash(start, start + k));
		}
	}

	/** MTH(D[start:end]), read from the stored complete subtrees where the range is one. */
	private byte[] hash(long start, long end) {
		long n = end - start;
		if (n == 0) {
			return TreeHashes.emptyRoot();
		}
		if (Long.bitCount(n) == 1 && start % n == 0) {
			return stored(Long.numberOfTrailingZeros(n), start / n);
		}
		long k = TreeHashes.split(n);
		return TreeHashes.interiorHash(hash(start, start + k), hash(start + k, end));
	}

	private byte[] stored(int level, long position) {
		int offset = Math.toIntExact(position * TreeHashes.LENGTH);
		return Arrays.copyOfRange(levels[level], offset, offset + TreeHashes.LENGTH);
	}

	private void store(int level, long position, byte[] hash) {
		byte[] hashes = levels[level];
		long needed = (position + 1) * TreeHashes.LENGTH;
		if (needed > Integer.MAX_VALUE - 64) {
			throw new IllegalStateException("The in-memory tree holds at most 67 million leaves");
		}
		if (hashes == null || hashes.length < needed) {
			long grown = Math.max(needed, hashes == null ? 1024 : (long) hashes.length * 2);
			hashes = Arrays.copyOf(hashes == null ? new byte[0] : hashes, (int) Math.min(grown, Integer.MAX_VALUE - 64));
			levels[level] = hashes;
		}
		System.arraycopy(hash, 0, hashes, (int) (position * TreeHashes.LENGTH), TreeHashes.LENGTH);
	}

	private void checkSize(long treeSize) {
		if (treeSize < 0 || treeSize > size) {
			throw new IllegalArgumentException("The tree size " + treeSize + " is not between 0 and the " + size
					+ " leaves of the log");
		}
	}

	private static void checkIndex(long index, long treeSize, String what) {
		if (index < 0 || index >= treeSize) {
			throw new IllegalArgumentException("The " + what + " " + index + " is not below the tree size " + treeSize);
		}
	}
}
