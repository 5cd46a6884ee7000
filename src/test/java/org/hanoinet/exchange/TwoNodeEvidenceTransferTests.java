package org.hanoinet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hanoinet.TestNodes.json;
import static org.hanoinet.TestNodes.logins;
import static org.hanoinet.TestNodes.ok;
import static org.hanoinet.TestNodes.port;
import static org.hanoinet.TestNodes.registerBrazil;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.hanoinet.TestNodes;
import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.Party;
import org.hanoinet.evidence.CustodyAction;
import org.hanoinet.evidence.CustodyEvent;
import org.hanoinet.evidence.EvidenceFixtures;
import org.hanoinet.evidence.EvidenceItem;
import org.hanoinet.evidence.EvidenceItemId;
import org.hanoinet.evidence.EvidenceItems;
import org.hanoinet.evidence.UploadId;
import org.hanoinet.evidence.Uploads;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.UnusedTotpCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Two nodes on loopback, each with its own database and key: Viet Nam (node A) asked Brazil (node B) to preserve
 * data; Brazil's node offers the evidence to Viet Nam's node, which pulls it through a fault-injecting TCP proxy
 * in front of B. A connection cut in the
 * middle of an item is resumed from the durable offset, a chunk damaged in transit is fetched again, a tampered
 * manifest is refused with its code, and a download link that expired or is presented by another node fetches
 * nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeEvidenceTransferTests {

	static final Duration REFRESH = Duration.ofSeconds(2);

	static final int CHUNK = 1024 * 1024;

	static final int SIZE = 24 * CHUNK + 12_345;

	final String run = UUID.randomUUID().toString();

	final Path files = Path.of("target/test-nodes/transfer-" + run);

	FaultInjectingProxy proxy;

	ConfigurableApplicationContext nodeA;

	ConfigurableApplicationContext nodeB;

	String[] nodeAArguments;

	DemoLogins vietNam;

	DemoLogins brazil;

	String caseId;

	@BeforeAll
	void startTwoNodesAndSendACase() throws IOException {
		proxy = new FaultInjectingProxy();
		nodeAArguments = new String[] { "--server.port=" + freePort(), "--hanoinet.exchange.evidence-transfer.first-retry=PT0.05S",
				"--hanoinet.exchange.evidence-transfer.lease=PT2S" };
		nodeA = TestNodes.startSecretariat(dataDir("a"), nodeAArguments);
		vietNam = logins(nodeA);
		nodeB = TestNodes.startFollower(nodeA, REFRESH, dataDir("b"), "--hanoinet.evidence.chunk-size=1MB");
		proxy.forwardTo(port(nodeB));
		brazil = logins(nodeB);
		registerBrazil(vietNam, nodeB, "http://127.0.0.1:" + proxy.port(), REFRESH.plus(Duration.ofSeconds(8)));

		caseId = TestNodes.sendPreservation(vietNam).path("id").asString();
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(json(brazil.get("/api/v1/cases/" + caseId,
				brazil.of("BR", Role.DUTY_OFFICER).apiToken())).path("status").asString()).isEqualTo("DELIVERED"));
	}

	@AfterAll
	void stopNodes() throws IOException {
		TestNodes.stop(nodeB, nodeA);
		proxy.close();
	}

	@Test
	@Order(1)
	void aTransferCutInTheMiddleResumesAndEndsWithTheSameHashOnBothSides() throws Exception {
		UUID item = item("disk-image.dd");
		proxy.cutAfter(5 * CHUNK + CHUNK / 2);

		JsonNode offered = offer(item);

		JsonNode received = receivedAtA(offered.path("packageId").asString());
		assertThat(proxy.cuts()).isEqualTo(1);
		assertThat(received.path("storedItemId").isNull()).isFalse();
		assertThat(received.path("requests").asInt()).as("each chunk fetched about once, not again from zero")
			.isBetween(25, 27);
		assertThat(sha256(nodeA, received.path("storedItemId").asString())).isEqualTo(sha256(nodeB, item.toString()))
			.isEqualTo(sha256(files.resolve("disk-image.dd"))).isEqualTo(received.path("sha256").asString());
		HttpResponse<String> page = vietNam.signedIn("VN", Role.DUTY_OFFICER, unusedCodes(nodeA)).get("/cases/" + caseId + "/evidence/transfers");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("disk-image.dd", "Received and verified", "value=\"100\"");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(transfers(brazil, "BR"))
			.anySatisfy(transfer -> {
				assertThat(transfer.path("packageId").asString()).isEqualTo(offered.path("packageId").asString());
				assertThat(transfer.path("state").asString()).isEqualTo("TRANSFERRED");
			}));
		assertThat(custody(nodeB, item.toString())).containsSubsequence(CustodyAction.ADDED, CustodyAction.OFFERED,
				CustodyAction.TRANSFERRED);
		assertThat(custody(nodeA, received.path("storedItemId").asString())).containsExactly(CustodyAction.RECEIVED);
	}

	@Test
	@Order(2)
	void aChunkDamagedInTransitIsFetchedAgainAndNeverStored() throws Exception {
		UUID item = item("mailbox-export.mbox");
		proxy.flipByteAt(10 * CHUNK + CHUNK / 3);

		JsonNode received = receivedAtA(offer(item).path("packageId").asString());

		assertThat(proxy.flips()).isEqualTo(1);
		assertThat(received.path("rejectedChunks").asInt()).isEqualTo(1);
		assertThat(received.path("requests").asInt()).isEqualTo(26);
		assertThat(sha256(nodeA, received.path("storedItemId").asString())).isEqualTo(sha256(files.resolve("mailbox-export.mbox")));
	}

	@Test
	@Order(3)
	void aTamperedManifestIsRefusedAndLeavesNothingStored() throws Exception {
		UUID item = item("server-logs.tar");
		EvidenceManifest manifest = new EvidenceManifest(UUID.randomUUID(), UUID.fromString(caseId), "node-b", "node-a",
				Instant.now(), Instant.now().plus(Duration.ofDays(1)), List.of(described(item)));
		String sealed = nodeB.getBean(EvidenceSignatures.class).seal(manifest);
		String[] parts = sealed.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"size\":" + SIZE, "\"size\":" + (SIZE - 1));
		String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
				+ "." + parts[2];
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("manifest", tampered);
		body.put("links", Map.of(item.toString(), "x"));
		Instant now = Instant.now();
		String envelope = nodeB.getBean(Envelopes.class).seal(new Envelope(UUID.randomUUID(), "node-b", "node-a", now,
				now.plus(Duration.ofHours(1)), MessageKind.EVIDENCE_PACKAGE, body));

		HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(nodeA) + "/federation/v1/inbox"))
			.header("Content-Type", "application/jose").POST(HttpRequest.BodyPublishers.ofString(envelope)).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(json(refused).path("code").asString()).isEqualTo("MANIFEST_INVALID");
		JdbcClient databaseA = nodeA.getBean(JdbcClient.class);
		assertThat(databaseA.sql("select count(*) from exchange_evidence_packages where package_id = :id")
			.param("id", manifest.packageId()).query(Long.class).single()).isZero();
		assertThat(databaseA.sql("select count(*) from exchange_inbox where envelope = :envelope")
			.param("envelope", envelope).query(Long.class).single()).isZero();
	}

	@Test
	@Order(4)
	void aLinkPastItsExpiryOrPresentedByAnotherNodeFetchesNothing() throws Exception {
		UUID item = item("chat-history.json");
		DemoLogins.Browser officer = brazil.signedIn("BR", Role.DUTY_OFFICER, unusedCodes(nodeB));
		String page = "/cases/" + caseId + "/evidence/transfers";
		assertThat(officer.get(page).body()).contains("chat-history.json");
		HttpResponse<String> offered = officer.submit(page, "/cases/" + caseId + "/evidence/packages", Map.of("items", item.toString()));
		assertThat(offered.statusCode()).isEqualTo(302);
		assertThat(officer.get(page).body()).contains("node-a");
		UUID packageId = UUID.fromString(transfers(brazil, "BR").stream()
			.filter(transfer -> transfer.path("itemId").asString().equals(item.toString()))
			.findFirst().orElseThrow().path("packageId").asString());
		receivedAtA(packageId.toString());
		EvidenceSignatures issuer = nodeB.getBean(EvidenceSignatures.class);
		String path = "/federation/v1/evidence/packages/" + packageId + "/items/" + item + "/chunks/0";
		String vietNamsProof = nodeA.getBean(EvidenceSignatures.class).proof("GET", path, Duration.ofSeconds(60));

		String expired = issuer.link(packageId, item, "node-a", Instant.now().minusSeconds(1));
		assertThat(fetch(path, expired, vietNamsProof)).isEqualTo("LINK_EXPIRED");

		String valid = issuer.link(packageId, item, "node-a", Instant.now().plus(Duration.ofHours(1)));
		String anotherNodesProof = issuer.proof("GET", path, Duration.ofSeconds(60));
		assertThat(fetch(path, valid, anotherNodesProof)).isEqualTo("NOT_THE_RECIPIENT");
		assertThat(fetch(path, valid, null)).isEqualTo("NODE_PROOF_INVALID");
		assertThat(fetch(path, valid, vietNamsProof)).isEqualTo("200");
	}

	@Test
	@Order(5)
	void aTransferResumesWhereItStoppedAfterTheReceivingNodeRestarts() throws Exception {
		UUID item = item("phone-extraction.bin");
		proxy.holdAfter(8 * CHUNK + CHUNK / 2);
		String packageId = offer(item).path("packageId").asString();
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(transfers(vietNam, "VN")).anySatisfy(transfer -> {
			assertThat(transfer.path("packageId").asString()).isEqualTo(packageId);
			assertThat(transfer.path("bytesFetched").asLong()).isEqualTo(8L * CHUNK);
		}));

		nodeA.close();
		nodeA = TestNodes.startSecretariat(dataDir("a"), nodeAArguments);
		vietNam = logins(nodeA);
		proxy.release();

		JsonNode received = receivedAtA(packageId);
		assertThat(received.path("requests").asInt()).as("the chunks stored before the restart are not fetched again")
			.isBetween(25, 27);
		assertThat(sha256(nodeA, received.path("storedItemId").asString())).isEqualTo(sha256(files.resolve("phone-extraction.bin")));
	}

	private static int freePort() throws IOException {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private String fetch(String path, String link, String proof) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(nodeB) + path + "?link=" + link));
		if (proof != null) {
			request.header(EvidenceSignatures.PROOF_HEADER, proof);
		}
		HttpResponse<String> response = HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
		return response.statusCode() == 200 ? "200" : json(response).path("code").asString();
	}

	private JsonNode offer(UUID item) {
		return ok(brazil.send("POST", "/api/v1/cases/" + caseId + "/evidence/packages",
				brazil.of("BR", Role.DUTY_OFFICER).apiToken(), "{\"items\":[\"" + item + "\"]}"), 201);
	}

	private JsonNode receivedAtA(String packageId) {
		JsonNode[] received = new JsonNode[1];
		await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
			JsonNode transfer = transfers(vietNam, "VN").stream()
				.filter(candidate -> candidate.path("packageId").asString().equals(packageId))
				.findFirst()
				.orElseThrow();
			assertThat(transfer.path("state").asString()).as(transfer.toString()).isEqualTo("RECEIVED");
			received[0] = transfer;
		});
		return received[0];
	}

	private List<JsonNode> transfers(DemoLogins node, String state) {
		return ok(node.get("/api/v1/cases/" + caseId + "/evidence/transfers", node.of(state, Role.DUTY_OFFICER).apiToken()), 200)
			.valueStream().toList();
	}

	private UUID item(String name) throws Exception {
		Files.createDirectories(files);
		Path file = files.resolve(name);
		Random random = new Random(name.hashCode());
		byte[] block = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int written = 0; written < SIZE; written += block.length) {
				random.nextBytes(block);
				out.write(block, 0, Math.min(block.length, SIZE - written));
			}
		}
		Uploads uploads = nodeB.getBean(Uploads.class);
		Party brazilsSide = nodeB.getBean(CaseManagement.class).load(new CaseId(UUID.fromString(caseId))).orElseThrow().requested();
		Actor officer = new Actor(brazilsSide.authority(), brazilsSide.state(), "br-officer", false);
		UploadId upload = uploads.startUpload(officer, new CaseId(UUID.fromString(caseId)), name, "application/octet-stream", SIZE);
		try (InputStream in = Files.newInputStream(file)) {
			uploads.append(upload, 0, in);
		}
		return uploads.complete(upload).id().value();
	}

	private EvidenceManifest.Item described(UUID id) {
		EvidenceItem item = nodeB.getBean(EvidenceItems.class).find(new EvidenceItemId(id)).orElseThrow();
		return new EvidenceManifest.Item(id, item.fileName(), item.mediaType(), item.size(), item.sha256(), item.chunkSize(),
				item.chunkSha256());
	}

	/** The SHA-256 of the bytes a node holds for the item, decrypted and read again. */
	private static String sha256(ConfigurableApplicationContext node, String item) throws Exception {
		return EvidenceFixtures.sha256(node.getBean(EvidenceItems.class).open(EvidenceItemId.of(item)));
	}

	private static List<CustodyAction> custody(ConfigurableApplicationContext node, String item) {
		return node.getBean(EvidenceItems.class).custody(EvidenceItemId.of(item)).stream().map(CustodyEvent::action).toList();
	}

	private static String sha256(Path file) throws Exception {
		return EvidenceFixtures.sha256(Files.newInputStream(file));
	}

	private String dataDir(String name) {
		return "target/test-nodes/transfer-" + run + "-" + name;
	}

	private static UnusedTotpCodes unusedCodes(ConfigurableApplicationContext node) {
		return new UnusedTotpCodes(node.getBean(JdbcClient.class), node.getBean(Clock.class));
	}

}
