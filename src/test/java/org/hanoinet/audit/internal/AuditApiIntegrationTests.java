package org.hanoinet.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.hanoinet.NodeHttp;
import org.hanoinet.NodeTest;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.audit.MerkleProofs;
import org.hanoinet.audit.TestAuditEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** What an auditor's tool sees over HTTP: signed checkpoints and proofs it can check on its own. */
@NodeTest
class AuditApiIntegrationTests {

	static final HexFormat HEX = HexFormat.of();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	NodeProperties nodeProperties;

	NodeHttp http;

	@BeforeEach
	void connect() {
		http = new NodeHttp(port).withToken(new DemoLogins(nodeProperties.dataDir(), port).of("VN", Role.AUDITOR).apiToken());
		for (int i = 0; i < 5; i++) {
			transaction.executeWithoutResult(status -> events.publishEvent(TestAuditEvent.caseOpened("api-test")));
		}
	}

	@Test
	void aCheckpointIssuedOnDemandCarriesAnEd25519SignatureByThePublishedKey() throws Exception {
		JsonNode issued = json(http.post("/api/v1/audit/checkpoint", "application/json", ""), 201);
		JsonNode latest = json(http.get("/api/v1/audit/checkpoint"), 200);

		assertThat(latest.path("treeSize").asLong()).isGreaterThanOrEqualTo(issued.path("treeSize").asLong()).isGreaterThan(4);
		assertThat(Base64.getDecoder().decode(latest.path("rootHashBase64").asString()))
			.isEqualTo(HEX.parseHex(latest.path("rootHash").asString()));
		String signedText = "hanoinet-audit/" + latest.path("keyId").asString() + "\n" + latest.path("treeSize").asLong() + "\n"
				+ latest.path("rootHashBase64").asString() + "\n" + latest.path("time").asString() + "\n";
		assertThat(latest.path("signedText").asString()).isEqualTo(signedText);
		Signature verifier = Signature.getInstance("Ed25519");
		verifier.initVerify(publicKey(latest.path("publicKey").asString()));
		verifier.update(signedText.getBytes(StandardCharsets.UTF_8));
		assertThat(verifier.verify(Base64.getDecoder().decode(latest.path("signature").asString()))).isTrue();
	}

	@Test
	void anInclusionProofLinksALeafHashToTheSignedRoot() {
		JsonNode checkpoint = json(http.post("/api/v1/audit/checkpoint", "application/json", ""), 201);
		long size = checkpoint.path("treeSize").asLong();
		long index = size - 3;

		JsonNode hashes = json(http.get("/api/v1/audit/leaf-hashes?start=" + index + "&end=" + (size + 50)), 200);
		JsonNode proof = json(http.get("/api/v1/audit/proof/inclusion?leafIndex=" + index + "&treeSize=" + size), 200);
		JsonNode leaf = json(http.get("/api/v1/audit/leaves/" + index), 200);

		assertThat(hashes.path("leafHashes").size()).isEqualTo(3);
		assertThat(hashes.path("end").asLong()).isEqualTo(size - 1);
		byte[] leafHash = HEX.parseHex(hashes.path("leafHashes").get(0).asString());
		assertThat(leaf.path("leafHash").asString()).isEqualTo(hashes.path("leafHashes").get(0).asString());
		assertThat(leaf.path("data").asString()).contains("\"caseId\":\"api-test\"");
		List<byte[]> path = proof.path("auditPath").valueStream().map(hash -> HEX.parseHex(hash.asString())).toList();
		assertThat(MerkleProofs.verifyInclusion(index, size, leafHash, path, HEX.parseHex(checkpoint.path("rootHash").asString())))
			.isTrue();
	}

	@Test
	void aConsistencyProofShowsTheLaterCheckpointOnlyAddedLeaves() {
		JsonNode first = json(http.post("/api/v1/audit/checkpoint", "application/json", ""), 201);
		transaction.executeWithoutResult(status -> events.publishEvent(TestAuditEvent.caseOpened("api-test-later")));
		JsonNode second = json(http.post("/api/v1/audit/checkpoint", "application/json", ""), 201);
		long m = first.path("treeSize").asLong();
		long n = second.path("treeSize").asLong();

		JsonNode proof = json(http.get("/api/v1/audit/proof/consistency?first=" + m + "&second=" + n), 200);

		assertThat(n).isGreaterThan(m);
		List<byte[]> hashes = proof.path("consistencyProof").valueStream().map(hash -> HEX.parseHex(hash.asString())).toList();
		assertThat(MerkleProofs.verifyConsistency(m, n, HEX.parseHex(first.path("rootHash").asString()),
				HEX.parseHex(second.path("rootHash").asString()), hashes)).isTrue();
	}

	@Test
	void badRangesAndSizesAreRefusedWithProblemsThatSayWhatIsWrong() {
		long size = json(http.post("/api/v1/audit/checkpoint", "application/json", ""), 201).path("treeSize").asLong();

		assertThat(problem(http.get("/api/v1/audit/leaf-hashes?start=5&end=2")).path("detail").asString())
			.isEqualTo("start (5) must not be greater than end (2).");
		assertThat(problem(http.get("/api/v1/audit/proof/inclusion?leafIndex=" + size + "&treeSize=" + size)).path("detail")
			.asString()).isEqualTo("leafIndex (" + size + ") must be from 0 to below treeSize (" + size + ").");
		JsonNode tooLarge = problem(http.get("/api/v1/audit/proof/inclusion?leafIndex=0&treeSize=" + (size + 1_000_000)));
		assertThat(tooLarge.path("detail").asString()).startsWith("treeSize (" + (size + 1_000_000) + ") must be from 1 to the size of the log");
		assertThat(tooLarge.path("field").asString()).isEqualTo("treeSize");
		assertThat(problem(http.get("/api/v1/audit/proof/consistency?first=9&second=3")).path("detail").asString())
			.isEqualTo("first (9) must be from 0 to second (3).");
		assertThat(problem(http.get("/api/v1/audit/proof/inclusion?leafIndex=abc&treeSize=3")).path("type").asString())
			.isEqualTo("urn:hanoinet:problem:invalid-request");
		assertThat(problem(http.get("/api/v1/audit/proof/inclusion?treeSize=3")).path("detail").asString()).contains("leafIndex");
	}

	private static PublicKey publicKey(String rawBase64) throws Exception {
		byte[] raw = Base64.getDecoder().decode(rawBase64);
		byte[] x509 = new byte[44];
		System.arraycopy(HEX.parseHex("302a300506032b6570032100"), 0, x509, 0, 12);
		System.arraycopy(raw, 0, x509, 12, 32);
		return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
	}

	static JsonNode json(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return new ObjectMapper().readTree(response.body());
	}

	private static JsonNode problem(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		return new ObjectMapper().readTree(response.body());
	}
}
