package org.hanoinet.cooperation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.hanoinet.NodeTest;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The cases API as a national case system uses it: two demo States play both sides of a request on one node. */
@NodeTest
class CaseApiIntegrationTests {

	static final String BR_POINT_OF_CONTACT = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000004";

	static final String BR_CENTRAL_AUTHORITY = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000003";

	@LocalServerPort
	int port;

	@Autowired
	NodeProperties node;

	DemoLogins demo;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void readDemoLogins() {
		demo = new DemoLogins(node.dataDir(), port);
	}

	@Test
	void vietNamSendsAPreservationRequestThatBrazilsPointOfContactAcknowledges() {
		JsonNode draft = created(draft("PRESERVATION", BR_POINT_OF_CONTACT, preservation("en", treaty())));
		String id = draft.path("id").asString();
		assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.path("missing").size()).isZero();

		assertThat(call("POST", "/api/v1/cases/" + id + "/submit", "VN", Role.DUTY_OFFICER, null).path("status").asString())
			.isEqualTo("AWAITING_APPROVAL");
		JsonNode sent = call("POST", "/api/v1/cases/" + id + "/approve", "VN", Role.SUPERVISOR, null);
		assertThat(sent.path("status").asString()).isEqualTo("DELIVERED");

		List<String> brazilsInbox = json.readTree(demo.get("/api/v1/cases?box=inbox", token("BR", Role.DUTY_OFFICER)).body())
			.valueStream().map(line -> line.path("id").asString()).toList();
		assertThat(brazilsInbox).contains(id);
		JsonNode seenByBrazil = json.readTree(demo.get("/api/v1/cases/" + id, token("BR", Role.DUTY_OFFICER)).body());
		assertThat(seenByBrazil.path("allowedActs").valueStream().map(JsonNode::asString)).contains("ACKNOWLEDGE")
			.doesNotContain("APPROVE", "WITHDRAW");

		// other nodes and national systems read these fields by name, the clocks' and delivery's among them
		assertThat(seenByBrazil.propertyNames()).containsExactly("id", "type", "article", "status", "urgency", "requesting",
				"requested", "contents", "drafter", "offeredConditions", "bindingConditions", "statusRequestPending",
				"allowedActs", "missing", "chainIntact", "events", "clocks", "delivery");
		assertThat(seenByBrazil.path("clocks").get(0).propertyNames()).containsExactly("kind", "state", "startedAt", "dueAt",
				"metAt", "firedAt", "firedLate", "counting", "countingRule", "zone", "requestedZone", "dueInRequestedZone",
				"requestingZone", "dueInRequestingZone");
		JsonNode firstClock = seenByBrazil.path("clocks").get(0);
		assertThat(firstClock.path("requestingZone").asString()).isEqualTo("Asia/Ho_Chi_Minh");
		assertThat(firstClock.path("requestedZone").asString()).isEqualTo("America/Sao_Paulo");
		assertThat(firstClock.path("dueInRequestedZone").asString()).endsWith("-03:00");
		assertThat(java.time.OffsetDateTime.parse(firstClock.path("dueInRequestingZone").asString()).toInstant())
			.isEqualTo(java.time.Instant.parse(firstClock.path("dueAt").asString()));
		assertThat(firstClock.path("dueInRequestingZone").asString()).endsWith("+07:00");
		assertThat(firstClock.path("countingRule").asString()).contains("rule v1");
		assertThat(sent.path("delivery").propertyNames()).containsExactly("state", "recipient", "waiting", "dead",
				"waitingSince", "attempts", "lastError", "nextAttemptAt", "lastDeliveredAt");
		assertThat(seenByBrazil.path("clocks").valueStream().map(clock -> clock.path("kind").asString() + " " + clock.path("state").asString()))
			.containsExactly("ACKNOWLEDGEMENT RUNNING");

		JsonNode acknowledged = call("POST", "/api/v1/cases/" + id + "/acts/acknowledge", "BR", Role.DUTY_OFFICER, null);
		assertThat(acknowledged.path("clocks").get(0).path("state").asString()).isEqualTo("MET");

		assertThat(acknowledged.path("status").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(acknowledged.path("chainIntact").asBoolean()).isTrue();
		assertThat(acknowledged.path("events").valueStream().map(event -> event.path("act").asString()))
			.containsExactly("DRAFT", "SUBMIT_FOR_APPROVAL", "APPROVE", "RECORD_DELIVERY", "ACKNOWLEDGE");
		JsonNode events = acknowledged.path("events");
		for (int index = 1; index < events.size(); index++) {
			assertThat(events.get(index).path("previousHash").asString()).isEqualTo(events.get(index - 1).path("hash").asString());
		}
	}

	@Test
	void namesTheMissingElementWhenARequestIsSubmittedIncomplete() {
		String contents = preservation("en", treaty()).replace(",\"NECESSITY\":\"The provider keeps logs for 30 days only.\"", "");
		String id = created(draft("PRESERVATION", BR_POINT_OF_CONTACT, contents)).path("id").asString();

		HttpResponse<String> submitted = demo.send("POST", "/api/v1/cases/" + id + "/submit", token("VN", Role.DUTY_OFFICER), null);

		assertThat(submitted.statusCode()).isEqualTo(422);
		JsonNode problem = json.readTree(submitted.body());
		assertThat(problem.path("type").asString()).isEqualTo("urn:hanoinet:problem:case-request-incomplete");
		assertThat(problem.path("missing").valueStream().map(missing -> missing.path("field").asString()))
			.containsExactly("NECESSITY");
		assertThat(problem.path("detail").asString()).contains("why the measure is necessary", "(art. 42)");
	}

	@Test
	void refusesALanguageTheRequestedStateDoesNotAccept() {
		String id = created(draft("PRESERVATION", BR_POINT_OF_CONTACT, preservation("vi", treaty()))).path("id").asString();

		HttpResponse<String> submitted = demo.send("POST", "/api/v1/cases/" + id + "/submit", token("VN", Role.DUTY_OFFICER), null);

		assertThat(submitted.statusCode()).isEqualTo(422);
		JsonNode missing = json.readTree(submitted.body()).path("missing");
		assertThat(missing.valueStream().map(item -> item.path("field").asString())).containsExactly("language");
		assertThat(missing.get(0).path("message").asString()).contains("Brazil", "'vi'", "pt", "en");
	}

	@Test
	void refusesTheConventionAsLegalBasisWhileNeitherStateIsAPartyButAcceptsATreaty() {
		String convention = "{\"kind\":\"CONVENTION\",\"article\":42}";
		String id = created(draft("PRESERVATION", BR_POINT_OF_CONTACT, preservation("en", convention))).path("id").asString();

		JsonNode problems = json.readTree(demo.get("/api/v1/cases/" + id + "/check", token("VN", Role.DUTY_OFFICER)).body());

		assertThat(problems.valueStream().map(item -> item.path("field").asString())).containsOnly("legalBasis");
		assertThat(problems.valueStream().map(item -> item.path("message").asString()))
			.anySatisfy(message -> assertThat(message).contains("Vietnam is not a State Party"))
			.anySatisfy(message -> assertThat(message).contains("Brazil is not a State Party"));
		assertThat(demo.send("POST", "/api/v1/cases/" + id + "/submit", token("VN", Role.DUTY_OFFICER), null).statusCode())
			.isEqualTo(422);

		call("PUT", "/api/v1/cases/" + id + "/contents", "VN", Role.DUTY_OFFICER, preservation("en", treaty()));
		assertThat(call("POST", "/api/v1/cases/" + id + "/submit", "VN", Role.DUTY_OFFICER, null).path("status").asString())
			.isEqualTo("AWAITING_APPROVAL");
	}

	@Test
	void aThirdStateNeitherSeesNorTouchesTheCaseAndObserversSeeNoCases() {
		String id = created(draft("PRESERVATION", BR_POINT_OF_CONTACT, preservation("en", treaty()))).path("id").asString();

		HttpResponse<String> fromGhana = demo.get("/api/v1/cases/" + id, token("GH", Role.SUPERVISOR));
		HttpResponse<String> actFromGhana = demo.send("POST", "/api/v1/cases/" + id + "/acts/withdraw",
				token("GH", Role.SUPERVISOR), "{\"text\":\"no\"}");
		HttpResponse<String> observer = demo.get("/api/v1/cases?box=outbox", token("VN", Role.OBSERVER));

		assertThat(fromGhana.statusCode()).isEqualTo(404);
		assertThat(fromGhana.body()).contains("case-not-found").doesNotContain("NECESSITY");
		assertThat(actFromGhana.statusCode()).isEqualTo(404);
		assertThat(demo.get("/api/v1/cases?box=outbox", token("GH", Role.SUPERVISOR)).body()).doesNotContain(id);
		assertThat(observer.statusCode()).isEqualTo(403);
		assertThat(call("GET", "/api/v1/cases/" + id, "VN", Role.DUTY_OFFICER, null).path("status").asString())
			.isEqualTo("DRAFT");
	}

	@Test
	void refusesActsOfTheWrongSideAndActsTheStateDoesNotAllowWithStableProblemTypes() {
		String id = created(draft("PRESERVATION", BR_POINT_OF_CONTACT, preservation("en", treaty()))).path("id").asString();

		HttpResponse<String> byBrazilTooEarly = demo.send("POST", "/api/v1/cases/" + id + "/acts/acknowledge",
				token("BR", Role.DUTY_OFFICER), null);
		HttpResponse<String> unknownAct = demo.send("POST", "/api/v1/cases/" + id + "/acts/teleport",
				token("VN", Role.DUTY_OFFICER), null);
		HttpResponse<String> byVietNam = demo.send("POST", "/api/v1/cases/" + id + "/acts/acknowledge",
				token("VN", Role.DUTY_OFFICER), null);

		assertThat(byBrazilTooEarly.statusCode()).isEqualTo(409);
		JsonNode problem = JsonMapper.builder().enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
			.readTree(byBrazilTooEarly.body());
		assertThat(problem.path("type").asString()).isEqualTo("urn:hanoinet:problem:case-invalid-transition");
		assertThat(problem.path("status").asInt()).as("the HTTP status, and only once").isEqualTo(409);
		assertThat(problem.path("caseStatus").asString()).isEqualTo("DRAFT");
		assertThat(unknownAct.statusCode()).isEqualTo(400);
		assertThat(unknownAct.body()).contains("'teleport' is not an act");
		assertThat(byVietNam.statusCode()).isEqualTo(409);
	}

	@Test
	void theDrafterCannotApproveTheirOwnRequestAndBankSecrecyIsNoGround() {
		String id = created(demo.send("POST", "/api/v1/cases", token("VN", Role.SUPERVISOR),
				draftBody("MUTUAL_LEGAL_ASSISTANCE", BR_CENTRAL_AUTHORITY, mla()))).path("id").asString();
		call("POST", "/api/v1/cases/" + id + "/submit", "VN", Role.SUPERVISOR, null);

		HttpResponse<String> ownApproval = demo.send("POST", "/api/v1/cases/" + id + "/approve", token("VN", Role.SUPERVISOR), null);
		assertThat(ownApproval.statusCode()).isEqualTo(403);
		assertThat(ownApproval.body()).contains("case-approval-refused", "four-eyes");

		call("POST", "/api/v1/cases/" + id + "/acts/withdraw", "VN", Role.SUPERVISOR, "{\"text\":\"Drafted by mistake.\"}");
		HttpResponse<String> bankSecrecy = demo.send("POST", "/api/v1/cases/" + id + "/acts/refuse", token("BR", Role.SUPERVISOR),
				"{\"grounds\":[\"BANK_SECRECY\"],\"text\":\"Bank secrecy applies.\"}");
		assertThat(bankSecrecy.statusCode()).isEqualTo(400);
		assertThat(bankSecrecy.body()).contains("Bank secrecy is never a ground");
	}

	@Test
	void listsTheCaseTypesWithTheirArticleAndForm() {
		JsonNode types = json.readTree(demo.get("/api/v1/cases/types", token("VN", Role.CASE_HANDLER)).body());

		assertThat(types.valueStream().map(type -> type.path("type").asString())).containsExactly("PRESERVATION",
				"TRAFFIC_DATA_DISCLOSURE", "STORED_DATA_ACCESS", "REAL_TIME_TRAFFIC_DATA", "CONTENT_INTERCEPTION",
				"MUTUAL_LEGAL_ASSISTANCE", "EMERGENCY_DISCLOSURE", "EXTRADITION", "PROVISIONAL_ARREST",
				"SENTENCED_PERSON_TRANSFER", "PROCEEDINGS_TRANSFER", "LAW_ENFORCEMENT_INFORMATION", "SPONTANEOUS_INFORMATION",
				"JOINT_INVESTIGATION", "CONFISCATION", "PROVISIONAL_MEASURES", "ASSET_RETURN");
		assertThat(types.get(0).path("article").asInt()).isEqualTo(42);
		assertThat(types.get(0).path("refusalGrounds").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("ESSENTIAL_INTERESTS", "DISCRIMINATION");
	}

	@Test
	void theOpenApiDocumentListsTheCaseTypesAsAnEnum() {
		JsonNode document = json.readTree(demo.get("/api/v1/openapi.json", null).body());

		JsonNode type = document.path("components").path("schemas").path("NewCase").path("properties").path("type");
		assertThat(type.path("enum").valueStream().map(JsonNode::asString)).containsExactly("PRESERVATION",
				"TRAFFIC_DATA_DISCLOSURE", "STORED_DATA_ACCESS", "REAL_TIME_TRAFFIC_DATA", "CONTENT_INTERCEPTION",
				"MUTUAL_LEGAL_ASSISTANCE", "EMERGENCY_DISCLOSURE", "EXTRADITION", "PROVISIONAL_ARREST",
				"SENTENCED_PERSON_TRANSFER", "PROCEEDINGS_TRANSFER", "LAW_ENFORCEMENT_INFORMATION", "SPONTANEOUS_INFORMATION",
				"JOINT_INVESTIGATION", "CONFISCATION", "PROVISIONAL_MEASURES", "ASSET_RETURN");
		assertThat(document.path("paths").has("/api/v1/cases/{id}/acts/{act}")).isTrue();
	}

	@Test
	void theCheckFlagsWhatOnlyWarnsAndTheRefusalToSubmitLeavesItOut() {
		String extradition = "{\"legalBasis\":{\"kind\":\"CONVENTION\",\"article\":37},"
				+ "\"offenceBasis\":{\"kind\":\"CONVENTION_OFFENCE\",\"article\":7},\"language\":\"en\","
				+ "\"elements\":{\"PERSON_SOUGHT\":\"Nguyen Van A (fictitious), born 1990-01-01\",\"PERSON_NATIONALITY\":\"Vietnamese\","
				+ "\"PERSON_LOCATION\":\"São Paulo (fictitious address)\",\"OFFENCES\":\"Illegal access (art. 7) to a bank's servers\","
				+ "\"MAX_PENALTY_REQUESTING_MONTHS\":\"84\",\"MAX_PENALTY_REQUESTED_MONTHS\":\"6\","
				+ "\"WARRANT_OR_JUDGMENT\":\"Arrest warrant 12/2026 of the People's Court of Hanoi (fictitious)\"}}";
		String id = created(demo.send("POST", "/api/v1/cases", token("VN", Role.CASE_HANDLER),
				draftBody("EXTRADITION", BR_CENTRAL_AUTHORITY, extradition))).path("id").asString();

		JsonNode findings = json.readTree(demo.get("/api/v1/cases/" + id + "/check", token("VN", Role.CASE_HANDLER)).body());

		assertThat(findings.valueStream().filter(item -> item.path("warning").asBoolean()).map(item -> item.path("field").asString()))
			.containsExactlyInAnyOrder("legalBasis", "MAX_PENALTY_REQUESTED_MONTHS");
		assertThat(findings.valueStream().filter(item -> !item.path("warning").asBoolean())
			.map(item -> item.path("reference").asString())).containsOnly("art. 65");
		HttpResponse<String> submitted = demo.send("POST", "/api/v1/cases/" + id + "/submit", token("VN", Role.CASE_HANDLER), null);
		assertThat(submitted.statusCode()).isEqualTo(422);
		assertThat(json.readTree(submitted.body()).path("missing").valueStream().map(item -> item.path("reference").asString()))
			.containsOnly("art. 65");
	}

	private HttpResponse<String> draft(String type, String authority, String contents) {
		return demo.send("POST", "/api/v1/cases", token("VN", Role.DUTY_OFFICER), draftBody(type, authority, contents));
	}

	private static String draftBody(String type, String authority, String contents) {
		return "{\"type\":\"" + type + "\",\"requestedAuthority\":\"" + authority + "\",\"contents\":" + contents + "}";
	}

	private JsonNode created(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body());
	}

	private JsonNode call(String method, String path, String state, Role role, String body) {
		HttpResponse<String> response = demo.send(method, path, token(state, role), body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private String token(String state, Role role) {
		return demo.of(state, role).apiToken();
	}

	private static String treaty() {
		return "{\"kind\":\"TREATY\",\"instrument\":\"Viet Nam-Brazil treaty on mutual legal assistance (demo)\"}";
	}

	static String preservation(String language, String basis) {
		return "{\"legalBasis\":" + basis + ",\"offenceBasis\":{\"kind\":\"CONVENTION_OFFENCE\",\"article\":7},"
				+ "\"urgency\":\"URGENT\",\"language\":\"" + language + "\","
				+ "\"conditions\":{\"confidential\":true,\"limitedUse\":true},"
				+ "\"elements\":{\"OFFENCE_AND_FACTS\":\"Illegal access to a bank's servers on 2026-11-20.\","
				+ "\"DATA_AND_RELATION\":\"Connection logs of account x@example.invalid, used in the intrusion.\","
				+ "\"CUSTODIAN_OR_LOCATION\":\"Example Mail Ltda., São Paulo\","
				+ "\"NECESSITY\":\"The provider keeps logs for 30 days only.\","
				+ "\"INTENT_TO_REQUEST_ASSISTANCE\":\"yes\"}}";
	}

	private static String mla() {
		return "{\"legalBasis\":" + treaty() + ",\"offenceBasis\":{\"kind\":\"SERIOUS_CRIME\",\"description\":\"Fraud\"},"
				+ "\"language\":\"en\",\"elements\":{\"SUBJECT_OF_PROCEEDINGS\":\"Investigation of online fraud by the Hanoi police\","
				+ "\"SUMMARY_OF_FACTS\":\"Victims paid into accounts in Brazil.\",\"ASSISTANCE_TYPES\":\"DOCUMENTS_AND_RECORDS\","
				+ "\"ASSISTANCE_SOUGHT\":\"Bank records of two accounts.\",\"PURPOSE\":\"Trace the proceeds.\"}}";
	}
}
