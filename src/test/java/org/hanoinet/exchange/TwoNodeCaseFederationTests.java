package org.hanoinet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hanoinet.TestNodes.logins;
import static org.hanoinet.TestNodes.port;
import static org.hanoinet.TestNodes.registerBrazil;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hanoinet.TestNodes;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two nodes on loopback, each with its own database and key: node A is the secretariat and serves Viet Nam,
 * node B follows A's directory and serves Brazil. A preservation request from Viet Nam reaches Brazil's
 * point of contact on B, Brazil acknowledges and confirms preservation there, and both nodes end with the
 * same chain of events and each other's signed receipts. (Two application contexts in one JVM; separate
 * processes, kill -9 and the load figures between two nodes are still to come.)
 */
class TwoNodeCaseFederationTests {

	static final String BR_CENTRAL_AUTHORITY = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000003";

	static final String BR_POINT_OF_CONTACT = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000004";

	static final Duration REFRESH = Duration.ofSeconds(2);

	static final String PRESERVATION = """
			{"legalBasis":{"kind":"TREATY","instrument":"Viet Nam-Brazil treaty on mutual legal assistance (demo)"},
			 "offenceBasis":{"kind":"CONVENTION_OFFENCE","article":7},"urgency":"URGENT","language":"en",
			 "conditions":{"confidential":true,"limitedUse":true},
			 "elements":{"OFFENCE_AND_FACTS":"Illegal access to a bank's servers on 2026-11-20.",
			   "DATA_AND_RELATION":"Connection logs of the account used in the intrusion.",
			   "CUSTODIAN_OR_LOCATION":"A webmail provider in São Paulo (fictitious).",
			   "NECESSITY":"The provider keeps logs for 30 days only.","INTENT_TO_REQUEST_ASSISTANCE":"yes"}}""";

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
	void aPreservationRequestTravelsToBrazilsNodeAndBothNodesKeepTheSameChain() {
		nodeA = start("a", "--hanoinet.directory.secretariat=true", "--hanoinet.directory.node-id=node-a",
				"--hanoinet.directory.served-states=VN,GH");
		DemoLogins vietNam = logins(nodeA);
		String secretariatKey = read(vietNam.get("/api/v1/directory/trust", null)).path("secretariatKey").asString();
		nodeB = start("b", "--hanoinet.directory.node-id=node-b",
				"--hanoinet.directory.secretariat-url=http://127.0.0.1:" + port(nodeA),
				"--hanoinet.directory.secretariat-key=" + secretariatKey,
				"--hanoinet.directory.refresh-period=" + REFRESH.toSeconds() + "s");
		DemoLogins brazil = logins(nodeB);
		registerBrazil(vietNam, nodeB, "http://127.0.0.1:" + port(nodeB), REFRESH.plus(Duration.ofSeconds(8)));

		String id = ok(vietNam.send("POST", "/api/v1/cases", vietNam.of("VN", Role.DUTY_OFFICER).apiToken(),
				"{\"type\":\"PRESERVATION\",\"requestedAuthority\":\"" + BR_POINT_OF_CONTACT + "\",\"contents\":" + PRESERVATION
						+ "}"), 201).path("id").asString();
		ok(vietNam.send("POST", "/api/v1/cases/" + id + "/submit", vietNam.of("VN", Role.DUTY_OFFICER).apiToken(), null), 200);
		JsonNode sent = ok(vietNam.send("POST", "/api/v1/cases/" + id + "/approve", vietNam.of("VN", Role.SUPERVISOR).apiToken(), null), 200);
		assertThat(sent.path("status").asString()).isEqualTo("SENT");

		String brazilsOfficer = brazil.of("BR", Role.DUTY_OFFICER).apiToken();
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
				read(brazil.get("/api/v1/cases/" + id, brazilsOfficer)).path("status").asString()).isEqualTo("DELIVERED"));
		for (String act : List.of("acknowledge", "start-review", "accept", "start-execution", "execute")) {
			ok(brazil.send("POST", "/api/v1/cases/" + id + "/acts/" + act, brazilsOfficer, null), 200);
		}

		String vietNamsOfficer = vietNam.of("VN", Role.DUTY_OFFICER).apiToken();
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
				read(vietNam.get("/api/v1/cases/" + id, vietNamsOfficer)).path("status").asString()).isEqualTo("EXECUTED"));
		JsonNode atA = read(vietNam.get("/api/v1/cases/" + id, vietNamsOfficer));
		JsonNode atB = read(brazil.get("/api/v1/cases/" + id, brazilsOfficer));
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
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(read(brazil.get("/api/v1/cases/" + id,
				brazilsOfficer)).path("allowedActs").valueStream().map(JsonNode::asString)).contains("GRANT_PRESERVATION_EXTENSION",
						"DECLINE_PRESERVATION_EXTENSION"));
		ok(brazil.send("POST", "/api/v1/cases/" + id + "/acts/grant-preservation-extension", brazilsOfficer, null), 200);
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
				hashes(read(vietNam.get("/api/v1/cases/" + id, vietNamsOfficer)))).as("the request and Brazil's grant on both nodes")
			.hasSize(11)
			.isEqualTo(hashes(read(brazil.get("/api/v1/cases/" + id, brazilsOfficer)))));
		JsonNode granted = read(vietNam.get("/api/v1/cases/" + id, vietNamsOfficer)).path("events").get(10);
		assertThat(granted.path("act").asString()).isEqualTo("GRANT_PRESERVATION_EXTENSION");
		assertThat(granted.path("details").path("days").asString()).isEqualTo("30");
	}

	private long receipts(ConfigurableApplicationContext node) {
		return node.getBean(Outbox.class).latest("DELIVERED", 1000).stream().filter(entry -> entry.receipt() != null).count();
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

	private ConfigurableApplicationContext start(String name, String... arguments) {
		List<String> all = new ArrayList<>(List.of("--server.port=0"));
		all.addAll(List.of(arguments));
		return TestNodes.start("target/test-nodes/federation-" + run + "-" + name, all.toArray(String[]::new));
	}
}
