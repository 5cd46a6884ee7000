package org.hanoinet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two nodes as separate JVM processes on loopback, killed with SIGKILL while envelopes are in flight: first
 * the receiving node, then the sending one. After both come back, every request has reached Brazil's node
 * exactly once, Brazil's acknowledgement of delivery has come back, and both nodes hold the same chain of
 * every case. 334 requests make 1,002 envelopes from Viet Nam's node, plus one back for each. Then Brazil's
 * officer acknowledges one request and confirms its preservation, and Viet Nam's node sees it.
 */
class NodeCrashTests {

	static final String BR_CENTRAL_AUTHORITY = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000003";

	static final String BR_POINT_OF_CONTACT = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000004";

	static final int CASES = 334;

	final Path root = Path.of("target/test-nodes/crash-" + UUID.randomUUID()).toAbsolutePath();

	final JsonMapper json = JsonMapper.builder().build();

	final ExecutorService clients = Executors.newFixedThreadPool(4);

	NodeProcess vietNam;

	NodeProcess brazil;

	@AfterEach
	void stopNodes() throws InterruptedException {
		clients.shutdownNow();
		if (brazil != null) {
			brazil.stop();
		}
		if (vietNam != null) {
			vietNam.stop();
		}
	}

	@Test
	void everyEnvelopeIsAppliedExactlyOnceWhenEitherNodeIsKilledWhileSending() throws Exception {
		vietNam = new NodeProcess(root.resolve("vn"), "--hanoinet.directory.secretariat=true",
				"--hanoinet.directory.node-id=node-vn", "--hanoinet.directory.served-states=VN,GH").start();
		DemoLogins atVietNam = new DemoLogins(vietNam.dataDir(), vietNam.port());
		String secretariatKey = read(atVietNam.get("/api/v1/directory/trust", null)).path("secretariatKey").asString();
		brazil = new NodeProcess(root.resolve("br"), "--hanoinet.directory.node-id=node-br",
				"--hanoinet.directory.secretariat-url=http://127.0.0.1:" + vietNam.port(),
				"--hanoinet.directory.secretariat-key=" + secretariatKey, "--hanoinet.directory.refresh-period=2s").start();
		DemoLogins atBrazil = new DemoLogins(brazil.dataDir(), brazil.port());
		register(atVietNam, atBrazil);

		List<String> cases = Collections.synchronizedList(new ArrayList<>());
		cases.addAll(send(atVietNam, CASES / 2));
		brazil.kill();
		cases.addAll(send(atVietNam, 20));
		// Counted while Brazil's node is down: since a case opens in one envelope, the outbox may have drained just
		// before the kill, but the requests sent meanwhile are certainly waiting for the restarted node.
		long inFlightWhenBrazilDied = outbox(atVietNam, "pending");
		brazil.start();
		cases.addAll(send(atVietNam, CASES - cases.size()));
		long inFlightWhenVietNamDied = outbox(atVietNam, "pending");
		vietNam.kill();
		vietNam.start();

		String vietNamsOfficer = atVietNam.of("VN", Role.DUTY_OFFICER).apiToken();
		String brazilsOfficer = atBrazil.of("BR", Role.DUTY_OFFICER).apiToken();
		await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2))
			.until(() -> outbox(atVietNam, "pending") == 0 && outbox(atBrazil, "pending") == 0);
		assertThat(outbox(atVietNam, "dead") + outbox(atBrazil, "dead")).isZero();
		assertThat(outbox(atBrazil, "delivered")).isEqualTo(CASES);
		List<Future<Boolean>> same = new ArrayList<>();
		for (String id : cases) {
			same.add(clients.submit(() -> {
				List<String> sent = hashes(read(atVietNam.get("/api/v1/cases/" + id, vietNamsOfficer)));
				List<String> received = hashes(read(atBrazil.get("/api/v1/cases/" + id, brazilsOfficer)));
				return sent.size() == 4 && sent.equals(received);
			}));
		}
		long identical = 0;
		for (Future<Boolean> check : same) {
			identical += check.get() ? 1 : 0;
		}
		assertThat(inFlightWhenBrazilDied).as("envelopes waiting while Brazil's node was down").isPositive();
		assertThat(inFlightWhenVietNamDied).as("envelopes in flight when Viet Nam's node was killed").isPositive();
		assertThat(cases).hasSize(CASES).doesNotHaveDuplicates();
		assertThat(identical).isEqualTo(CASES);

		String first = cases.getFirst();
		for (String act : List.of("acknowledge", "start-review", "accept", "start-execution", "execute")) {
			ok(atBrazil.send("POST", "/api/v1/cases/" + first + "/acts/" + act, brazilsOfficer, null), 200);
		}
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				read(atVietNam.get("/api/v1/cases/" + first, vietNamsOfficer)).path("status").asString()).isEqualTo("EXECUTED"));
		List<String> atBoth = hashes(read(atVietNam.get("/api/v1/cases/" + first, vietNamsOfficer)));
		assertThat(atBoth).hasSize(9).isEqualTo(hashes(read(atBrazil.get("/api/v1/cases/" + first, brazilsOfficer))));
	}

	/** Drafts, submits and approves {@code count} urgent preservation requests to Brazil's point of contact. */
	private List<String> send(DemoLogins node, int count) throws Exception {
		String officer = node.of("VN", Role.DUTY_OFFICER).apiToken();
		String supervisor = node.of("VN", Role.SUPERVISOR).apiToken();
		List<Future<String>> sent = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			sent.add(clients.submit(() -> {
				String id = ok(node.send("POST", "/api/v1/cases", officer, "{\"type\":\"PRESERVATION\",\"requestedAuthority\":\""
						+ BR_POINT_OF_CONTACT + "\",\"contents\":" + TwoNodeCaseFederationTests.PRESERVATION + "}"), 201)
					.path("id").asString();
				ok(node.send("POST", "/api/v1/cases/" + id + "/submit", officer, null), 200);
				ok(node.send("POST", "/api/v1/cases/" + id + "/approve", supervisor, null), 200);
				return id;
			}));
		}
		List<String> ids = new ArrayList<>();
		for (Future<String> id : sent) {
			ids.add(id.get());
		}
		return ids;
	}

	/** How many envelopes of the node's outbox are in {@code state} (the outbox is the node's, whoever reads it). */
	private long outbox(DemoLogins node, String state) {
		String administrator = node.of("VN", Role.NODE_ADMIN).apiToken();
		return read(node.get("/api/v1/exchange/outbox?limit=1000&state=" + state, administrator)).size();
	}

	private void register(DemoLogins secretariat, DemoLogins follower) throws Exception {
		String token = secretariat.of("VN", Role.SECRETARIAT).apiToken();
		String key = Base64.getUrlEncoder().withoutPadding().encodeToString(brazil.rawPublicKey());
		ok(secretariat.send("PUT", "/api/v1/directory/nodes/node-br", token, "{\"endpoint\":\"http://127.0.0.1:" + brazil.port()
				+ "\",\"publicKey\":\"" + key + "\",\"authorities\":[\"" + BR_CENTRAL_AUTHORITY + "\",\"" + BR_POINT_OF_CONTACT
				+ "\"]}"), 200);
		long version = ok(secretariat.send("POST", "/api/v1/directory/publications", token, null), 201).path("version").asLong();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				read(follower.get("/api/v1/directory/trust", null)).path("version").asLong()).isEqualTo(version));
	}

	private List<String> hashes(JsonNode view) {
		return view.path("events").valueStream().map(event -> event.path("hash").asString()).toList();
	}

	private JsonNode ok(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return read(response);
	}

	private JsonNode read(HttpResponse<String> response) {
		return json.readTree(response.body());
	}
}
