package org.hanoinet.audit;

import java.util.List;

/**
 * The proof that one leaf is in the log of a given size (RFC 6962 §2.1.1): with the leaf hash and the audit
 * path, anyone recomputes the root and compares it with a signed checkpoint of that size.
 *
 * @param leafIndex the leaf's position
 * @param treeSize the size of the tree the proof is for
 * @param leafHash the leaf's RFC 6962 hash
 * @param auditPath the sibling hashes from the leaf up to the root
 * @param rootHash the root hash of the tree of {@code treeSize} leaves
 */
public record InclusionProof(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> auditPath, byte[] rootHash) {

	/** Whether the proof holds (RFC 9162 §2.1.3.2). */
	public boolean verifies() {
		return MerkleProofs.verifyInclusion(leafIndex, treeSize, leafHash, auditPath, rootHash);
	}
}
