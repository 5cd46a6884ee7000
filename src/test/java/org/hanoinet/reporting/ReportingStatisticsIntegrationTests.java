package org.hanoinet.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.hanoinet.NodeTest;
import org.hanoinet.StoppedClock;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A node of its own whose clock stands still until the test moves it. The demo cases are seeded in February 2027;
 * in April Viet Nam sends Brazil seven urgent preservation requests and one request for mutual legal assistance.
 * Brazil acknowledges the seven after 10 to 40 minutes, accepts and executes five, refuses one on essential
 * interests, and Viet Nam withdraws the last; Brazil stores five evidence items. The statistics of April must say
 * exactly that, on both sides, with every count below 5 given as "< 5".
 */
@NodeTest
@Import(ReportingStatisticsIntegrationTests.StillClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingStatisticsIntegrationTests {

	static final Instant DEMO_START = Instant.parse("2027-02-10T09:00:00Z");

	static final Instant STORY_START = Instant.parse("2027-04-05T08:00:00Z");

	static final String BR_POINT_OF_CONTACT = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000004";

	static final String BR_CENTRAL_AUTHORITY = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000003";

	static final String APRIL = "/api/v1/reporting/statistics?from=2027-04&to=2027-04";

	/** The minutes Brazil takes to acknowledge each preservation request. */
	static final int[] ACKNOWLEDGED_AFTER = { 10, 15, 20, 25, 30, 35, 40 };

	@TestConfiguration
	static class StillClock {

		@Bean
		@Primary
		StoppedClock movedClock() {
			return new StoppedClock(DEMO_START);
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	NodeProperties node;

	@Autowired
	StoppedClock clock;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	DemoLogins demo;

	@BeforeAll
	void runTheStoryOfApril() {
		demo = new DemoLogins(node.dataDir(), port);
		moveClock(Duration.between(clock.instant(), STORY_START));
		List<String> preservations = new ArrayList<>();
		for (int index = 0; index < ACKNOWLEDGED_AFTER.length; index++) {
			String id = sendPreservation();
			preservations.add(id);
			moveClock(Duration.ofMinutes(ACKNOWLEDGED_AFTER[index]));
			act(id, "acknowledge", "BR", Role.DUTY_OFFICER, null);
			if (index == 6) {
				act(id, "notify-no-longer-needed", "VN", Role.DUTY_OFFICER, "{\"text\":\"The suspect was identified otherwise.\"}");
				continue;
			}
			act(id, "start-review", "BR", Role.DUTY_OFFICER, null);
			moveClock(Duration.ofHours(1));
			if (index == 5) {
				act(id, "refuse", "BR", Role.SUPERVISOR, "{\"grounds\":[\"ESSENTIAL_INTERESTS\"],\"text\":\"The data concern a matter of national security.\"}");
				continue;
			}
			act(id, "accept", "BR", Role.DUTY_OFFICER, null);
			act(id, "start-execution", "BR", Role.DUTY_OFFICER, null);
			moveClock(Duration.ofHours(2));
			act(id, "execute", "BR", Role.DUTY_OFFICER, null);
			moveClock(Duration.ofMinutes(3));
		}
		for (int size = 10; size < 15; size++) {
			storeEvidence(preservations.getFirst(), "x".repeat(size));
		}
		sendMutualLegalAssistance();
	}

	@Test
	void theRequestingStateCountsWhatItSentPerTypePartnerAndMonth() {
		JsonNode april = statistics("VN", Role.CASE_HANDLER, APRIL);

		assertThat(april.path("state").asString()).isEqualTo("VN");
		assertThat(april.path("threshold").asInt()).isEqualTo(5);
		assertThat(april.path("sent").path("requests").asLong()).isEqualTo(8);
		assertThat(april.path("requests").valueStream()
			.map(line -> line.path("direction").asString() + " " + line.path("type").asString() + " " + line.path("partnerState").asString()
					+ " " + line.path("month").asString() + " " + line.path("count").asString()))
			.as("only this story happened in April on Viet Nam's sending side")
			.contains("SENT PRESERVATION BR 2027-04 7", "SENT MUTUAL_LEGAL_ASSISTANCE BR 2027-04 < 5")
			.filteredOn(line -> line.startsWith("SENT"))
			.hasSize(2);
	}

	@Test
	void outcomesAndTimesMatchWhatBothSidesDid() {
		for (JsonNode side : List.of(statistics("VN", Role.SUPERVISOR, APRIL).path("sent"),
				statistics("BR", Role.SUPERVISOR, APRIL).path("received"))) {
			JsonNode outcomes = side.path("outcomes");
			assertThat(outcomes.path("executed").asLong()).isEqualTo(5);
			assertThat(outcomes.path("refused").asString()).isEqualTo("< 5");
			assertThat(outcomes.path("refusedByGround").path("ESSENTIAL_INTERESTS").asString()).isEqualTo("< 5");
			assertThat(outcomes.path("refusedByGround").size()).isEqualTo(1);
			assertThat(outcomes.path("withdrawn").asString()).isEqualTo("< 5");
			assertThat(outcomes.path("postponed").asLong()).isZero();

			assertThat(side.path("timeToAcknowledge").path("count").asLong()).isEqualTo(7);
			assertThat(side.path("timeToAcknowledge").path("medianSeconds").asDouble()).isEqualTo(25 * 60.0);
			assertThat(side.path("timeToAcknowledge").path("p90Seconds").asDouble()).isEqualTo(40 * 60.0);
			assertThat(side.path("timeToFirstAct").path("count").asLong()).isEqualTo(6);
			assertThat(side.path("timeToFirstAct").path("medianSeconds").asDouble()).isEqualTo((20 + 60) * 60.0);
			assertThat(side.path("timeToFirstAct").path("p90Seconds").asDouble()).isEqualTo((35 + 60) * 60.0);
			assertThat(side.path("timeToExecution").path("count").asLong()).isEqualTo(5);
			assertThat(side.path("timeToExecution").path("medianSeconds").asDouble()).isEqualTo((20 + 180) * 60.0);
			assertThat(side.path("timeToExecution").path("p90Seconds").asDouble()).isEqualTo((30 + 180) * 60.0);

			JsonNode acknowledgement = side.path("clocks").valueStream()
				.filter(clockLine -> clockLine.path("kind").asString().equals("ACKNOWLEDGEMENT"))
				.findFirst()
				.orElseThrow();
			assertThat(acknowledgement.path("met").asLong()).isEqualTo(7);
			assertThat(acknowledgement.path("missed").asLong()).isZero();
			assertThat(side.path("evidence").path("items").asLong()).isEqualTo(5);
			assertThat(side.path("evidence").path("bytes").asLong()).isEqualTo(10 + 11 + 12 + 13 + 14);
		}
	}

	@Test
	void theRequestedStateSeesItsAlertsAcknowledgedWithTheCases() {
		JsonNode duty = statistics("BR", Role.NODE_ADMIN, APRIL).path("duty");

		assertThat(duty.path("alerts").asLong()).isEqualTo(7);
		assertThat(duty.path("acknowledged").asLong()).isEqualTo(7);
		assertThat(duty.path("closedByDelivery").asLong()).isZero();
		assertThat(duty.path("timeToAcknowledge").path("medianSeconds").asDouble()).isEqualTo(25 * 60.0);
		assertThat(duty.path("timeToAcknowledge").path("p90Seconds").asDouble()).isEqualTo(40 * 60.0);
	}

	@Test
	void aTimeMeasuredOnFewerRequestsThanTheThresholdIsNotGiven() {
		JsonNode received = statistics("BR", Role.SUPERVISOR, APRIL).path("received");
		JsonNode march = statistics("VN", Role.SUPERVISOR, "/api/v1/reporting/statistics?from=2027-03&to=2027-03");

		assertThat(received.path("requests").asLong()).isEqualTo(8);
		assertThat(march.path("sent").path("requests").asLong()).as("nothing was sent in March").isZero();
		assertThat(march.path("requests").size()).isZero();
		JsonNode february = statistics("VN", Role.SUPERVISOR, "/api/v1/reporting/statistics?from=2027-02&to=2027-02");
		assertThat(february.path("sent").path("requests").asString()).as("the three demo requests of Viet Nam").isEqualTo("< 5");
		assertThat(february.path("sent").path("timeToAcknowledge").path("count").asString()).isEqualTo("< 5");
		assertThat(february.path("sent").path("timeToAcknowledge").path("medianSeconds").isNumber()).isFalse();
		assertThat(february.path("sent").path("timeToAcknowledge").path("p90Seconds").isNumber()).isFalse();
	}

	@Test
	void theCsvGivesTheSameFiguresOneMeasureARowAndIsAudited() {
		long exportsBefore = exportsAudited();
		HttpResponse<String> byAccept = demo.get(APRIL, token("VN", Role.CASE_HANDLER), "text/csv");
		HttpResponse<String> byFormat = demo.get(APRIL + "&format=csv", token("VN", Role.CASE_HANDLER));

		assertThat(byAccept.statusCode()).isEqualTo(200);
		assertThat(byAccept.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(byAccept.body().lines()).first().isEqualTo("section,direction,case_type,partner_state,month,measure,value");
		assertThat(byAccept.body().lines()).contains("requests,sent,PRESERVATION,BR,2027-04,count,7",
				"requests,sent,MUTUAL_LEGAL_ASSISTANCE,BR,2027-04,count,< 5", "totals,sent,,,,requests,8",
				"outcomes,sent,,,,executed,5", "outcomes,sent,,,,refused,< 5", "outcomes,sent,,,,refused:ESSENTIAL_INTERESTS,< 5",
				"times,sent,,,,acknowledge:median_seconds,1500.0", "evidence,sent,,,,bytes,60");
		assertThat(byFormat.body()).isEqualTo(byAccept.body());
		assertThat(exportsAudited()).isEqualTo(exportsBefore + 2);
	}

	@Test
	void aBadPeriodIsAProblemThatSaysWhatToChange() {
		HttpResponse<String> malformed = demo.get("/api/v1/reporting/statistics?from=2027-13", token("VN", Role.CASE_HANDLER));
		HttpResponse<String> reversed = demo.get("/api/v1/reporting/statistics?from=2027-05&to=2027-04", token("VN", Role.CASE_HANDLER));
		HttpResponse<String> tooLong = demo.get("/api/v1/reporting/statistics?from=2020-01&to=2027-04", token("VN", Role.CASE_HANDLER));

		for (HttpResponse<String> refused : List.of(malformed, reversed, tooLong)) {
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
			assertThat(json.readTree(refused.body()).path("type").asString()).isEqualTo("urn:hanoinet:problem:reporting-invalid-period");
		}
		assertThat(json.readTree(malformed.body()).path("field").asString()).isEqualTo("from");
		assertThat(json.readTree(malformed.body()).path("detail").asString()).contains("'2027-13' is not a month");
		assertThat(json.readTree(reversed.body()).path("detail").asString()).contains("starts in 2027-05, after its last month 2027-04");
		assertThat(json.readTree(tooLong.body()).path("detail").asString()).contains("covers 88 months", "at most 60 months");
	}

	@Test
	void aDutyOfficerSeesNoStatistics() {
		HttpResponse<String> refused = demo.get(APRIL, token("VN", Role.DUTY_OFFICER));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain("PRESERVATION");
	}

	/**
	 * Moves the node's clock once the outbox has handed every due envelope to the inbox, as a running node does within
	 * moments: a jump past an envelope still waiting would raise an alert that it is overdue, which no officer caused.
	 */
	private void moveClock(Duration by) {
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
				"select count(*) from exchange_outbox where state = 'PENDING' and next_attempt_at <= :now")
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single() == 0);
		clock.move(by);
	}

	private JsonNode statistics(String state, Role role, String path) {
		HttpResponse<String> response = demo.get(path, token(state, role));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private long exportsAudited() {
		return jdbc.sql("select count(*) from audit_leaf where audit_type = 'reporting.statistics-exported'").query(Long.class).single();
	}

	private String sendPreservation() {
		String contents = "{\"legalBasis\":{\"kind\":\"TREATY\",\"instrument\":\"Viet Nam-Brazil treaty on mutual legal assistance (demo)\"},"
				+ "\"offenceBasis\":{\"kind\":\"CONVENTION_OFFENCE\",\"article\":7},\"urgency\":\"URGENT\",\"language\":\"en\","
				+ "\"elements\":{\"OFFENCE_AND_FACTS\":\"Illegal access to a port operator's servers on 2027-04-01.\","
				+ "\"DATA_AND_RELATION\":\"Sign-in logs of the account used.\",\"CUSTODIAN_OR_LOCATION\":\"Example Cloud Ltda.\","
				+ "\"NECESSITY\":\"Logs are kept for 14 days.\",\"INTENT_TO_REQUEST_ASSISTANCE\":\"yes\"}}";
		String id = send("POST", "/api/v1/cases", "VN", Role.DUTY_OFFICER,
				"{\"type\":\"PRESERVATION\",\"requestedAuthority\":\"" + BR_POINT_OF_CONTACT + "\",\"contents\":" + contents + "}", 201)
			.path("id")
			.asString();
		send("POST", "/api/v1/cases/" + id + "/submit", "VN", Role.DUTY_OFFICER, null, 200);
		send("POST", "/api/v1/cases/" + id + "/approve", "VN", Role.SUPERVISOR, null, 200);
		return id;
	}

	private void sendMutualLegalAssistance() {
		String contents = "{\"legalBasis\":{\"kind\":\"TREATY\",\"instrument\":\"Viet Nam-Brazil treaty on mutual legal assistance (demo)\"},"
				+ "\"offenceBasis\":{\"kind\":\"SERIOUS_CRIME\",\"description\":\"Fraud\"},\"language\":\"en\","
				+ "\"elements\":{\"SUBJECT_OF_PROCEEDINGS\":\"Investigation of a ransom paid by a port operator\","
				+ "\"SUMMARY_OF_FACTS\":\"The ransom went to an account in Brazil.\",\"ASSISTANCE_TYPES\":\"DOCUMENTS_AND_RECORDS\","
				+ "\"ASSISTANCE_SOUGHT\":\"Records of the account.\",\"PURPOSE\":\"Trace the ransom.\"}}";
		String id = send("POST", "/api/v1/cases", "VN", Role.CASE_HANDLER,
				"{\"type\":\"MUTUAL_LEGAL_ASSISTANCE\",\"requestedAuthority\":\"" + BR_CENTRAL_AUTHORITY + "\",\"contents\":" + contents + "}",
				201)
			.path("id")
			.asString();
		send("POST", "/api/v1/cases/" + id + "/submit", "VN", Role.CASE_HANDLER, null, 200);
		send("POST", "/api/v1/cases/" + id + "/approve", "VN", Role.SUPERVISOR, null, 200);
	}

	private void act(String id, String act, String state, Role role, String body) {
		send("POST", "/api/v1/cases/" + id + "/acts/" + act, state, role, body, 200);
	}

	/** Brazil, the requested side, uploads one item to the case in one tus request. */
	private void storeEvidence(String caseId, String content) {
		String token = token("BR", Role.DUTY_OFFICER);
		HttpResponse<String> started = demo.send("POST", "/api/v1/cases/" + caseId + "/evidence/uploads", token,
				Map.of("Tus-Resumable", "1.0.0", "Upload-Length", Integer.toString(content.length()), "Upload-Metadata",
						"filename " + Base64.getEncoder().encodeToString("logs.txt".getBytes(StandardCharsets.UTF_8))),
				null);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		String location = started.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> stored = demo.send("PATCH", "/api/v1/cases/" + caseId + "/evidence/uploads/" + location.substring(location.lastIndexOf('/') + 1),
				token, Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", "0", "Content-Type", "application/offset+octet-stream"), content);
		assertThat(stored.statusCode()).as(stored.body()).isEqualTo(204);
	}

	private JsonNode send(String method, String path, String state, Role role, String body, int expected) {
		HttpResponse<String> response = demo.send(method, path, token(state, role), body);
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
		return json.readTree(response.body());
	}

	private String token(String state, Role role) {
		return demo.of(state, role).apiToken();
	}
}
