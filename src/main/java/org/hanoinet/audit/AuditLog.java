package org.hanoinet.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.hanoinet.shared.AuditableEvent;

/**
 * The node's tamper-evident audit log: every {@link AuditableEvent} published by any module becomes one leaf,
 * appended in the transaction of the change it records. The log signs checkpoints with the node key and
 * serves the proofs an auditor or a court needs to check it without trusting the node.
 * <p>
 * Bad arguments (an index beyond the log, a range the wrong way round) are refused with
 * {@link org.hanoinet.shared.InvalidValue} naming the parameter.
 */
public interface AuditLog {

	/** At most this many leaves or leaf hashes are returned by one call. */
	int MAX_PAGE = 1_000;

	/**
	 * Appends the events as consecutive leaves in the caller's transaction (or a new one) and returns the
	 * appended leaves. When the transaction rolls back, so do the leaves.
	 */
	List<AuditLeaf> append(List<? extends AuditableEvent> events);

	/** The number of committed leaves. */
	long treeSize();

	/** The latest signed checkpoint, if one was issued. */
	Optional<Checkpoint> latestCheckpoint();

	/** Signs and stores a checkpoint of the committed log now. */
	Checkpoint issueCheckpoint();

	/** The RFC 6962 leaf hashes of leaves {@code start} to {@code end} inclusive, at most {@link #MAX_PAGE}. */
	List<byte[]> leafHashes(long start, long end);

	/** The root hash of the first {@code treeSize} leaves. */
	byte[] rootHash(long treeSize);

	/** The inclusion proof of the leaf at {@code leafIndex} in the tree of the first {@code treeSize} leaves. */
	InclusionProof inclusionProof(long leafIndex, long treeSize);

	/** The RFC 6962 consistency proof between the trees of {@code first} and {@code second} leaves. */
	List<byte[]> consistencyProof(long first, long second);

	/** The leaf at {@code index}, if the log has it. */
	Optional<AuditLeaf> leaf(long index);

	/** The latest leaves (newest first, at most {@code limit}) one of whose audit fields has exactly this value. */
	List<AuditLeaf> search(String fieldValue, int limit);

	/** The latest leaves, newest first, at most {@code limit}. */
	List<AuditLeaf> latest(int limit);

	/**
	 * Writes the whole committed log and its checkpoints as JSON lines, in the format
	 * {@link AuditLogVerifier} reads: one {@code {"leaf":...}} line per leaf in order, then one
	 * {@code {"checkpoint":...}} line per checkpoint.
	 */
	void export(OutputStream out) throws IOException;
}
