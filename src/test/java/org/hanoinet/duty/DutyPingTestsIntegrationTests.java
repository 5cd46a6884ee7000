package org.hanoinet.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import org.hanoinet.MovableClock;
import org.hanoinet.MovableClockNodeTest;
import org.hanoinet.duty.internal.PingTests;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.UnusedTotpCodes;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The ping tests of the 24/7 network on the demo node, which serves the points of contact of Viet Nam, Brazil
 * and Ghana: Viet Nam's supervisor pings the peers, Brazil's and Ghana's officers on duty get a PING_TEST alert,
 * Brazil acknowledges and its response time is recorded; the periodic rounds follow the configured interval
 * (P7D by default) on the moved clock. Ping tests to points of contact served by other nodes are out of scope
 * (federation does not carry them), so the demo node's own three points of contact are the whole network here.
 */
@MovableClockNodeTest
class DutyPingTestsIntegrationTests {

	static final String GH_POINT_OF_CONTACT = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000006";

	@LocalServerPort
	int port;

	@Autowired
	NodeProperties node;

	@Autowired
	MovableClock clock;

	@Autowired
	PingTests pings;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	DemoLogins demo;

	@BeforeEach
	void readDemoLogins() {
		demo = new DemoLogins(node.dataDir(), port);
	}

	@Test
	void aPingFromVietNamAlertsTheOfficersOnDutyOfBrazilAndGhanaAndRecordsBrazilsResponseTime() {
		JsonNode round = call("VN", Role.SUPERVISOR, "POST", "/api/v1/duty/ping-tests", 200);
		assertThat(round.path("sent").asInt()).isGreaterThanOrEqualTo(2);

		JsonNode brazilAlert = latestPingAlertFromVietNam("BR");
		JsonNode ghanaAlert = latestPingAlertFromVietNam("GH");
		assertThat(brazilAlert.path("open").asBoolean()).isTrue();
		assertThat(brazilAlert.path("authority").asString()).isEqualTo(UrgentRequests.BR_POINT_OF_CONTACT);
		assertThat(ghanaAlert.path("authority").asString()).isEqualTo(GH_POINT_OF_CONTACT);
		assertThat(kinds(brazilAlert.path("records"))).contains("RAISED", "NOTIFIED");

		clock.advance(Duration.ofMinutes(2));
		JsonNode acknowledged = call("BR", Role.DUTY_OFFICER, "POST",
				"/api/v1/duty/alerts/" + brazilAlert.path("id").asString() + "/acknowledge", 200);
		assertThat(acknowledged.path("open").asBoolean()).isFalse();

		JsonNode results = call("VN", Role.SUPERVISOR, "GET", "/api/v1/duty/ping-tests", 200);
		JsonNode brazil = peer(results, "BR");
		assertThat(brazil.path("status").asString()).isEqualTo("ANSWERED");
		assertThat(brazil.path("responseSeconds").asDouble()).isBetween(120.0, 180.0);
		assertThat(brazil.path("acknowledgedAt").asString()).isEqualTo(acknowledged.path("acknowledgedAt").asString());
		JsonNode ghana = peer(results, "GH");
		assertThat(ghana.path("status").asString()).isEqualTo("OPEN");
		assertThat(ghana.path("responseSeconds").isNull()).isTrue();

		assertThat(auditTypesNaming(brazilAlert.path("id").asString())).contains("duty.ping-sent", "duty.ping-answered");
		assertThat(auditTypesNaming(ghanaAlert.path("id").asString())).contains("duty.ping-sent").doesNotContain("duty.ping-answered");

		HttpResponse<String> page = demo.signedIn("VN", Role.SUPERVISOR, new UnusedTotpCodes(jdbc, clock)).get("/duty");
		assertThat(page.body()).contains("Last ping test per peer State", "Brazil", "Answered", "Ghana", "Waiting for an answer");
		HttpResponse<String> vietnamese = demo.signedIn("VN", Role.SUPERVISOR, new UnusedTotpCodes(jdbc, clock)).get("/duty?lang=vi");
		assertThat(vietnamese.body()).contains("Lần kiểm tra liên lạc gần nhất với từng Quốc gia đối tác", "Đã phản hồi",
				"Đang chờ phản hồi");
	}

	@Test
	void theNextRoundGoesOutOneIntervalAfterTheLastAndNotBefore() {
		call("VN", Role.SUPERVISOR, "POST", "/api/v1/duty/ping-tests", 200);
		String firstRound = peer(call("VN", Role.SUPERVISOR, "GET", "/api/v1/duty/ping-tests", 200), "BR").path("sentAt").asString();

		clock.advance(Duration.ofDays(7).minusMinutes(1));
		transaction.executeWithoutResult(status -> pings.pingDue());
		JsonNode beforeInterval = call("VN", Role.SUPERVISOR, "GET", "/api/v1/duty/ping-tests", 200);
		assertThat(peer(beforeInterval, "BR").path("sentAt").asString()).isEqualTo(firstRound);
		assertThat(peer(beforeInterval, "GH").path("status").asString()).isEqualTo("UNANSWERED");

		clock.advance(Duration.ofMinutes(2));
		transaction.executeWithoutResult(status -> pings.pingDue());
		JsonNode afterInterval = call("VN", Role.SUPERVISOR, "GET", "/api/v1/duty/ping-tests", 200);
		assertThat(peer(afterInterval, "BR").path("sentAt").asString()).isNotEqualTo(firstRound);
		assertThat(peer(afterInterval, "BR").path("status").asString()).isEqualTo("OPEN");
		assertThat(peer(afterInterval, "GH").path("status").asString()).isEqualTo("OPEN");
	}

	@Test
	void onlySupervisorsAndNodeAdministratorsSendPingTests() {
		HttpResponse<String> refused = demo.send("POST", "/api/v1/duty/ping-tests", demo.of("VN", Role.DUTY_OFFICER).apiToken(), null);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(call("GH", Role.NODE_ADMIN, "POST", "/api/v1/duty/ping-tests", 200).path("state").asString()).isEqualTo("GH");
	}

	private JsonNode latestPingAlertFromVietNam(String state) {
		JsonNode alerts = call(state, Role.DUTY_OFFICER, "GET", "/api/v1/duty/alerts", 200);
		List<JsonNode> pingsFromVietNam = StreamSupport.stream(alerts.spliterator(), false)
			.filter(alert -> alert.path("kind").asString().equals("PING_TEST"))
			.filter(alert -> alert.path("requestingState").asString().equals("VN"))
			.toList();
		assertThat(pingsFromVietNam).as("open ping-test alerts of %s from VN", state).isNotEmpty();
		return pingsFromVietNam.getLast();
	}

	private List<String> auditTypesNaming(String id) {
		return jdbc.sql("select audit_type from audit_leaf where ? = any(field_values)").param(id).query(String.class).list();
	}

	private static JsonNode peer(JsonNode results, String state) {
		return StreamSupport.stream(results.spliterator(), false)
			.filter(result -> result.path("peerState").asString().equals(state))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No ping test to " + state + " in " + results));
	}

	private static List<String> kinds(JsonNode records) {
		return StreamSupport.stream(records.spliterator(), false).map(record -> record.path("kind").asString()).toList();
	}

	private JsonNode call(String state, Role role, String method, String path, int expected) {
		HttpResponse<String> response = demo.send(method, path, demo.of(state, role).apiToken(), null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
		return UrgentRequests.json(response);
	}
}
