package org.hanoinet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hanoinet.TestNodes.json;
import static org.hanoinet.TestNodes.logins;
import static org.hanoinet.TestNodes.port;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.hanoinet.MovableClock;
import org.hanoinet.TestNodes;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.UnusedTotpCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * Viet Nam's node (A, whose clock the test moves) sends an urgent preservation request to Brazil's node (B),
 * which the directory lists at a port where nothing answers: after the configured minute, Viet Nam's duty
 * officer gets one alert naming node B and the telephone of Brazil's 24/7 point of contact. Once the directory
 * gives B's real address, the envelopes arrive and the alert closes by itself.
 */
class UndeliveredUrgentEnvelopeTests {

	final String run = UUID.randomUUID().toString();

	ConfigurableApplicationContext nodeA;

	ConfigurableApplicationContext nodeB;

	@AfterEach
	void stopNodes() {
		TestNodes.stop(nodeB, nodeA);
	}

	@Test
	void anUrgentRequestThePeerNodeDoesNotReceiveAlertsTheSendingDutyOfficerOnceWithThePeersPhone() throws IOException {
		nodeA = TestNodes.startSecretariat(new Class<?>[] { MovableClock.Configuration.class }, dataDir("a"));
		MovableClock clock = nodeA.getBean(MovableClock.class);
		DemoLogins vietNam = logins(nodeA);
		nodeB = TestNodes.startFollower(nodeA, Duration.ofSeconds(2), dataDir("b"));
		int nothingListens;
		try (ServerSocket closed = new ServerSocket(0)) {
			nothingListens = closed.getLocalPort();
		}
		register(vietNam, nothingListens);

		String id = TestNodes.sendPreservation(vietNam).path("id").asString();
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
		JsonNode delivery = json(vietNam.get("/api/v1/cases/" + id, officer)).path("delivery");
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
		assertThat(json(vietNam.get("/api/v1/cases/" + id, officer)).path("delivery").path("state").asString()).isEqualTo("DELIVERED");
	}

	private List<JsonNode> undeliveredAlerts(DemoLogins node, String token, String caseId) {
		return json(node.get("/api/v1/duty/alerts?case=" + caseId, token)).valueStream()
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

	/** The directory lists node B at {@code port} of the loopback address, and B has taken that version. */
	private void register(DemoLogins secretariat, int port) {
		TestNodes.registerBrazil(secretariat, nodeB, "http://127.0.0.1:" + port, Duration.ofSeconds(15));
	}

	private String dataDir(String name) {
		return "target/test-nodes/undelivered-" + run + "-" + name;
	}
}
