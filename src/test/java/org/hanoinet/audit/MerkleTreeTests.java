package org.hanoinet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The tree, its proofs and their verification against an independent, deliberately naive recomputation of
 * RFC 6962 section 2.1 written here from the text of the RFC, for every tree size from 1 to 1,000.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MerkleTreeTests {

	static final int MAX = 1_000;

	static final HexFormat HEX = HexFormat.of();

	final List<byte[]> leaves = new ArrayList<>();

	final MerkleTree tree = new MerkleTree();

	/** naiveRoots[n] = MTH of the first n leaves, computed by the naive recursion. */
	final byte[][] naiveRoots = new byte[MAX + 1][];

	@BeforeAll
	void buildTree() {
		for (int i = 0; i < MAX; i++) {
			byte[] leaf = ("leaf number " + i).getBytes(StandardCharsets.UTF_8);
			leaves.add(leaf);
			tree.append(TreeHashes.leafHash(leaf));
		}
		for (int n = 0; n <= MAX; n++) {
			naiveRoots[n] = mth(leaves.subList(0, n));
		}
	}

	@Test
	void theEmptyTreeHashesToTheSha256OfTheEmptyString() {
		assertThat(HEX.formatHex(new MerkleTree().rootHash()))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	@Test
	void tinyTreesHaveTheHashesWorkedOutByHand() {
		byte[] a = bytes("a");
		byte[] b = bytes("b");
		byte[] c = bytes("c");
		MerkleTree small = new MerkleTree();
		small.append(TreeHashes.leafHash(a));
		assertThat(small.rootHash()).isEqualTo(sha256(concat(new byte[] { 0 }, a)));

		small.append(TreeHashes.leafHash(b));
		byte[] ab = sha256(concat(new byte[] { 1 }, sha256(concat(new byte[] { 0 }, a)), sha256(concat(new byte[] { 0 }, b))));
		assertThat(small.rootHash()).isEqualTo(ab);

		small.append(TreeHashes.leafHash(c));
		byte[] abc = sha256(concat(new byte[] { 1 }, ab, sha256(concat(new byte[] { 0 }, c))));
		assertThat(small.rootHash()).isEqualTo(abc);
		assertThat(small.inclusionPath(2, 3)).containsExactly(ab);
		assertThat(small.inclusionPath(0, 3)).containsExactly(sha256(concat(new byte[] { 0 }, b)),
				sha256(concat(new byte[] { 0 }, c)));
		assertThat(small.consistencyProof(2, 3)).containsExactly(sha256(concat(new byte[] { 0 }, c)));
		assertThat(small.consistencyProof(1, 3)).containsExactly(sha256(concat(new byte[] { 0 }, b)),
				sha256(concat(new byte[] { 0 }, c)));
	}

	/** The eight leaves of the Certificate Transparency reference test data and their published roots. */
	@Test
	void matchesTheCertificateTransparencyReferenceRoots() {
		String[] data = { "", "00", "10", "2021", "3031", "40414243", "5051525354555657",
				"606162636465666768696a6b6c6d6e6f" };
		String[] roots = { "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
				"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
				"aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
				"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
				"4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
				"76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
				"ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
				"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328" };
		MerkleTree reference = new MerkleTree();
		for (int i = 0; i < data.length; i++) {
			reference.append(TreeHashes.leafHash(HEX.parseHex(data[i])));
			assertThat(HEX.formatHex(reference.rootHash())).as("root of %d leaves", i + 1).isEqualTo(roots[i]);
		}
	}

	@Test
	void everyRootFromOneToAThousandLeavesMatchesTheNaiveRecursion() {
		for (int n = 1; n <= MAX; n++) {
			assertThat(tree.rootHash(n)).as("root of %d leaves", n).isEqualTo(naiveRoots[n]);
		}
	}

	@Test
	void everyLeafOfEveryTreeUpToAThousandLeavesHasAnInclusionProofThatVerifies() {
		for (int n = 1; n <= MAX; n++) {
			for (int m = 0; m < n; m++) {
				List<byte[]> path = tree.inclusionPath(m, n);
				assertThat(MerkleProofs.verifyInclusion(m, n, TreeHashes.leafHash(leaves.get(m)), path, naiveRoots[n]))
					.as("leaf %d of %d", m, n)
					.isTrue();
			}
		}
	}

	@Test
	void inclusionPathsAreThoseOfTheRfcDefinition() {
		Random random = new Random(6962);
		for (int n = 1; n <= MAX; n += 1 + random.nextInt(7)) {
			for (int m = 0; m < n; m += 1 + random.nextInt(Math.max(1, n / 10))) {
				assertThat(tree.inclusionPath(m, n)).as("PATH(%d, D[%d])", m, n)
					.usingElementComparator(MerkleTreeTests::compare)
					.containsExactlyElementsOf(path(m, leaves.subList(0, n)));
			}
		}
	}

	@Test
	void consistencyProofsBetweenSampledSizesVerifyAndAreThoseOfTheRfcDefinition() {
		List<long[]> pairs = new ArrayList<>();
		for (int first = 0; first <= 40; first++) {
			for (int second = first; second <= 40; second++) {
				pairs.add(new long[] { first, second });
			}
		}
		Random random = new Random(9162);
		for (int i = 0; i < 3_000; i++) {
			int second = 1 + random.nextInt(MAX);
			pairs.add(new long[] { random.nextInt(second + 1), second });
		}
		for (long[] pair : pairs) {
			int first = (int) pair[0];
			int second = (int) pair[1];
			List<byte[]> proof = tree.consistencyProof(first, second);
			assertThat(MerkleProofs.verifyConsistency(first, second, naiveRoots[first], naiveRoots[second], proof))
				.as("consistency %d -> %d", first, second)
				.isTrue();
			if (first > 0 && first < second) {
				assertThat(proof).as("PROOF(%d, D[%d])", first, second)
					.usingElementComparator(MerkleTreeTests::compare)
					.containsExactlyElementsOf(subproof(first, leaves.subList(0, second), true));
			}
		}
	}

	@Test
	void aProofForAnotherLeafOrAnAlteredPathIsRefused() {
		List<byte[]> path = tree.inclusionPath(5, 300);
		byte[] leaf = TreeHashes.leafHash(leaves.get(5));

		assertThat(MerkleProofs.verifyInclusion(5, 300, leaf, path, naiveRoots[300])).isTrue();
		assertThat(MerkleProofs.verifyInclusion(6, 300, leaf, path, naiveRoots[300])).isFalse();
		assertThat(MerkleProofs.verifyInclusion(5, 300, TreeHashes.leafHash(leaves.get(6)), path, naiveRoots[300])).isFalse();
		assertThat(MerkleProofs.verifyInclusion(5, 301, leaf, path, naiveRoots[301])).isFalse();
		assertThat(MerkleProofs.verifyInclusion(5, 300, leaf, path.subList(0, path.size() - 1), naiveRoots[300])).isFalse();
		List<byte[]> altered = new ArrayList<>(path);
		altered.set(2, TreeHashes.leafHash(bytes("forged")));
		assertThat(MerkleProofs.verifyInclusion(5, 300, leaf, altered, naiveRoots[300])).isFalse();
		assertThat(MerkleProofs.verifyInclusion(300, 300, leaf, path, naiveRoots[300])).isFalse();
	}

	@Test
	void aConsistencyProofAgainstAnotherHistoryIsRefused() {
		List<byte[]> proof = tree.consistencyProof(123, 777);

		assertThat(MerkleProofs.verifyConsistency(123, 777, naiveRoots[123], naiveRoots[777], proof)).isTrue();
		assertThat(MerkleProofs.verifyConsistency(123, 777, naiveRoots[124], naiveRoots[777], proof)).isFalse();
		assertThat(MerkleProofs.verifyConsistency(123, 777, naiveRoots[123], naiveRoots[776], proof)).isFalse();
		assertThat(MerkleProofs.verifyConsistency(124, 777, naiveRoots[123], naiveRoots[777], proof)).isFalse();
		assertThat(MerkleProofs.verifyConsistency(123, 777, naiveRoots[123], naiveRoots[777], List.of())).isFalse();
		assertThat(MerkleProofs.verifyConsistency(777, 777, naiveRoots[777], naiveRoots[776], List.of())).isFalse();
	}

	@Test
	void sizesBeyondTheTreeAreRefusedWithAClearMessage() {
		assertThatThrownBy(() -> tree.inclusionPath(1_000, 1_000)).hasMessage("The leaf index 1000 is not below the tree size 1000");
		assertThatThrownBy(() -> tree.rootHash(1_001)).hasMessage("The tree size 1001 is not between 0 and the 1000 leaves of the log");
		assertThatThrownBy(() -> tree.consistencyProof(20, 10)).hasMessage("The first tree size 20 must be between 0 and the second, 10");
	}

	// The naive reference: RFC 6962 §2.1, §2.1.1 and §2.1.2 transcribed literally over lists of leaves.

	static byte[] mth(List<byte[]> d) {
		int n = d.size();
		if (n == 0) {
			return sha256(new byte[0]);
		}
		if (n == 1) {
			return sha256(concat(new byte[] { 0 }, d.get(0)));
		}
		int k = largestPowerOfTwoBelow(n);
		return sha256(concat(new byte[] { 1 }, mth(d.subList(0, k)), mth(d.subList(k, n))));
	}

	static List<byte[]> path(int m, List<byte[]> d) {
		int n = d.size();
		List<byte[]> result = new ArrayList<>();
		if (n == 1) {
			return result;
		}
		int k = largestPowerOfTwoBelow(n);
		if (m < k) {
			result.addAll(path(m, d.subList(0, k)));
			result.add(mth(d.subList(k, n)));
		}
		else {
			result.addAll(path(m - k, d.subList(k, n)));
			result.add(mth(d.subList(0, k)));
		}
		return result;
	}

	static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
		int n = d.size();
		List<byte[]> result = new ArrayList<>();
		if (m == n) {
			if (!b) {
				result.add(mth(d));
			}
			return result;
		}
		int k = largestPowerOfTwoBelow(n);
		if (m <= k) {
			result.addAll(subproof(m, d.subList(0, k), b));
			result.add(mth(d.subList(k, n)));
		}
		else {
			result.addAll(subproof(m - k, d.subList(k, n), false));
			result.add(mth(d.subList(0, k)));
		}
		return result;
	}

	static int largestPowerOfTwoBelow(int n) {
		int k = 1;
		while (k * 2 < n) {
			k *= 2;
		}
		return k;
	}

	static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (java.security.NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	static byte[] concat(byte[]... parts) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static int compare(byte[] a, byte[] b) {
		return java.util.Arrays.compare(a, b);
	}
}
