package org.hanoinet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hanoinet.TestNodes.json;
import static org.hanoinet.TestNodes.logins;
import static org.hanoinet.TestNodes.ok;
import static org.hanoinet.TestNodes.port;
import static org.hanoinet.TestNodes.registerBrazil;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.hanoinet.TestNodes;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * Two nodes on loopback, each with its own database and key: node A is the secretariat and serves Viet Nam,
 * node B follows A's directory and serves Brazil. A preservation request from Viet Nam reaches Brazil's
 * point of contact on B, Brazil acknowledges and confirms preservation there, and both nodes end with the
 * same chain of events and each other's signed receipts. (Two application contexts in one JVM; separate
 * processes, kill -9 and the load figures between two nodes are still to come.)
 */
class TwoNodeCaseFederationTests {

	static final Duration REFRESH = Duration.ofSeconds(2);

	final String run = UUID.randomUUID().toString();

	ConfigurableApplicationContext nodeA;

	ConfigurableApplicationContext nodeB;

	@AfterEach
	void stopNodes() {
		TestNodes.stop(nodeB, nodeA);
	}

	@Test
	void aPreservationRequestTravelsToBrazilsNodeAndBothNodesKeepTheSameChain() {
		nodeA = TestNodes.startSecretariat(dataDir("a"));
		DemoLogins vietNam = logins(nodeA);
		nodeB = TestNodes.startFollower(nodeA, REFRESH, dataDir("b"));
		DemoLogins brazil = logins(nodeB);
		registerBrazil(vietNam, nodeB, "http://127.0.0.1:" + port(nodeB), REFRESH.plus(Duration.ofSeconds(8)));

		JsonNode sent = TestNodes.sendPreservation(vietNam);
		String id = sent.path("id").asString();
		assertThat(sent.path("status").asString()).isEqualTo("SENT");

		String brazilsOfficer = brazil.of("BR", Role.DUTY_OFFICER).apiToken();
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
				json(brazil.get("/api/v1/cases/" + id, brazilsOfficer)).path("status").asString()).isEqualTo("DELIVERED"));
		for (String act : List.of("acknowledge", "start-review", "accept", "start-execution", "execute")) {
			ok(brazil.send("POST", "/api/v1/cases/" + id + "/acts/" + act, brazilsOfficer, null), 200);
		}

		String vietNamsOfficer = vietNam.of("VN", Role.DUTY_OFFICER).apiToken();
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
				json(vietNam.get("/api/v1/cases/" + id, vietNamsOfficer)).path("status").asString()).isEqualTo("EXECUTED"));
		JsonNode atA = json(vietNam.get("/api/v1/cases/" + id, vietNamsOfficer));
		JsonNode atB = json(brazil.get("/api/v1/cases/" + id, brazilsOfficer));
		assertThat(hashes(atA)).hasSize(9).isEqualTo(hashes(atB));
		assertThat(atA.path("chainIntact").asBoolean()).isTrue();
		assertThat(atB.path("chainIntact").asBoolean()).isTrue();
		assertThat(atA.path("events").get(3).path("act").asString()).isEqualTo("RECORD_DELIVERY");

		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			assertThat(receipts(nodeA)).as("one opening: draft, submission and approval in one envelope").isEqualTo(1);
			assertThat(receipts(nodeB)).isEqualTo(6);
		});

		JsonNode asked = ok(vietNam.send("POST", "/api/v1/cases/" + id + "/acts/extend-preservation", vietNamsOfficer,
				"{\"days\":30,\"text\":\"The request for the data is being translated.\"}"), 200);
		assertThat(asked.path("allowedActs").valueStream().map(JsonNode::asString)).doesNotContain("GRANT_PRESERVATION_EXTENSION");
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(json(brazil.get("/api/v1/cases/" + id,
				brazilsOfficer)).path("allowedActs").valueStream().map(JsonNode::asString)).contains("GRANT_PRESERVATION_EXTENSION",
						"DECLINE_PRESERVATION_EXTENSION"));
		ok(brazil.send("POST", "/api/v1/cases/" + id + "/acts/grant-preservation-extension", brazilsOfficer, null), 200);
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
				hashes(json(vietNam.get("/api/v1/cases/" + id, vietNamsOfficer)))).as("the request and Brazil's grant on both nodes")
			.hasSize(11)
			.isEqualTo(hashes(json(brazil.get("/api/v1/cases/" + id, brazilsOfficer)))));
		JsonNode granted = json(vietNam.get("/api/v1/cases/" + id, vietNamsOfficer)).path("events").get(10);
		assertThat(granted.path("act").asString()).isEqualTo("GRANT_PRESERVATION_EXTENSION");
		assertThat(granted.path("details").path("days").asString()).isEqualTo("30");
	}

	private long receipts(ConfigurableApplicationContext node) {
		return node.getBean(Outbox.class).latest("DELIVERED", 1000).stream().filter(entry -> entry.receipt() != null).count();
	}

	private List<String> hashes(JsonNode view) {
		return view.path("events").valueStream().map(event -> event.path("hash").asString()).toList();
	}

	private String dataDir(String name) {
		return "target/test-nodes/federation-" + run + "-" + name;
	}
}
