package org.hanoinet.cooperation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hanoinet.NodeTest;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.UnusedTotpCodes;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The case pages' answers to bad input and to acts the case refuses: readable messages on the page, never an error page. */
@NodeTest
class CasePagesIntegrationTests {

	static final String BR_POINT_OF_CONTACT = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000004";

	static final String BR_CENTRAL_AUTHORITY = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000003";

	@LocalServerPort
	int port;

	@Autowired
	NodeProperties node;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aConventionArticleOutsideChapterFiveIsNamedNextToTheFieldAndWhatWasTypedIsKept() {
		DemoLogins.Browser handler = signIn("GH", Role.CASE_HANDLER);

		HttpResponse<String> saved = handler.submit("/cases/new?type=PRESERVATION", "/cases/new",
				Map.of("type", "PRESERVATION", "requestedAuthority", BR_POINT_OF_CONTACT, "legalBasisKind", "CONVENTION",
						"legalBasisArticle", "99", "element.NECESSITY", "Logs are kept for 30 days only."));

		assertThat(saved.statusCode()).isEqualTo(400);
		assertThat(saved.body()).contains("The draft was not saved")
			.contains("a number from 35 to 52")
			.contains("value=\"99\"")
			.contains("Logs are kept for 30 days only.");
	}

	@Test
	void aDraftIsCompletedOnItsEditPageAndActsTheCaseRefusesAreExplainedOnTheCasePage() {
		DemoLogins.Browser supervisor = signIn("GH", Role.SUPERVISOR);
		HttpResponse<String> saved = supervisor.submit("/cases/new?type=PRESERVATION", "/cases/new",
				Map.of("type", "PRESERVATION", "requestedAuthority", BR_POINT_OF_CONTACT));
		assertThat(saved.statusCode()).isEqualTo(302);
		String casePage = saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");

		HttpResponse<String> incomplete = supervisor.submit(casePage, casePage + "/acts/submit-for-approval", Map.of());
		assertThat(incomplete.statusCode()).isEqualTo(422);
		assertThat(incomplete.body()).contains("The request cannot go further yet")
			.contains("Missing: Why the measure is necessary (art. 42).");

		Map<String, String> completed = new HashMap<>(Map.of("legalBasisKind", "TREATY", "legalBasisInstrument",
				"Ghana–Brazil mutual legal assistance treaty (hypothetical, demo)", "offenceKind", "OTHER", "offenceDescription",
				"Online fraud", "language", "en", "urgency", "URGENT"));
		completed.putAll(Map.of("element.OFFENCE_AND_FACTS", "Fraudulent shop taking payments from Ghanaian buyers.",
				"element.DATA_AND_RELATION", "Access logs of the shop's hosting account.", "element.CUSTODIAN_OR_LOCATION",
				"A hosting provider in Brazil.", "element.NECESSITY", "Logs are deleted after 30 days.",
				"element.INTENT_TO_REQUEST_ASSISTANCE", "yes"));
		HttpResponse<String> edited = supervisor.submit(casePage + "/edit", casePage + "/edit", completed);
		assertThat(edited.statusCode()).isEqualTo(302);
		assertThat(supervisor.get(casePage).body()).contains("Nothing is missing").contains("Draft edited");
		assertThat(supervisor.submit(casePage, casePage + "/acts/submit-for-approval", Map.of()).statusCode()).isEqualTo(302);

		HttpResponse<String> ownApproval = supervisor.submit(casePage, casePage + "/acts/approve", Map.of());
		HttpResponse<String> acknowledged = supervisor.submit(casePage, casePage + "/acts/acknowledge", Map.of());

		assertThat(ownApproval.statusCode()).isEqualTo(403);
		assertThat(ownApproval.body()).contains("The drafter of a request cannot approve it");
		assertThat(acknowledged.statusCode()).isEqualTo(409);
		assertThat(acknowledged.body()).contains("“Acknowledge receipt” is not possible while the case is “Awaiting approval”.");

		HttpResponse<String> readByAuditor = signIn("GH", Role.AUDITOR).get(casePage);
		assertThat(readByAuditor.statusCode()).isEqualTo(200);
		assertThat(readByAuditor.body()).contains("You read this case as an auditor").doesNotContain("Withdraw the request");
	}

	@Test
	void theRequestedSupervisorIsOfferedOnlyTheGroundsThisTypeMayBeRefusedOnWithOrWithoutConsultation() {
		DemoLogins demo = new DemoLogins(node.dataDir(), port);
		HttpResponse<String> drafted = demo.send("POST", "/api/v1/cases", demo.of("VN", Role.DUTY_OFFICER).apiToken(),
				"{\"type\":\"PRESERVATION\",\"requestedAuthority\":\"" + BR_POINT_OF_CONTACT + "\",\"contents\":"
						+ CaseApiIntegrationTests.preservation("en",
								"{\"kind\":\"TREATY\",\"instrument\":\"Viet Nam-Brazil treaty (demo)\"}")
						+ "}");
		String id = drafted.body().replaceFirst("(?s)^.*?\"id\":\"([0-9a-f-]{36})\".*$", "$1");
		String cases = "/api/v1/cases/" + id;
		assertThat(demo.send("POST", cases + "/submit", demo.of("VN", Role.DUTY_OFFICER).apiToken(), null).statusCode()).isEqualTo(200);
		assertThat(demo.send("POST", cases + "/approve", demo.of("VN", Role.SUPERVISOR).apiToken(), null).statusCode()).isEqualTo(200);
		String brazil = demo.of("BR", Role.DUTY_OFFICER).apiToken();
		demo.send("POST", cases + "/acts/acknowledge", brazil, null);
		demo.send("POST", cases + "/acts/start-review", brazil, null);
		HttpResponse<String> inReview = demo.get("/cases/" + id, demo.of("BR", Role.SUPERVISOR).apiToken(), "text/html");
		assertThat(inReview.body()).as("preservation may be refused without a consultation (Budapest art. 29)")
			.contains("data-act=\"REFUSE\"", "data-act=\"CONSULT\"",
					"Prejudice to sovereignty, security, ordre public or other essential interests");
		assertThat(demo.send("POST", cases + "/acts/consult", brazil, "{\"text\":\"Could the data be narrowed?\"}").statusCode())
			.isEqualTo(200);

		HttpResponse<String> page = demo.get("/cases/" + id, demo.of("BR", Role.SUPERVISOR).apiToken(), "text/html");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("In consultation", "Grounds for refusal (art. 40)",
				"Prejudice to sovereignty, security, ordre public or other essential interests",
				"Conditions on which assistance is offered, one per line", "Subject: Could the data be narrowed?")
			.doesNotContain("No dual criminality");

		List<String> links = java.util.regex.Pattern.compile("href=\"/law#(rule-[A-Za-z0-9_-]+)\"").matcher(page.body()).results()
			.map(match -> match.group(1)).distinct().toList();
		assertThat(links).as("each item, ground and clock links to its row of the rules table")
			.contains("rule-contents-PRESERVATION-NECESSITY", "rule-ground-PRESERVATION-ESSENTIAL_INTERESTS")
			.anyMatch(link -> link.startsWith("rule-clock-"));
		assertThat(page.body()).as("a due time in both States' zones, with the rule that counted it")
			.containsPattern("Requested State: \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} America/Sao_Paulo · requesting State: "
					+ "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} Asia/Ho_Chi_Minh")
			.contains("(rule v1)");
		String rules = demo.get("/law", null).body();
		assertThat(links).allSatisfy(link -> assertThat(rules).contains("id=\"" + link + "\""));
	}

	@Test
	void theCasePageListsWarningsApartFromWhatStopsTheRequestInEitherLanguage() {
		DemoLogins demo = new DemoLogins(node.dataDir(), port);
		String handler = demo.of("VN", Role.CASE_HANDLER).apiToken();
		HttpResponse<String> drafted = demo.send("POST", "/api/v1/cases", handler, "{\"type\":\"EXTRADITION\",\"requestedAuthority\":\""
				+ BR_CENTRAL_AUTHORITY + "\",\"contents\":{\"legalBasis\":{\"kind\":\"CONVENTION\",\"article\":37},"
				+ "\"offenceBasis\":{\"kind\":\"CONVENTION_OFFENCE\",\"article\":7},\"language\":\"en\",\"elements\":{"
				+ "\"PERSON_SOUGHT\":\"Tran Thi B (fictitious)\",\"PERSON_NATIONALITY\":\"Vietnamese\","
				+ "\"PERSON_LOCATION\":\"Recife (fictitious address)\",\"OFFENCES\":\"Illegal access (art. 7)\","
				+ "\"MAX_PENALTY_REQUESTING_MONTHS\":\"84\",\"MAX_PENALTY_REQUESTED_MONTHS\":\"6\","
				+ "\"WARRANT_OR_JUDGMENT\":\"Arrest warrant 3/2026 (fictitious)\"}}}");
		assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
		String id = drafted.body().replaceFirst("(?s)^.*?\"id\":\"([0-9a-f-]{36})\".*$", "$1");

		String english = demo.get("/cases/" + id, handler, "text/html").body();
		String vietnamese = demo.get("/cases/" + id + "?lang=vi", handler, "text/html").body();

		assertThat(english).contains("Check before sending (this does not stop the request):")
			.contains("The treaty registry does not record whether Brazil makes extradition conditional on a treaty.")
			.contains("is 6 months, below the 12 months this node checks for")
			.contains("Brazil is not a State Party today")
			.doesNotContain("name the extradition treaty");
		assertThat(vietnamese).contains("Cần kiểm tra trước khi gửi")
			.contains("có đặt điều kiện phải có điều ước để dẫn độ hay không")
			.contains("là 6 tháng, thấp hơn mức 12 tháng");
	}

	@Test
	void anExtensionOfPreservationIsOfferedAsARequestThatBrazilMayGrantOrDecline() {
		DemoLogins demo = new DemoLogins(node.dataDir(), port);
		String vietNam = demo.of("VN", Role.DUTY_OFFICER).apiToken();
		HttpResponse<String> drafted = demo.send("POST", "/api/v1/cases", vietNam,
				"{\"type\":\"PRESERVATION\",\"requestedAuthority\":\"" + BR_POINT_OF_CONTACT + "\",\"contents\":"
						+ CaseApiIntegrationTests.preservation("en",
								"{\"kind\":\"TREATY\",\"instrument\":\"Viet Nam-Brazil treaty (demo)\"}")
						+ "}");
		String id = drafted.body().replaceFirst("(?s)^.*?\"id\":\"([0-9a-f-]{36})\".*$", "$1");
		String cases = "/api/v1/cases/" + id;
		demo.send("POST", cases + "/submit", vietNam, null);
		demo.send("POST", cases + "/approve", demo.of("VN", Role.SUPERVISOR).apiToken(), null);
		String brazil = demo.of("BR", Role.DUTY_OFFICER).apiToken();
		for (String act : java.util.List.of("acknowledge", "start-review", "accept", "start-execution", "execute")) {
			assertThat(demo.send("POST", cases + "/acts/" + act, brazil, null).statusCode()).isEqualTo(200);
		}
		assertThat(demo.get("/cases/" + id, vietNam, "text/html").body()).contains("Request an extension of the preservation")
			.doesNotContain("Grant the extension");

		assertThat(demo.send("POST", cases + "/acts/extend-preservation", vietNam,
				"{\"days\":45,\"text\":\"The request for the data is being translated.\"}").statusCode()).isEqualTo(200);

		HttpResponse<String> atBrazil = demo.get("/cases/" + id, brazil, "text/html");
		assertThat(atBrazil.body()).contains("Extension of the preservation requested", "Grant the extension",
				"Decline the extension", "Why the further period is declined", "value=\"45\"");
		assertThat(demo.get("/cases/" + id, vietNam, "text/html").body()).doesNotContain("Request an extension of the preservation");
	}

	private DemoLogins.Browser signIn(String state, Role role) {
		return new DemoLogins(node.dataDir(), port).signedIn(state, role, new UnusedTotpCodes(jdbc, clock));
	}
}
