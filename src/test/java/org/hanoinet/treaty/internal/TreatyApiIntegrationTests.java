package org.hanoinet.treaty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.hanoinet.NodeHttp;
import org.hanoinet.NodeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The public treaty API over HTTP, on the signatures imported at the node's first start. */
@NodeTest
class TreatyApiIntegrationTests {

	@LocalServerPort
	int port;

	NodeHttp http;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void connect() {
		http = new NodeHttp(port);
	}

	@Test
	void theDayAfterTheHanoiCeremonyCountsSeventyTwoSignatoriesAndNoParty() {
		JsonNode status = ok(http.get("/api/v1/treaty/status?date=2025-10-26"));

		assertThat(status.path("date").asString()).isEqualTo("2025-10-26");
		assertThat(status.path("signatories").asInt()).isEqualTo(72);
		assertThat(status.path("contractingStates").asInt()).isZero();
		assertThat(status.path("parties").asInt()).isZero();
		assertThat(status.path("inForce").asBoolean()).isFalse();
		assertThat(status.path("entryIntoForce").isNull()).isTrue();
		JsonNode groups = status.path("byRegionalGroup");
		assertThat(groups.path("AFRICA").asInt()).isEqualTo(21);
		assertThat(groups.path("ASIA_PACIFIC").asInt()).isEqualTo(19);
		assertThat(groups.path("EASTERN_EUROPE").asInt()).isEqualTo(7);
		assertThat(groups.path("WEOG").asInt()).isEqualTo(12);
		assertThat(groups.path("GRULAC").asInt()).isEqualTo(11);
		assertThat(groups.path("NON_MEMBER").asInt()).isEqualTo(1);
		assertThat(groups.path("REIO").asInt()).isEqualTo(1);
	}

	@Test
	void signaturesInNewYorkAfterTheCeremonyAreCountedFromTheirDate() {
		assertThat(ok(http.get("/api/v1/treaty/status?date=2025-11-19")).path("signatories").asInt()).isEqualTo(73);
		assertThat(ok(http.get("/api/v1/treaty/status?date=2025-10-24")).path("signatories").asInt()).isZero();
	}

	@Test
	void participantsCanBeFilteredByStatusAndGroup() {
		JsonNode weog = ok(http.get("/api/v1/treaty/participants?status=signatory&group=WEOG&date=2025-10-26"));

		assertThat(weog.size()).isEqualTo(12);
		assertThat(weog.valueStream().map(participant -> participant.path("code").asString())).contains("FRA", "GBR", "AUS")
			.doesNotContain("USA", "CAN");
		assertThat(ok(http.get("/api/v1/treaty/participants")).size()).isEqualTo(195);
		assertThat(ok(http.get("/api/v1/treaty/participants?group=REIO")).get(0).path("code").asString()).isEqualTo("EUU");
	}

	@Test
	void aParticipantShowsItsHistoryWithConfidenceAndSources() {
		JsonNode sweden = ok(http.get("/api/v1/treaty/participants/SWE?date=2026-01-01"));

		assertThat(sweden.path("name").asString()).isEqualTo("Sweden");
		assertThat(sweden.path("status").asString()).isEqualTo("SIGNATORY");
		assertThat(sweden.path("signedOn").asString()).isEqualTo("2025-10-26");
		JsonNode signature = sweden.path("history").get(0);
		assertThat(signature.path("kind").asString()).isEqualTo("SIGNATURE");
		assertThat(signature.path("place").asString()).isEqualTo("Hanoi");
		assertThat(signature.path("datePrecision").asString()).isEqualTo("latest-possible-day");
		assertThat(signature.path("confidence").asString()).isEqualTo("C");
		assertThat(signature.path("sources").asString()).contains("NEWSHOUR");
	}

	@Test
	void theEuropeanUnionAndPalestineHaveTheirOwnCodes() {
		assertThat(ok(http.get("/api/v1/treaty/participants/EUU")).path("kind").asString()).isEqualTo("REIO");
		assertThat(ok(http.get("/api/v1/treaty/participants/eu")).path("code").asString()).isEqualTo("EUU");
		assertThat(ok(http.get("/api/v1/treaty/participants/PSE")).path("group").asString()).isEqualTo("NON_MEMBER");
	}

	@Test
	void anUndatedReportIsShownButNotCounted() {
		JsonNode emirates = ok(http.get("/api/v1/treaty/participants/ARE"));

		assertThat(emirates.path("status").asString()).isEqualTo("NONE");
		assertThat(emirates.path("history").get(0).path("confidence").asString()).isEqualTo("D");
		assertThat(emirates.path("history").get(0).path("date").isNull()).isTrue();
	}

	@Test
	void aProjectionAnswersWhenTheConventionWouldEnterIntoForce() {
		StringBuilder deposits = new StringBuilder();
		String[] signatories = { "DZA", "AGO", "AUS", "AUT", "AZE", "BLR", "BEL", "BRA", "BRN", "BFA", "KHM", "CHL", "CHN", "CRI", "CIV", "CUB",
				"CZE", "PRK", "COD", "DJI", "DOM", "ECU", "EGY", "FRA", "GHA", "GRC", "GNB", "IRN", "IRL", "JAM", "KAZ", "LAO", "LBY", "LUX",
				"MYS", "MDV", "MLI", "MAR", "MOZ" };
		for (int index = 0; index < signatories.length; index++) {
			deposits.append("{\"participant\":\"").append(signatories[index]).append("\",\"date\":\"2027-01-")
				.append(String.format("%02d", index < 30 ? 1 : 2)).append("\",\"kind\":\"RATIFICATION\"},");
		}
		deposits.append("{\"participant\":\"USA\",\"date\":\"2027-03-01\",\"kind\":\"ACCESSION\"},");
		deposits.append("{\"participant\":\"EUU\",\"date\":\"2027-03-01\",\"kind\":\"APPROVAL\"}");

		JsonNode projection = ok(http.post("/api/v1/treaty/projection", "application/json", "{\"deposits\":[" + deposits + "]}"));

		assertThat(projection.path("instrumentsCounted").asInt()).isEqualTo(40);
		assertThat(projection.path("entryIntoForce").asString()).isEqualTo("2027-05-30");
		JsonNode usa = projection.path("participants").valueStream().filter(effect -> effect.path("participant").asString().equals("USA")).findFirst().orElseThrow();
		assertThat(usa.path("effectiveDate").asString()).isEqualTo("2027-05-30");
		JsonNode eu = projection.path("participants").valueStream().filter(effect -> effect.path("participant").asString().equals("EUU")).findFirst().orElseThrow();
		assertThat(eu.path("counted").asBoolean()).isFalse();
		assertThat(ok(http.get("/api/v1/treaty/status?date=2030-01-01")).path("instrumentsCounted").asInt()).isZero();
	}

	@Test
	void aForbiddenHypotheticalDepositIsRefusedWithTheReason() {
		HttpResponse<String> response = http.post("/api/v1/treaty/projection", "application/json",
				"{\"deposits\":[{\"participant\":\"USA\",\"date\":\"2027-03-01\",\"kind\":\"RATIFICATION\"}]}");

		JsonNode problem = problem(response, 422);
		assertThat(problem.path("type").asString()).isEqualTo("urn:hanoinet:problem:treaty-not-signed");
		assertThat(problem.path("detail").asString()).contains("USA cannot deposit an instrument of ratification on 2027-03-01");

		JsonNode late = problem(http.post("/api/v1/treaty/projection", "application/json",
				"{\"deposits\":[{\"participant\":\"USA\",\"date\":\"2027-01-04\",\"kind\":\"SIGNATURE\"}]}"), 422);
		assertThat(late.path("type").asString()).isEqualTo("urn:hanoinet:problem:treaty-signature-closed");
	}

	@Test
	void badDatesCodesAndFiltersAreBadRequestsThatSayWhatIsWrong() {
		JsonNode date = problem(http.get("/api/v1/treaty/status?date=26-10-2025"), 400);
		assertThat(date.path("detail").asString()).isEqualTo("'26-10-2025' is not a date: write it as YYYY-MM-DD, e.g. 2025-10-26.");
		assertThat(date.path("field").asString()).isEqualTo("date");

		assertThat(problem(http.get("/api/v1/treaty/participants/XYZ"), 400).path("detail").asString()).contains("'XYZ' is not a participant");
		assertThat(problem(http.get("/api/v1/treaty/participants?group=EUROPE"), 400).path("detail").asString()).contains("'EUROPE' is not a group");
		assertThat(problem(http.post("/api/v1/treaty/projection", "application/json",
				"{\"deposits\":[{\"participant\":\"FRA\",\"date\":\"2027-03-01\",\"kind\":\"MARRIAGE\"}]}"), 400).path("detail").asString())
			.contains("'MARRIAGE' is not an action");
	}

	private JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private JsonNode problem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).doesNotContain("Exception", "org.hanoinet");
		return json.readTree(response.body());
	}
}
