package org.hanoinet.audit;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Verification of Merkle proofs exactly as RFC 9162 describes it: inclusion proofs (section 2.1.3.2) and
 * consistency proofs (section 2.1.4.2). It needs only hashes, so an auditor or a court can run it without
 * trusting the node that produced the proofs.
 */
public final class MerkleProofs {

	private MerkleProofs() {
	}

	/**
	 * Whether {@code inclusionPath} proves that the leaf with hash {@code leafHash} is at {@code leafIndex} in
	 * the tree of {@code treeSize} leaves whose root is {@code rootHash}.
	 */
	public static boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> inclusionPath,
			byte[] rootHash) {
		if (leafIndex < 0 || leafIndex >= treeSize) {
			return false;
		}
		long fn = leafIndex;
		long sn = treeSize - 1;
		byte[] r = leafHash;
		for (byte[] p : inclusionPath) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				r = TreeHashes.interiorHash(p, r);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>>= 1;
					sn >>>= 1;
				}
			}
			else {
				r = TreeHashes.interiorHash(r, p);
			}
			fn >>>= 1;
			sn >>>= 1;
		}
		return sn == 0 && MessageDigest.isEqual(r, rootHash);
	}

	/**
	 * Whether {@code consistencyProof} proves that the tree of {@code firstSize} leaves with root
	 * {@code firstRoot} is a prefix of the tree of {@code secondSize} leaves with root {@code secondRoot}.
	 * Equal sizes need an empty proof and equal roots; an empty first tree is a prefix of every tree.
	 */
	public static boolean verifyConsistency(long firstSize, long secondSize, byte[] firstRoot, byte[] secondRoot,
			List<byte[]> consistencyProof) {
		if (firstSize < 0 || firstSize > secondSize) {
			return false;
		}
		if (firstSize == secondSize) {
			return consistencyProof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
		}
		if (firstSize == 0) {
			return consistencyProof.isEmpty();
		}
		if (consistencyProof.isEmpty()) {
			return false;
		}
		List<byte[]> path = new ArrayList<>(consistencyProof);
		if (Long.bitCount(firstSize) == 1) {
			path.addFirst(firstRoot);
		}
		long fn = firstSize - 1;
		long sn = secondSize - 1;
		while ((fn & 1) == 1) {
			fn >>>= 1;
			sn >>>= 1;
		}
		byte[] fr = path.getFirst();
		byte[] sr = path.getFirst();
		for (byte[] c : path.subList(1, path.size())) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				fr = TreeHashes.interiorHash(c, fr);
				sr = TreeHashes.interiorHash(c, sr);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>>= 1;
					sn >>>= 1;
				}
			}
			else {
				sr = TreeHashes.interiorHash(sr, c);
			}
			fn >>>= 1;
			sn >>>= 1;
		}
		return MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot) && sn == 0;
	}
}
