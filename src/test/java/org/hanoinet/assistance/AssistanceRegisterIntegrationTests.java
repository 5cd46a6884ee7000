package org.hanoinet.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.hanoinet.NodeTest;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The register's API on the demo node: Ghana's need is seen by the State it chose and the secretariat and by no other,
 * offers by everyone; a match goes from the secretariat's proposal through both acceptances, the delivery and the
 * outcome, each an audit leaf; acts out of turn are 409 problems, acts of the other side 403, bad input 400 naming
 * the field.
 */
@NodeTest
class AssistanceRegisterIntegrationTests {

	static final String VN_CENTRAL_AUTHORITY = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000001";

	static final String BR_CENTRAL_AUTHORITY = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000003";

	static final String GH_24_7 = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000006";

	static final String PROBLEM = "application/problem+json";

	@LocalServerPort
	int port;

	@Autowired
	NodeProperties node;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	DemoLogins demo;

	@BeforeEach
	void logins() {
		demo = new DemoLogins(node.dataDir(), port);
	}

	@Test
	void theDemoHasVietNamsCourseForEveryoneAndGhanasNeedForVietNamOnly() {
		assertThat(titles(get("/api/v1/assistance/offers", "BR", Role.OBSERVER)))
			.contains("Cybercrime investigation course at the Hanoi training centre (demo)");
		String ghanasNeed = "Training to set up Ghana's 24/7 point of contact (demo)";
		assertThat(titles(get("/api/v1/assistance/needs", "VN", Role.CASE_HANDLER))).contains(ghanasNeed);
		assertThat(titles(get("/api/v1/assistance/needs", "VN", Role.SECRETARIAT))).contains(ghanasNeed);
		assertThat(titles(get("/api/v1/assistance/needs", "BR", Role.SUPERVISOR))).doesNotContain(ghanasNeed);
	}

	@Test
	void aNeedIsSeenByItsStateTheStatesItChoseAndTheSecretariatOnly() {
		JsonNode need = recordNeed("GH", "Forensic laboratory for Accra", List.of("BR"));
		String id = need.path("id").asString();

		assertThat(need.path("state").asString()).isEqualTo("GH");
		assertThat(need.path("visibleTo").valueStream().map(JsonNode::asString)).containsExactly("BR");
		JsonNode forBrazil = find(get("/api/v1/assistance/needs", "BR", Role.DUTY_OFFICER), id);
		assertThat(forBrazil).as("Brazil, which Ghana chose, sees the need").isNotNull();
		assertThat(forBrazil.path("title").asString()).isEqualTo("Forensic laboratory for Accra");
		assertThat(forBrazil.path("visibleTo").isNull()).as("but not whom else Ghana chose").isTrue();
		assertThat(find(get("/api/v1/assistance/needs", "VN", Role.SUPERVISOR), id)).as("Viet Nam, not chosen, does not").isNull();
		assertThat(find(get("/api/v1/assistance/needs", "VN", Role.SECRETARIAT), id).path("visibleTo").size()).isEqualTo(1);
		JsonNode forGhana = find(get("/api/v1/assistance/needs", "GH", Role.AUDITOR), id);
		assertThat(forGhana).as("Ghana sees its own need").isNotNull();
		assertThat(forGhana.path("title").asString()).isEqualTo("Forensic laboratory for Accra");
		assertThat(auditTypesNaming(id)).containsExactly("assistance.need-recorded");
	}

	@Test
	void aMatchIsProposedAcceptedByBothDeliveredAndConcludedWithAnAuditLeafForEachAct() {
		String offer = recordOffer("VN", "Trainers for 24/7 desks").path("id").asString();
		String need = recordNeed("GH", "Training of the 24/7 desk officers", List.of("VN")).path("id").asString();
		JsonNode proposed = propose(need, offer, 201);
		String match = proposed.path("id").asString();
		String acts = "/api/v1/assistance/matches/" + match;

		assertThat(proposed.path("status").asString()).isEqualTo("PROPOSED");
		assertThat(proposed.path("need").path("state").asString()).isEqualTo("GH");
		assertThat(proposed.path("offer").path("state").asString()).isEqualTo("VN");
		assertThat(find(get("/api/v1/assistance/matches", "GH", Role.OBSERVER), match).path("acts").size())
			.as("an observer sees the match but may do nothing").isZero();
		assertThat(find(get("/api/v1/assistance/matches", "VN", Role.SUPERVISOR), match).path("acts").valueStream().map(JsonNode::asString))
			.containsExactly("ACCEPT", "DECLINE");
		assertThat(find(get("/api/v1/assistance/matches", "BR", Role.SUPERVISOR), match)).as("Brazil is no side of it").isNull();

		assertThat(post(acts + "/accept", "GH", Role.SUPERVISOR, null, 200).path("acceptedByNeedingState").isNull()).isFalse();
		JsonNode early = post(acts + "/delivery", "VN", Role.NODE_ADMIN, delivery(), 409);
		assertThat(early.path("type").asString()).isEqualTo("urn:hanoinet:problem:assistance-invalid-transition");
		assertThat(early.path("detail").asString()).isEqualTo("The match is PROPOSED: a delivery is recorded only once both States have accepted it.");
		assertThat(early.path("matchStatus").asString()).isEqualTo("PROPOSED");
		assertThat(early.path("act").asString()).isEqualTo("RECORD_DELIVERY");
		assertThat(post(acts + "/accept", "GH", Role.NODE_ADMIN, null, 409).path("detail").asString())
			.isEqualTo("GH has already accepted this match; it waits for VN.");

		JsonNode agreed = post(acts + "/accept", "VN", Role.SUPERVISOR, null, 200);
		assertThat(agreed.path("status").asString()).isEqualTo("AGREED");
		assertThat(agreed.path("acts").valueStream().map(JsonNode::asString)).containsExactly("RECORD_DELIVERY");
		JsonNode otherSide = post(acts + "/delivery", "GH", Role.SUPERVISOR, delivery(), 403);
		assertThat(otherSide.path("type").asString()).isEqualTo("urn:hanoinet:problem:assistance-act-of-other-side");
		assertThat(post(acts + "/outcome", "GH", Role.SUPERVISOR, "{\"outcome\":\"Too early.\"}", 409).path("matchStatus").asString())
			.isEqualTo("AGREED");

		JsonNode delivered = post(acts + "/delivery", "VN", Role.SUPERVISOR, delivery(), 200);
		assertThat(delivered.path("status").asString()).isEqualTo("DELIVERED");
		assertThat(delivered.path("delivered").asString()).isEqualTo("Five days of training for eight officers in Accra.");
		JsonNode concluded = post(acts + "/outcome", "GH", Role.SUPERVISOR, "{\"outcome\":\"The desk now answers around the clock.\"}", 200);
		assertThat(concluded.path("status").asString()).isEqualTo("CONCLUDED");
		assertThat(concluded.path("outcomeBy").asString()).isEqualTo("GH");
		assertThat(find(get("/api/v1/assistance/matches", "VN", Role.CASE_HANDLER), match).path("outcome").asString())
			.as("both States see the outcome").isEqualTo("The desk now answers around the clock.");
		assertThat(post(acts + "/outcome", "VN", Role.SUPERVISOR, "{\"outcome\":\"Again.\"}", 409).path("detail").asString())
			.isEqualTo("The outcome of this match has already been recorded.");

		JsonNode hidden = post(acts + "/accept", "BR", Role.SUPERVISOR, null, 404);
		assertThat(hidden.path("type").asString()).isEqualTo("urn:hanoinet:problem:assistance-match-not-found");
		assertThat(auditTypesNaming(match)).containsExactly("assistance.match-proposed", "assistance.match-accepted",
				"assistance.match-accepted", "assistance.delivery-recorded", "assistance.outcome-recorded");
		assertThat(auditTypesNaming(offer)).containsExactly("assistance.offer-recorded", "assistance.match-proposed");
	}

	@Test
	void aDeclineNeedsAReasonEndsTheMatchAndLetsTheSecretariatMatchThePairAgain() {
		String offer = recordOffer("BR", "Funding for forensic kits").path("id").asString();
		String need = recordNeed("GH", "Forensic kits for regional units", List.of()).path("id").asString();
		String match = propose(need, offer, 201).path("id").asString();
		String acts = "/api/v1/assistance/matches/" + match;

		assertThat(propose(need, offer, 409).path("type").asString()).isEqualTo("urn:hanoinet:problem:assistance-already-matched");
		assertThat(post(acts + "/decline", "BR", Role.SUPERVISOR, "{}", 400).path("field").asString()).isEqualTo("reason");
		JsonNode declined = post(acts + "/decline", "BR", Role.SUPERVISOR, "{\"reason\":\"The fund is spent for this year.\"}", 200);
		assertThat(declined.path("status").asString()).isEqualTo("DECLINED");
		assertThat(declined.path("declinedBy").asString()).isEqualTo("BR");
		assertThat(find(get("/api/v1/assistance/matches", "GH", Role.SUPERVISOR), match).path("declineReason").asString())
			.isEqualTo("The fund is spent for this year.");
		assertThat(post(acts + "/accept", "GH", Role.SUPERVISOR, null, 409).path("detail").asString())
			.isEqualTo("The match is DECLINED: it is accepted only while it is proposed.");
		assertThat(propose(need, offer, 201).path("status").asString()).isEqualTo("PROPOSED");
		assertThat(auditTypesNaming(match)).containsExactly("assistance.match-proposed", "assistance.match-declined");
	}

	@Test
	void badInputIsAProblemNamingTheField() {
		assertThat(invalidNeedField("region", "ANTARCTICA")).isEqualTo("region");
		assertThat(invalidNeedField("title", "")).isEqualTo("title");
		assertThat(invalidNeedField("kind", "MONEY")).isEqualTo("kind");
		assertThat(invalidNeedField("from", "next week")).isEqualTo("from");
		assertThat(invalidNeedField("to", "2020-01-01")).isEqualTo("to");
		assertThat(invalidNeedField("contact", BR_CENTRAL_AUTHORITY)).as("an authority of another State").isEqualTo("contact");
		ObjectNode unknownState = need("Unknown State", List.of("XX"));
		assertThat(post("/api/v1/assistance/needs", "GH", Role.SUPERVISOR, unknownState.toString(), 400).path("field").asString())
			.isEqualTo("visibleTo");
		ObjectNode noLanguage = need("No language", List.of());
		noLanguage.putArray("languages");
		assertThat(post("/api/v1/assistance/needs", "GH", Role.SUPERVISOR, noLanguage.toString(), 400).path("field").asString())
			.isEqualTo("languages");
		assertThat(post("/api/v1/assistance/matches", "VN", Role.SECRETARIAT, "{\"need\":\"nope\"}", 400).path("field").asString())
			.isEqualTo("need");
		JsonNode sameState = post("/api/v1/assistance/matches", "VN", Role.SECRETARIAT, "{\"need\":\""
				+ recordNeed("VN", "Equipment for the 24/7 desk", List.of()).path("id").asString() + "\",\"offer\":\""
				+ recordOffer("VN", "Tools from Viet Nam").path("id").asString() + "\"}", 400);
		assertThat(sameState.path("field").asString()).isEqualTo("offer");
		assertThat(sameState.path("type").asString()).isEqualTo("urn:hanoinet:problem:invalid-value");
	}

	@Test
	void onlySupervisorsAndNodeAdministratorsRecordAndOnlyTheSecretariatMatches() {
		assertThat(post("/api/v1/assistance/needs", "GH", Role.CASE_HANDLER, need("By a case handler", List.of()).toString(), 403)
			.path("type").asString()).isEqualTo("urn:hanoinet:problem:forbidden");
		post("/api/v1/assistance/offers", "VN", Role.SECRETARIAT, offer("By the secretariat").toString(), 403);
		post("/api/v1/assistance/matches", "VN", Role.SUPERVISOR, "{}", 403);
		assertThat(post("/api/v1/assistance/offers", "VN", Role.NODE_ADMIN, offer("By a node administrator").toString(), 201)
			.path("state").asString()).isEqualTo("VN");
		assertThat(demo.get("/api/v1/assistance/offers", null).statusCode()).isEqualTo(401);
	}

	private String invalidNeedField(String field, String value) {
		ObjectNode body = need("Invalid " + field, List.of());
		body.put(field, value);
		JsonNode problem = post("/api/v1/assistance/needs", "GH", Role.SUPERVISOR, body.toString(), 400);
		assertThat(problem.path("type").asString()).isEqualTo("urn:hanoinet:problem:invalid-value");
		assertThat(problem.path("detail").asString()).isNotBlank();
		return problem.path("field").asString();
	}

	private JsonNode recordNeed(String state, String title, List<String> visibleTo) {
		return post("/api/v1/assistance/needs", state, Role.SUPERVISOR, need(state, title, visibleTo).toString(), 201);
	}

	private JsonNode recordOffer(String state, String title) {
		return post("/api/v1/assistance/offers", state, Role.SUPERVISOR, offer(title, authorityOf(state)).toString(), 201);
	}

	private JsonNode propose(String need, String offer, int status) {
		return post("/api/v1/assistance/matches", "VN", Role.SECRETARIAT, "{\"need\":\"" + need + "\",\"offer\":\"" + offer + "\"}", status);
	}

	private ObjectNode need(String title, List<String> visibleTo) {
		return need("GH", title, visibleTo);
	}

	private ObjectNode need(String state, String title, List<String> visibleTo) {
		ObjectNode body = particulars("TRAINING", title, authorityOf(state));
		body.put("region", "AFRICA");
		visibleTo.forEach(body.putArray("visibleTo")::add);
		return body;
	}

	private ObjectNode offer(String title) {
		return offer(title, VN_CENTRAL_AUTHORITY);
	}

	private ObjectNode offer(String title, String contact) {
		return particulars("TRAINERS", title, contact);
	}

	private ObjectNode particulars(String kind, String title, String contact) {
		ObjectNode body = json.createObjectNode();
		body.put("kind", kind);
		body.put("title", title);
		body.put("description", "For the officers of a 24/7 desk.");
		body.putArray("languages").add("en").add("fr");
		body.put("region", "ASIA_PACIFIC");
		body.put("from", "2027-09-01");
		body.put("to", "2027-09-30");
		body.put("contact", contact);
		return body;
	}

	private static String authorityOf(String state) {
		return switch (state) {
			case "VN" -> VN_CENTRAL_AUTHORITY;
			case "BR" -> BR_CENTRAL_AUTHORITY;
			default -> GH_24_7;
		};
	}

	private static String delivery() {
		return "{\"date\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(1)
				+ "\",\"delivered\":\"Five days of training for eight officers in Accra.\"}";
	}

	private JsonNode get(String path, String state, Role role) {
		HttpResponse<String> response = demo.get(path, demo.of(state, role).apiToken());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private JsonNode post(String path, String state, Role role, String body, int status) {
		HttpResponse<String> response = demo.send("POST", path, demo.of(state, role).apiToken(), body);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
		if (status >= 400) {
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM);
		}
		return json.readTree(response.body());
	}

	private static JsonNode find(JsonNode list, String id) {
		return list.valueStream().filter(item -> item.path("id").asString().equals(id)).findFirst().orElse(null);
	}

	private static List<String> titles(JsonNode list) {
		return list.valueStream().map(item -> item.path("title").asString()).toList();
	}

	private List<String> auditTypesNaming(String id) {
		return jdbc.sql("select audit_type from audit_leaf where ? = any(field_values) order by leaf_index").param(id).query(String.class).list();
	}
}
