package org.hanoinet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hanoinet.TestNodes.BR_CENTRAL_AUTHORITY;
import static org.hanoinet.TestNodes.json;
import static org.hanoinet.TestNodes.logins;
import static org.hanoinet.TestNodes.ok;
import static org.hanoinet.TestNodes.port;
import static org.hanoinet.TestNodes.registerBrazil;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.hanoinet.TestNodes;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * The stories of part 2 (#10) between two nodes on loopback, each with its own database and key: node A serves
 * Viet Nam (and Ghana), node B serves Brazil. Every act travels through the exchange module, and each story ends
 * with both nodes holding the same chain of events for every case it opened.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeCooperationStoriesTests {

	static final Duration REFRESH = Duration.ofSeconds(2);

	static final Duration TRAVEL = Duration.ofSeconds(20);

	static final String COMMON = """
			"legalBasis":{"kind":"TREATY","instrument":"Viet Nam-Brazil treaty on extradition and mutual legal assistance (fictitious)"},
			"offenceBasis":{"kind":"CONVENTION_OFFENCE","article":7},"urgency":"URGENT","language":"en\"""";

	final String run = UUID.randomUUID().toString();

	ConfigurableApplicationContext nodeA;

	ConfigurableApplicationContext nodeB;

	DemoLogins vietNam;

	DemoLogins brazil;

	@BeforeAll
	void startNodes() {
		nodeA = TestNodes.startSecretariat(dataDir("a"));
		vietNam = logins(nodeA);
		nodeB = TestNodes.startFollower(nodeA, REFRESH, dataDir("b"));
		brazil = logins(nodeB);
		registerBrazil(vietNam, nodeB, "http://127.0.0.1:" + port(nodeB), REFRESH.plus(Duration.ofSeconds(8)));
	}

	@AfterAll
	void stopNodes() {
		TestNodes.stop(nodeB, nodeA);
	}

	@Test
	void anExtraditionRefusedSolelyOnNationalityTurnsIntoATransferOfProceedings() {
		String extradition = send(vietNam, "VN", Role.CASE_HANDLER, "EXTRADITION", """
				{%s,"elements":{"PERSON_SOUGHT":"Nguyen Van A (fictitious), born 1990-01-01, passport C0000000",
				 "PERSON_NATIONALITY":"Brazilian","PERSON_LOCATION":"São Paulo (fictitious address)",
				 "OFFENCES":"Illegal access to a bank's servers (art. 7) on 2026-11-20",
				 "MAX_PENALTY_REQUESTING_MONTHS":"84","MAX_PENALTY_REQUESTED_MONTHS":"48",
				 "WARRANT_OR_JUDGMENT":"Arrest warrant 12/2026 of the People's Court of Hanoi (fictitious)"}}""");
		awaitStatus(brazil, "BR", extradition, "DELIVERED");
		act(brazil, "BR", Role.CASE_HANDLER, extradition, "acknowledge", "{}");
		act(brazil, "BR", Role.CASE_HANDLER, extradition, "start-review", "{}");
		act(brazil, "BR", Role.CASE_HANDLER, extradition, "consult",
				"{\"text\":\"Our Constitution bars the extradition of Brazilian nationals: can you accept prosecution here?\"}");
		JsonNode refused = act(brazil, "BR", Role.SUPERVISOR, extradition, "refuse",
				"{\"grounds\":[\"NATIONAL_OF_REQUESTED_STATE\"],\"text\":\"The person sought is a Brazilian national.\"}");
		assertThat(refused.path("status").asString()).isEqualTo("REFUSED");

		awaitStatus(vietNam, "VN", extradition, "REFUSED");
		JsonNode asked = act(vietNam, "VN", Role.CASE_HANDLER, extradition, "request-prosecution-instead",
				"{\"text\":\"The investigation file of 412 pages, with the bank's logs.\"}");
		String transfer = asked.path("events").get(asked.path("events").size() - 1).path("details").path("proceedingsTransfer")
			.asString();
		JsonNode draft = view(vietNam, "VN", transfer);
		assertThat(draft.path("type").asString()).isEqualTo("PROCEEDINGS_TRANSFER");
		assertThat(draft.path("contents").path("follows").asString()).isEqualTo(extradition);
		submitAndApprove(vietNam, "VN", transfer);

		awaitStatus(brazil, "BR", transfer, "DELIVERED");
		for (String act : List.of("acknowledge", "start-review", "accept", "start-execution")) {
			act(brazil, "BR", Role.CASE_HANDLER, transfer, act, "{}");
		}
		awaitStatus(vietNam, "VN", transfer, "EXECUTING");
		act(vietNam, "VN", Role.CASE_HANDLER, transfer, "hand-over-file",
				"{\"text\":\"Case file 2026/123, 412 pages, and a copy of the logs on a sealed disk.\"}");
		awaitLastAct(brazil, "BR", transfer, "HAND_OVER_FILE");
		act(brazil, "BR", Role.CASE_HANDLER, transfer, "execute", "{}");

		awaitStatus(vietNam, "VN", transfer, "EXECUTED");
		assertSameChain(extradition, 9);
		assertSameChain(transfer, 10);
		assertThat(acts(view(brazil, "BR", extradition))).contains("REFUSE", "REQUEST_PROSECUTION_INSTEAD");
	}

	@Test
	void aFreezingOrderIsFollowedByConfiscationAndAReturnWithExpensesDeducted() {
		String freezing = send(vietNam, "VN", Role.CASE_HANDLER, "PROVISIONAL_MEASURES", """
				{%s,"elements":{"SUBJECT_OF_PROCEEDINGS":"Investigation of a ransomware attack by the Hanoi police",
				 "SUMMARY_OF_FACTS":"Proceeds of a ransomware attack were moved to Brazil (fictitious).",
				 "ASSISTANCE_TYPES":"TRACING_PROCEEDS,SEARCH_SEIZURE_FREEZING","ASSISTANCE_SOUGHT":"Trace and freeze the proceeds",
				 "MEASURES_REQUESTED":"TRACE,FREEZE","PROPERTY":"Account 0000-1 at a bank in São Paulo (fictitious)",
				 "ESTIMATED_VALUE":"250000 USD","VIRTUAL_ASSETS":"0.5 BTC at an exchange in São Paulo (fictitious)",
				 "ORDER_COPY":"Freezing order 3/2026 of the People's Court of Hanoi (fictitious)",
				 "PURPOSE":"Eventual confiscation and return to the victims"}}""");
		executeAtBrazil(freezing);
		HttpResponse<String> lifted = brazil.send("POST", "/api/v1/cases/" + freezing + "/acts/lift-measure",
				brazil.of("BR", Role.CASE_HANDLER).apiToken(), "{\"grounds\":[\"DE_MINIMIS\"],\"text\":\"Worth little.\"}");
		assertThat(lifted.statusCode()).isEqualTo(409);
		assertThat(json(lifted).path("rule").asString()).isEqualTo("argue-first");

		String confiscation = send(vietNam, "VN", Role.CASE_HANDLER, "CONFISCATION", """
				{%s,"follows":"%s","elements":{"SUBJECT_OF_PROCEEDINGS":"Prosecution of a ransomware group by the Hanoi procuracy",
				 "SUMMARY_OF_FACTS":"The frozen account holds the ransom paid by a hospital (fictitious).",
				 "ASSISTANCE_TYPES":"TRACING_PROCEEDS","ASSISTANCE_SOUGHT":"Give effect to the confiscation judgment",
				 "PURPOSE":"Return of the proceeds to the hospital",
				 "CONFISCATION_ROUTE":"FOREIGN_ORDER","PROPERTY":"Account 0000-1 at a bank in São Paulo (fictitious)",
				 "ESTIMATED_VALUE":"250000 USD","ORDER_COPY":"Confiscation judgment 7/2026, certified copy (fictitious)",
				 "ORDER_FINAL":"yes","THIRD_PARTY_NOTICE":"Published notice and letters to the account holder's bank",
				 "EXECUTION_EXTENT":"The whole balance of the account"}}""".formatted("%s", freezing));
		executeAtBrazil(confiscation);

		String returning = send(vietNam, "VN", Role.CASE_HANDLER, "ASSET_RETURN", """
				{%s,"follows":"%s","elements":{"CONFISCATION_REFERENCE":"Confiscation judgment 7/2026, executed in Brazil",
				 "PROPERTY":"The confiscated balance of account 0000-1","ESTIMATED_VALUE":"250000 USD",
				 "RETURN_PURPOSE":"Compensation of the hospital that paid the ransom"}}""".formatted("%s", confiscation));
		awaitStatus(brazil, "BR", returning, "DELIVERED");
		for (String act : List.of("acknowledge", "start-review", "accept", "start-execution")) {
			act(brazil, "BR", Role.CASE_HANDLER, returning, act, "{}");
		}
		JsonNode decided = act(brazil, "BR", Role.CASE_HANDLER, returning, "decide-return", """
				{"text":"Returned for the victims' compensation.","fields":{"decision":"RETURN","value":"250000 USD",
				 "expenses":"12500 USD"}}""");
		assertThat(last(decided).path("details").path("returned").asString()).isEqualTo("237500 USD");
		act(brazil, "BR", Role.CASE_HANDLER, returning, "execute", "{}");

		awaitStatus(vietNam, "VN", returning, "EXECUTED");
		JsonNode atVietNam = view(vietNam, "VN", returning);
		JsonNode decision = atVietNam.path("events").valueStream().filter(event -> event.path("act").asString().equals("DECIDE_RETURN"))
			.findFirst().orElseThrow().path("details");
		assertThat(decision.path("expenses").asString()).isEqualTo("12500 USD");
		assertThat(decision.path("statement").asString()).contains("250000 USD less reasonable expenses of 12500 USD = 237500 USD");
		assertSameChain(freezing, 9);
		assertSameChain(confiscation, 9);
		assertSameChain(returning, 10);
	}

	@Test
	void aSpontaneousNoticeWhoseUseIsLimitedCannotBeForwardedToAThirdState() {
		String notice = send(vietNam, "VN", Role.CASE_HANDLER, "SPONTANEOUS_INFORMATION", """
				{"legalBasis":{"kind":"RECIPROCITY"},"offenceBasis":{"kind":"CONVENTION_OFFENCE","article":7},"urgency":"ROUTINE",
				 "language":"en","conditions":{"confidential":false,"limitedUse":true},
				 "elements":{"INFORMATION_SHARED":"Servers in Brazil relay the attacks on Vietnamese banks (fictitious).",
				 "SUMMARY_OF_FACTS":"Found in our investigation of the intrusion of 2026-11-20.",
				 "USE_LIMITS":"Only for Brazil's investigation of the relays; no onward transmission."}}""");
		awaitStatus(brazil, "BR", notice, "DELIVERED");
		act(brazil, "BR", Role.CASE_HANDLER, notice, "acknowledge", "{}");

		HttpResponse<String> forwarded = brazil.send("POST", "/api/v1/cases/" + notice + "/acts/forward-to-third-state",
				brazil.of("BR", Role.CASE_HANDLER).apiToken(),
				"{\"text\":\"Ghana investigates the same relays.\",\"fields\":{\"thirdState\":\"GH\"}}");
		assertThat(forwarded.statusCode()).isEqualTo(409);
		JsonNode problem = json(forwarded);
		assertThat(problem.path("type").asString()).isEqualTo("urn:hanoinet:problem:case-act-barred");
		assertThat(problem.path("rule").asString()).isEqualTo("use-limit");
		assertThat(problem.path("detail").asString()).contains("cannot be forwarded to GH").contains("no onward transmission");

		act(brazil, "BR", Role.CASE_HANDLER, notice, "notify-exculpatory-disclosure",
				"{\"text\":\"One relay belongs to a hosting firm cleared of involvement; we will tell its lawyers.\"}");
		awaitLastAct(vietNam, "VN", notice, "NOTIFY_EXCULPATORY_DISCLOSURE");
		assertSameChain(notice, 6);
		assertThat(acts(view(vietNam, "VN", notice))).doesNotContain("FORWARD_TO_THIRD_STATE");
	}

	private void executeAtBrazil(String id) {
		awaitStatus(brazil, "BR", id, "DELIVERED");
		for (String act : List.of("acknowledge", "start-review", "accept", "start-execution", "execute")) {
			act(brazil, "BR", Role.CASE_HANDLER, id, act, "{}");
		}
		awaitStatus(vietNam, "VN", id, "EXECUTED");
	}

	/** Viet Nam drafts the request to Brazil's central authority, submits it, and a supervisor approves and sends it. */
	private String send(DemoLogins node, String state, Role role, String type, String contents) {
		String body = "{\"type\":\"" + type + "\",\"requestedAuthority\":\"" + BR_CENTRAL_AUTHORITY + "\",\"contents\":"
				+ contents.formatted(COMMON) + "}";
		String id = ok(node.send("POST", "/api/v1/cases", node.of(state, role).apiToken(), body), 201).path("id").asString();
		submitAndApprove(node, state, id);
		return id;
	}

	private void submitAndApprove(DemoLogins node, String state, String id) {
		ok(node.send("POST", "/api/v1/cases/" + id + "/submit", node.of(state, Role.CASE_HANDLER).apiToken(), null), 200);
		JsonNode sent = ok(node.send("POST", "/api/v1/cases/" + id + "/approve", node.of(state, Role.SUPERVISOR).apiToken(), null),
				200);
		assertThat(sent.path("status").asString()).isEqualTo("SENT");
	}

	private JsonNode act(DemoLogins node, String state, Role role, String id, String act, String body) {
		return ok(node.send("POST", "/api/v1/cases/" + id + "/acts/" + act, node.of(state, role).apiToken(), body), 200);
	}

	private JsonNode view(DemoLogins node, String state, String id) {
		return ok(node.get("/api/v1/cases/" + id, node.of(state, Role.CASE_HANDLER).apiToken()), 200);
	}

	private void awaitStatus(DemoLogins node, String state, String id, String status) {
		await().atMost(TRAVEL).untilAsserted(() -> assertThat(
				json(node.get("/api/v1/cases/" + id, node.of(state, Role.CASE_HANDLER).apiToken())).path("status").asString())
			.isEqualTo(status));
	}

	private void awaitLastAct(DemoLogins node, String state, String id, String act) {
		await().atMost(TRAVEL).untilAsserted(() -> assertThat(last(json(node.get("/api/v1/cases/" + id,
				node.of(state, Role.CASE_HANDLER).apiToken()))).path("act").asString()).isEqualTo(act));
	}

	/** Both nodes end with the same chain of {@code events} events for the case. */
	private void assertSameChain(String id, int events) {
		await().atMost(TRAVEL).untilAsserted(() -> {
			JsonNode atA = view(vietNam, "VN", id);
			JsonNode atB = view(brazil, "BR", id);
			assertThat(hashes(atA)).hasSize(events).isEqualTo(hashes(atB));
			assertThat(atA.path("chainIntact").asBoolean()).isTrue();
			assertThat(atB.path("chainIntact").asBoolean()).isTrue();
		});
	}

	private static JsonNode last(JsonNode view) {
		return view.path("events").get(view.path("events").size() - 1);
	}

	private static List<String> acts(JsonNode view) {
		return view.path("events").valueStream().map(event -> event.path("act").asString()).toList();
	}

	private static List<String> hashes(JsonNode view) {
		return view.path("events").valueStream().map(event -> event.path("hash").asString()).toList();
	}

	private String dataDir(String name) {
		return "target/test-nodes/stories-" + run + "-" + name;
	}
}
