package org.hanoinet.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an exported audit log (the JSON lines of {@code GET /api/v1/audit/export}) with nothing but the
 * node's public key: every checkpoint must carry a valid Ed25519 signature by that key and match the root
 * recomputed from the leaves; every leaf must carry its own index and the hash of the leaf before it. The
 * first leaf that does not match is named. It starts no Spring context and needs no database:
 * {@code ./hanoinet verify-audit <export> --public-key <file>}.
 */
public final class AuditLogVerifier {

	/** The 12-byte X.509 prefix of an Ed25519 public key, before its raw 32 bytes. */
	private static final byte[] ED25519_X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

	private static final int MAX_REPORTED = 20;

	private final PublicKey publicKey;

	private final JsonMapper json = JsonMapper.builder().build();

	public AuditLogVerifier(PublicKey publicKey) {
		this.publicKey = publicKey;
	}

	/**
	 * What the verification found.
	 *
	 * @param leaves the number of leaves read
	 * @param checkpoints the number of checkpoints whose signature and root were checked and hold
	 * @param coveredLeaves how many leaves the largest valid checkpoint covers
	 * @param problems what does not match, first leaf first; empty when the log verifies
	 */
	public record Verdict(long leaves, int checkpoints, long coveredLeaves, List<String> problems) {

		public boolean verified() {
			return problems.isEmpty();
		}
	}

	/** Verifies the export read from {@code lines}. */
	public Verdict verify(BufferedReader lines) throws IOException {
		return verify(lines, List.of());
	}

	/**
	 * Verifies the export read from {@code lines}, and also against checkpoints the auditor saved earlier
	 * (each the JSON of {@code GET /api/v1/audit/checkpoint}). Those catch a log rewritten and re-signed by
	 * whoever holds the node key: the rewritten leaves no longer give the root the auditor saw.
	 */
	public Verdict verify(BufferedReader lines, List<String> savedCheckpoints) throws IOException {
		List<String> problems = new ArrayList<>();
		MerkleTree tree = new MerkleTree();
		List<JsonNode> checkpoints = new ArrayList<>();
		for (String saved : savedCheckpoints) {
			try {
				JsonNode checkpoint = json.readTree(saved);
				checkpoints.add(json.createObjectNode()
					.put("kind", "checkpoint")
					.put("treeSize", checkpoint.path("treeSize").asLong(-1))
					.put("rootHash", checkpoint.path("rootHashBase64").asString(""))
					.put("issuedAt", checkpoint.path("time").asString(""))
					.put("keyId", checkpoint.path("keyId").asString(""))
					.put("signature", checkpoint.path("signature").asString("")));
			}
			catch (JacksonException malformed) {
				problems.add("A saved checkpoint is not JSON.");
			}
		}
		String previousHash = null;
		String line;
		int lineNumber = 0;
		while ((line = lines.readLine()) != null) {
			lineNumber++;
			if (line.isBlank()) {
				continue;
			}
			JsonNode entry;
			try {
				entry = json.readTree(line);
			}
			catch (JacksonException malformed) {
				problems.add("Line " + lineNumber + " is not JSON.");
				continue;
			}
			switch (entry.path("kind").asString("")) {
				case "header" -> {
				}
				case "checkpoint" -> checkpoints.add(entry);
				case "leaf" -> {
					long position = tree.size();
					String data = entry.path("data").asString(null);
					if (data == null) {
						problems.add("Leaf " + position + " (line " + lineNumber + ") has no data.");
						data = "";
					}
					byte[] hash = TreeHashes.leafHash(data.getBytes(StandardCharsets.UTF_8));
					checkLeaf(position, data, previousHash, problems);
					tree.append(hash);
					previousHash = TreeHashes.hex(hash);
				}
				default -> problems.add("Line " + lineNumber + " is neither a leaf nor a checkpoint.");
			}
		}
		int valid = 0;
		long covered = 0;
		TreeMap<Long, Instant> matchedSizes = new TreeMap<>();
		matchedSizes.put(0L, Instant.EPOCH);
		for (JsonNode checkpoint : checkpoints) {
			String problem = checkCheckpoint(checkpoint, tree, matchedSizes);
			if (problem == null) {
				valid++;
				covered = Math.max(covered, checkpoint.path("treeSize").asLong());
			}
			else {
				problems.add(problem);
			}
		}
		if (valid == 0 && tree.size() > 0) {
			problems.add("No checkpoint signed by the given key covers the log, so none of its " + tree.size()
					+ " leaves is proven.");
		}
		return new Verdict(tree.size(), valid, covered, List.copyOf(problems));
	}

	private void checkLeaf(long position, String data, String previousHash, List<String> problems) {
		JsonNode leaf;
		try {
			leaf = json.readTree(data);
		}
		catch (JacksonException malformed) {
			problems.add("Leaf " + position + " does not match: its data is not JSON.");
			return;
		}
		long recordedIndex = leaf.path("index").asLong(-1);
		if (recordedIndex != position) {
			problems.add("Leaf " + position + " does not match: the leaf found at this position records index "
					+ recordedIndex + ", so a leaf was removed, inserted or moved here.");
			return;
		}
		String recordedPrevious = leaf.path("previousLeafHash").isNull() ? null : leaf.path("previousLeafHash").asString(null);
		if (!Objects.equals(recordedPrevious, previousHash)) {
			problems.add(position == 0 ? "Leaf 0 does not match: the first leaf names a previous leaf hash."
					: "Leaf " + (position - 1) + " does not match: its hash is " + previousHash + " but leaf " + position
							+ " records " + recordedPrevious + " as the hash of the leaf before it.");
		}
	}

	private String checkCheckpoint(JsonNode checkpoint, MerkleTree tree, TreeMap<Long, Instant> matchedSizes) {
		long size = checkpoint.path("treeSize").asLong(-1);
		String issuedAt = checkpoint.path("issuedAt").asString("");
		String name = "The checkpoint of " + size + " leaves issued at " + issuedAt;
		byte[] root;
		byte[] signature;
		Instant time;
		try {
			root = Base64.getDecoder().decode(checkpoint.path("rootHash").asString(""));
			signature = Base64.getDecoder().decode(checkpoint.path("signature").asString(""));
			time = Instant.parse(issuedAt);
		}
		catch (RuntimeException malformed) {
			return name + " is malformed: " + malformed.getMessage();
		}
		if (size < 0 || root.length != TreeHashes.LENGTH) {
			return name + " is malformed: it needs a tree size and a 32-byte root hash.";
		}
		String signed = Checkpoint.signedText(checkpoint.path("keyId").asString(""), size, root, time);
		if (!signatureHolds(signed.getBytes(StandardCharsets.UTF_8), signature)) {
			return name + " is not signed by the given public key.";
		}
		if (size > tree.size()) {
			return name + " covers more leaves than the export holds: leaves " + tree.size() + " to " + (size - 1)
					+ " are missing.";
		}
		if (!java.security.MessageDigest.isEqual(root, tree.rootHash(size))) {
			long lastGood = matchedSizes.floorKey(size);
			return name + " does not match the leaves: the first leaf that does not match is among leaves " + lastGood
					+ " to " + (size - 1) + (lastGood > 0 ? " (the first " + lastGood + " leaves match an earlier checkpoint)" : "")
					+ ".";
		}
		matchedSizes.put(size, time);
		return null;
	}

	private boolean signatureHolds(byte[] data, byte[] signature) {
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(publicKey);
			verifier.update(data);
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException invalid) {
			return false;
		}
	}

	/**
	 * Reads an Ed25519 public key from a file holding it as base64 of the raw 32 bytes (as the API's
	 * {@code publicKey} field gives it), as PEM ({@code BEGIN PUBLIC KEY}), or as binary raw or X.509 DER bytes
	 * (the node's {@code keys/node-signing.key.pub}).
	 */
	public static PublicKey readPublicKey(Path file) throws IOException {
		byte[] content = Files.readAllBytes(file);
		byte[] key = content;
		String text = new String(content, StandardCharsets.US_ASCII).trim();
		if (text.startsWith("-----BEGIN PUBLIC KEY-----")) {
			key = Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
		}
		else if (content.length != 32 && content.length != 44 && text.matches("[A-Za-z0-9+/=_-]+")) {
			key = text.contains("-") || text.contains("_") ? Base64.getUrlDecoder().decode(text) : Base64.getDecoder().decode(text);
		}
		if (key.length == 32) {
			byte[] x509 = new byte[ED25519_X509_PREFIX.length + 32];
			System.arraycopy(ED25519_X509_PREFIX, 0, x509, 0, ED25519_X509_PREFIX.length);
			System.arraycopy(key, 0, x509, ED25519_X509_PREFIX.length, 32);
			key = x509;
		}
		try {
			return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(key));
		}
		catch (GeneralSecurityException unreadable) {
			throw new IOException(file + " does not hold an Ed25519 public key (base64 of 32 bytes, PEM or DER)", unreadable);
		}
	}

	/**
	 * Command line: {@code <export-file> --public-key <file> [--checkpoint <saved-checkpoint.json>]...}; exit
	 * code 0 when the log verifies, 1 when not, 2 on bad use.
	 */
	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		String export = null;
		String keyFile = null;
		List<Path> saved = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--public-key") && i + 1 < args.length) {
				keyFile = args[++i];
			}
			else if (args[i].equals("--checkpoint") && i + 1 < args.length) {
				saved.add(Path.of(args[++i]));
			}
			else if (export == null && !args[i].startsWith("--")) {
				export = args[i];
			}
			else {
				err.println("verify-audit: unexpected argument " + args[i]);
				return 2;
			}
		}
		if (export == null || keyFile == null) {
			err.println("Usage: verify-audit <export-file> --public-key <file> [--checkpoint <saved-checkpoint.json>]...");
			return 2;
		}
		try {
			PublicKey key = readPublicKey(Path.of(keyFile));
			List<String> savedCheckpoints = new ArrayList<>();
			for (Path file : saved) {
				savedCheckpoints.add(Files.readString(file, StandardCharsets.UTF_8));
			}
			Verdict verdict;
			try (BufferedReader reader = Files.newBufferedReader(Path.of(export), StandardCharsets.UTF_8)) {
				verdict = new AuditLogVerifier(key).verify(reader, savedCheckpoints);
			}
			if (verdict.verified()) {
				out.println("VERIFIED: " + verdict.leaves() + " leaves; " + verdict.checkpoints()
						+ " checkpoints signed by the key and matching the leaves; the latest covers " + verdict.coveredLeaves()
						+ " leaves" + (verdict.coveredLeaves() < verdict.leaves()
								? " (leaves " + verdict.coveredLeaves() + " to " + (verdict.leaves() - 1) + " await a checkpoint)"
								: "")
						+ ".");
				return 0;
			}
			out.println("NOT VERIFIED: " + verdict.problems().getFirst());
			verdict.problems().stream().skip(1).limit(MAX_REPORTED).forEach(problem -> out.println("  also: " + problem));
			if (verdict.problems().size() > MAX_REPORTED + 1) {
				out.println("  and " + (verdict.problems().size() - MAX_REPORTED - 1) + " more problems.");
			}
			return 1;
		}
		catch (NoSuchFileException missing) {
			err.println("verify-audit: no such file: " + missing.getFile());
			return 2;
		}
		catch (IOException | RuntimeException unreadable) {
			err.println("verify-audit: " + unreadable.getMessage());
			return 2;
		}
	}
}
