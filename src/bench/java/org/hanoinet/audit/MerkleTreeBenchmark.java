package org.hanoinet.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-memory tree alone: appends per second (hashing a leaf of typical size, then updating the stored
 * subtrees), and the time to produce and to verify an inclusion or consistency proof in a tree of
 * 1,000,000 leaves.
 */
public class MerkleTreeBenchmark {

	static final long MILLION = 1_000_000;

	/** A leaf of the size the log writes: canonical JSON with a type, a time, two ids and a hash. */
	static final byte[] LEAF = ("{\"auditFields\":{\"authorityId\":\"6f1c0d1e-5b0a-4c39-9d4e-0a0000000001\","
			+ "\"userId\":\"0b7f3c2e-1d7a-4a64-9a36-6d5f1f0f1e11\"},\"index\":123456,\"occurredAt\":\"2026-11-23T08:15:30.500Z\","
			+ "\"previousLeafHash\":\"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d\","
			+ "\"type\":\"identity.login-succeeded\"}").getBytes(StandardCharsets.UTF_8);

	@State(Scope.Thread)
	public static class Growing {

		MerkleTree tree;

		@Setup(Level.Iteration)
		public void emptyTree() {
			tree = new MerkleTree();
		}
	}

	@State(Scope.Benchmark)
	public static class MillionLeaves {

		MerkleTree tree = new MerkleTree();

		byte[] root;

		@Setup(Level.Trial)
		public void fill() {
			for (long i = 0; i < MILLION; i++) {
				tree.append(TreeHashes.leafHash(("leaf " + i).getBytes(StandardCharsets.UTF_8)));
			}
			root = tree.rootHash(MILLION);
		}
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public long appendInMemory(Growing state) {
		return state.tree.append(TreeHashes.leafHash(LEAF));
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public List<byte[]> inclusionProofAtOneMillionLeaves(MillionLeaves state) {
		return state.tree.inclusionPath(ThreadLocalRandom.current().nextLong(MILLION), MILLION);
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public boolean inclusionProofProducedAndVerifiedAtOneMillionLeaves(MillionLeaves state) {
		long index = ThreadLocalRandom.current().nextLong(MILLION);
		List<byte[]> path = state.tree.inclusionPath(index, MILLION);
		if (!MerkleProofs.verifyInclusion(index, MILLION, state.tree.leafHash(index), path, state.root)) {
			throw new IllegalStateException("proof of leaf " + index + " does not verify");
		}
		return true;
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public List<byte[]> consistencyProofAtOneMillionLeaves(MillionLeaves state) {
		return state.tree.consistencyProof(1 + ThreadLocalRandom.current().nextLong(MILLION - 1), MILLION);
	}
}
