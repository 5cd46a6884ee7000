package org.hanoinet.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import org.hanoinet.NodeHttp;
import org.hanoinet.NodeTest;
import org.hanoinet.audit.AuditLogVerifier;
import org.hanoinet.audit.Checkpoint;
import org.hanoinet.audit.TestAuditEvent;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeKeys;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The exported log checked by the standalone verifier with nothing but the node's public key, as a court's
 * expert would: the untouched export verifies, and editing, removing or reordering one leaf is named.
 */
@NodeTest
class AuditExportVerificationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	NodeKeys keys;

	@Autowired
	NodeProperties nodeProperties;

	@TempDir
	Path files;

	final ObjectMapper json = new ObjectMapper();

	List<String> export;

	/** Line number in the export of leaf 0. */
	int firstLeafLine;

	private NodeHttp auditor() {
		return new NodeHttp(port).withToken(new DemoLogins(nodeProperties.dataDir(), port).of("VN", Role.AUDITOR).apiToken());
	}

	@BeforeEach
	void exportALogWithCheckpoints() {
		NodeHttp http = auditor();
		for (int i = 0; i < 12; i++) {
			transaction.executeWithoutResult(status -> events.publishEvent(TestAuditEvent.caseOpened("export-test")));
			if (i % 4 == 3) {
				assertThat(http.post("/api/v1/audit/checkpoint", "application/json", "").statusCode()).isEqualTo(201);
			}
		}
		var response = http.get("/api/v1/audit/export");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/x-ndjson"));
		export = new ArrayList<>(response.body().lines().toList());
		firstLeafLine = 1;
	}

	@Test
	void theUntouchedExportVerifiesWithThePublicKeyAlone() throws Exception {
		AuditLogVerifier.Verdict verdict = verify(export, keys.publicKey());

		assertThat(verdict.problems()).isEmpty();
		assertThat(verdict.leaves()).isGreaterThanOrEqualTo(12);
		assertThat(verdict.checkpoints()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void anEditedLeafIsNamed() throws Exception {
		int leaf = 5;
		String line = export.get(firstLeafLine + leaf);
		assertThat(line).contains("\\\"index\\\":5,");
		export.set(firstLeafLine + leaf, line.replace("\\\"type\\\":\\\"", "\\\"type\\\":\\\"x"));

		assertThat(verify(export, keys.publicKey()).problems().getFirst()).startsWith("Leaf 5 does not match");
	}

	@Test
	void aRemovedLeafIsNamed() throws Exception {
		export.remove(firstLeafLine + 7);

		assertThat(verify(export, keys.publicKey()).problems().getFirst())
			.isEqualTo("Leaf 7 does not match: the leaf found at this position records index 8, so a leaf was removed, inserted or moved here.");
	}

	@Test
	void twoSwappedLeavesAreNamed() throws Exception {
		Collections.swap(export, firstLeafLine + 3, firstLeafLine + 4);

		assertThat(verify(export, keys.publicKey()).problems().getFirst()).startsWith("Leaf 3 does not match");
	}

	@Test
	void aForgerWhoRewritesTheWholeChainIsCaughtByTheSignedCheckpoints() throws Exception {
		int lastLeafLine = firstLeafLine;
		while (json.readTree(export.get(lastLeafLine + 1)).path("kind").asString().equals("leaf")) {
			lastLeafLine++;
		}
		// Editing the last leaf breaks no chain link: only the checkpoints can tell.
		ObjectNode last = (ObjectNode) json.readTree(export.get(lastLeafLine));
		last.put("data", last.path("data").asString().replace("export-test", "export-tesT"));
		export.set(lastLeafLine, json.writeValueAsString(last));

		assertThat(verify(export, keys.publicKey()).problems().getFirst())
			.contains("does not match the leaves: the first leaf that does not match is among leaves")
			.contains("to " + (lastLeafLine - firstLeafLine) + " ");
	}

	@Test
	void aLogRewrittenAndResignedWithTheNodeKeyIsCaughtByACheckpointTheAuditorSavedEarlier() throws Exception {
		String saved = auditor().get("/api/v1/audit/checkpoint").body();
		long savedSize = json.readTree(saved).path("treeSize").asLong();
		int lastLeafLine = firstLeafLine;
		while (json.readTree(export.get(lastLeafLine + 1)).path("kind").asString().equals("leaf")) {
			lastLeafLine++;
		}
		// Whoever holds the node key edits the last leaf and signs every checkpoint again over the new roots.
		ObjectNode last = (ObjectNode) json.readTree(export.get(lastLeafLine));
		last.put("data", last.path("data").asString().replace("export-test", "export-tesT"));
		export.set(lastLeafLine, json.writeValueAsString(last));
		List<String> rewritten = resignedWithNewRoots(export);

		assertThat(verify(rewritten, keys.publicKey()).problems()).isEmpty();
		assertThat(new AuditLogVerifier(keys.publicKey())
			.verify(new BufferedReader(new StringReader(String.join("\n", rewritten))), List.of(saved))
			.problems()).singleElement()
			.satisfies(problem -> assertThat(problem).startsWith("The checkpoint of " + savedSize + " leaves")
				.contains("does not match the leaves"));
	}

	@Test
	void checkpointsSignedByAnotherKeyAreRefused() throws Exception {
		KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

		assertThat(verify(export, other.getPublic()).problems()).allSatisfy(
				problem -> assertThat(problem).containsAnyOf("is not signed by the given public key", "No checkpoint signed by the given key"));

		List<String> resigned = export.stream().map(line -> resign(line, other)).toList();
		assertThat(verify(resigned, other.getPublic()).problems()).isEmpty();
		assertThat(verify(resigned, keys.publicKey()).problems().getFirst()).contains("is not signed by the given public key");
	}

	@Test
	void theCommandLineExitsNonZeroAndNamesTheLeafWhenTheLogWasTamperedWith() throws Exception {
		Path key = files.resolve("node.pub");
		Files.writeString(key, Base64.getEncoder().encodeToString(keys.rawPublicKey()) + "\n");
		Path good = files.resolve("good.jsonl");
		Files.write(good, export);
		export.remove(firstLeafLine + 2);
		Path bad = files.resolve("bad.jsonl");
		Files.write(bad, export);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream printer = new PrintStream(out, true, StandardCharsets.UTF_8);
		assertThat(run(printer, good.toString(), "--public-key", key.toString())).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("VERIFIED: ");
		out.reset();
		assertThat(run(printer, bad.toString(), "--public-key", key.toString())).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("NOT VERIFIED: Leaf 2 does not match");
		assertThat(run(printer, bad.toString())).isEqualTo(2);
	}

	/** The export with every checkpoint's root recomputed from its (edited) leaves and signed by the node key. */
	private List<String> resignedWithNewRoots(List<String> lines) {
		org.hanoinet.audit.MerkleTree tree = new org.hanoinet.audit.MerkleTree();
		List<String> result = new ArrayList<>();
		for (String line : lines) {
			ObjectNode entry = (ObjectNode) json.readTree(line);
			String kind = entry.path("kind").asString();
			if (kind.equals("leaf")) {
				tree.append(org.hanoinet.audit.TreeHashes.leafHash(entry.path("data").asString().getBytes(StandardCharsets.UTF_8)));
			}
			else if (kind.equals("checkpoint")) {
				long size = entry.path("treeSize").asLong();
				byte[] root = tree.rootHash(size);
				String text = Checkpoint.signedText(entry.path("keyId").asString(), size, root,
						Instant.parse(entry.path("issuedAt").asString()));
				entry.put("rootHash", Base64.getEncoder().encodeToString(root));
				entry.put("signature", Base64.getEncoder().encodeToString(keys.sign(text.getBytes(StandardCharsets.UTF_8))));
			}
			result.add(json.writeValueAsString(entry));
		}
		return result;
	}

	private static int run(PrintStream out, String... args) throws Exception {
		var method = AuditLogVerifier.class.getDeclaredMethod("run", String[].class, PrintStream.class, PrintStream.class);
		method.setAccessible(true);
		return (int) method.invoke(null, args, out, out);
	}

	private String resign(String line, KeyPair key) {
		JsonNode entry = json.readTree(line);
		if (!entry.path("kind").asString().equals("checkpoint")) {
			return line;
		}
		try {
			String text = Checkpoint.signedText(entry.path("keyId").asString(), entry.path("treeSize").asLong(),
					Base64.getDecoder().decode(entry.path("rootHash").asString()), Instant.parse(entry.path("issuedAt").asString()));
			Signature signer = Signature.getInstance("Ed25519");
			signer.initSign(key.getPrivate());
			signer.update(text.getBytes(StandardCharsets.UTF_8));
			((ObjectNode) entry).put("signature", Base64.getEncoder().encodeToString(signer.sign()));
			return json.writeValueAsString(entry);
		}
		catch (java.security.GeneralSecurityException failed) {
			throw new IllegalStateException(failed);
		}
	}

	private static AuditLogVerifier.Verdict verify(List<String> lines, PublicKey key) throws Exception {
		return new AuditLogVerifier(key).verify(new BufferedReader(new StringReader(String.join("\n", lines))));
	}
}
