package org.hanoinet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.hanoinet.HanoiNetApplication;
import org.hanoinet.MovableClock;
import org.hanoinet.directory.ThisNode;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.UnusedTotpCodes;
import org.hanoinet.node.NodeKeys;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Viet Nam's node (A, whose clock the test moves) sends an urgent preservation request to Brazil's node (B),
 * which the directory lists at a port where nothing answers: after the configured minute, Viet Nam's duty
 * officer gets one alert naming node B and the telephone of Brazil's 24/7 point of contact. Once the directory
 * gives B's real address, the envelopes arrive and the alert closes by itself.
 */
class UndeliveredUrgentEnvelopeTests {

	static final String BR_CENTRAL_AUTHORITY = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000003";

	static final String BR_POINT_OF_CONTACT = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000004";

	final String run = UUID.randomUUID().toString();

	final JsonMapper json = JsonMapper.builder().build();

	ConfigurableApplicationContext nodeA;

	ConfigurableApplicationContext nodeB;

	@AfterEach
	void stopNodes() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	@Test
	void anUrgentRequestThePeerNodeDoesNotReceiveAlertsTheSendingDutyOfficerOnceWithThePeersPhone() throws IOException {
		nodeA = new SpringApplicationBuilder(HanoiNetApplication.class, MovableClock.Configuration.class).run(arguments("a",
				"--hanoinet.directory.secretariat=true", "--hanoinet.directory.node-id=node-a",
				"--hanoinet.directory.served-states=VN,GH"));
		MovableClock clock = nodeA.getBean(MovableClock.class);
		DemoLogins vietNam = logins(nodeA);
		String secretariatKey = read(vietNam.get("/api/v1/directory/trust", null)).path("secretariatKey").asString();
		nodeB = new SpringApplicationBuilder(HanoiNetApplication.class).run(arguments("b", "--hanoinet.directory.node-id=node-b",
				"--hanoinet.directory.secretariat-url=http://127.0.0.1:" + port(nodeA),
				"--hanoinet.directory.secretariat-key=" + secretariatKey, "--hanoinet.directory.refresh-period=2s"));
		int nothingListens;
		try (ServerSocket closed = new ServerSocket(0)) {
			nothingListens = closed.getLocalPort();
		}
		register(vietNam, nothingListens);

		String id = ok(vietNam.send("POST", "/api/v1/cases", vietNam.of("VN", Role.DUTY_OFFICER).apiToken(),
				"{\"type\":\"PRESERVATION\",\"requestedAuthority\":\"" + BR_POINT_OF_CONTACT + "\",\"contents\":"
						+ TwoNodeCaseFederationTests.PRESERVATION + "}"), 201).path("id").asString();
		ok(vietNam.send("POST", "/api/v1/cases/" + id + "/submit", vietNam.of("VN", Role.DUTY_OFFICER).apiToken(), null), 200);
		ok(vietNam.send("POST", "/api/v1/cases/" + id + "/approve", vietNam.of("VN", Role.SUPERVISOR).apiToken(), null), 200);
		String officer = vietNam.of("VN", Role.DUTY_OFFICER).apiToken();
		await().atMost(Duration.ofSeconds(10)).until(() -> outbox(id).stream().anyMatch(entry -> entry.attempts() > 0));
		assertThat(undeliveredAlerts(vietNam, officer, id)).as("no alert before the minute has passed").isEmpty();

		clock.advance(Duration.ofSeconds(61));
		await().atMost(Duration.ofSeconds(10)).until(() -> !undeliveredAlerts(vietNam, officer, id).isEmpty());
		JsonNode alert = undeliveredAlerts(vietNam, officer, id).getFirst();
		assertThat(alert.path("state").asString()).isEqualTo("VN");
		assertThat(alert.path("open").asBoolean()).isTrue();
		assertThat(alert.path("undelivered").path("peerNode").asString()).isEqualTo("node-b");
		assertThat(alert.path("undelivered").path("peerState").asString()).isEqualTo("BR");
		assertThat(alert.path("undelivered").path("peerPhone").asString()).isEqualTo("+55 61 0000 0004");
		assertThat(outbox(id).getFirst().lastError()).contains("Cannot reach");
		JsonNode delivery = read(vietNam.get("/api/v1/cases/" + id, officer)).path("delivery");
		assertThat(delivery.path("state").asString()).isEqualTo("PENDING");
		assertThat(delivery.path("recipient").asString()).isEqualTo("node-b");
		assertThat(delivery.path("lastError").asString()).contains("Cannot reach");
		String casePage = vietNam.signedIn("VN", Role.DUTY_OFFICER,
				new UnusedTotpCodes(nodeA.getBean(org.springframework.jdbc.core.simple.JdbcClient.class), clock))
			.get("/cases/" + id).body();
		assertThat(casePage).contains("Not yet delivered to the other State&#39;s node.").contains("wait for node node-b")
			.contains("Cannot reach").contains("connection refused").contains("24/7 point of contact by telephone");

		int attempts = outbox(id).getFirst().attempts();
		clock.advance(Duration.ofSeconds(61));
		await().atMost(Duration.ofSeconds(10)).until(() -> outbox(id).getFirst().attempts() > attempts + 1);
		assertThat(undeliveredAlerts(vietNam, officer, id)).as("one alert, not repeated for retries or later envelopes").hasSize(1);

		register(vietNam, port(nodeB));
		clock.advance(Duration.ofMinutes(6));
		await().atMost(Duration.ofSeconds(20)).until(() -> outbox(id).stream().allMatch(entry -> entry.state().equals("DELIVERED")));
		await().atMost(Duration.ofSeconds(10)).until(() -> !undeliveredAlerts(vietNam, officer, id).getFirst().path("open").asBoolean());
		JsonNode closed = undeliveredAlerts(vietNam, officer, id).getFirst();
		assertThat(closed.path("acknowledgedVia").asString()).isEqualTo("DELIVERED");
		assertThat(closed.path("undelivered").path("deliveredAt").asString()).isNotEmpty();
		assertThat(read(vietNam.get("/api/v1/cases/" + id, officer)).path("delivery").path("state").asString()).isEqualTo("DELIVERED");
	}

	private List<JsonNode> undeliveredAlerts(DemoLogins node, String token, String caseId) {
		return read(node.get("/api/v1/duty/alerts?case=" + caseId, token)).valueStream()
			.filter(alert -> alert.path("kind").asString().equals("UNDELIVERED_ENVELOPE"))
			.toList();
	}

	/** The envelopes of the case, oldest first. */
	private List<OutboxEntry> outbox(String caseId) {
		List<UUID> ids = nodeA.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("select message_id from exchange_outbox where case_id = :case order by position")
			.param("case", UUID.fromString(caseId)).query(UUID.class).list();
		return nodeA.getBean(Outbox.class).latest(null, 1000).stream().filter(entry -> ids.contains(entry.messageId()))
			.sorted(java.util.Comparator.comparing(entry -> ids.indexOf(entry.messageId()))).toList();
	}

	private void register(DemoLogins secretariat, int port) {
		String token = secretariat.of("VN", Role.SECRETARIAT).apiToken();
		String key = Base64.getUrlEncoder().withoutPadding().encodeToString(nodeB.getBean(NodeKeys.class).rawPublicKey());
		ok(secretariat.send("PUT", "/api/v1/directory/nodes/" + nodeB.getBean(ThisNode.class).id(), token,
				"{\"endpoint\":\"http://127.0.0.1:" + port + "\",\"publicKey\":\"" + key + "\",\"authorities\":[\""
						+ BR_CENTRAL_AUTHORITY + "\",\"" + BR_POINT_OF_CONTACT + "\"]}"), 200);
		long version = ok(secretariat.send("POST", "/api/v1/directory/publications", token, null), 201).path("version").asLong();
		DemoLogins follower = logins(nodeB);
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
				read(follower.get("/api/v1/directory/trust", null)).path("version").asLong()).isEqualTo(version));
	}

	private String[] arguments(String name, String... arguments) {
		String[] all = new String[arguments.length + 2];
		all[0] = "--server.port=0";
		all[1] = "--hanoinet.data-dir=target/test-nodes/undelivered-" + run + "-" + name;
		System.arraycopy(arguments, 0, all, 2, arguments.length);
		return all;
	}

	private JsonNode ok(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return read(response);
	}

	private JsonNode read(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	private static DemoLogins logins(ConfigurableApplicationContext node) {
		return new DemoLogins(node.getBean(NodeProperties.class).dataDir(), port(node));
	}

	private static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}
}
