package org.hanoinet.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.hanoinet.NodeTest;
import org.hanoinet.TestSmtp;
import org.hanoinet.TestNodeKeys;
import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseEvent;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseStatus;
import org.hanoinet.cooperation.CaseTransfer;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.Party;
import org.hanoinet.cooperation.RequestContents;
import org.hanoinet.cooperation.Conditions;
import org.hanoinet.cooperation.FormElement;
import org.hanoinet.cooperation.LegalBasis;
import org.hanoinet.cooperation.OffenceBasis;
import org.hanoinet.cooperation.Urgency;
import org.hanoinet.directory.DirectoryManagement;
import org.hanoinet.directory.Secretariat;
import org.hanoinet.directory.ThisNode;
import org.hanoinet.duty.UrgentRequests;
import org.hanoinet.exchange.Envelope;
import org.hanoinet.exchange.Envelopes;
import org.hanoinet.exchange.MessageKind;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inbox judges a case event, not only its signature. Every envelope here is signed with the key of the node
 * that really serves Viet Nam (this demo node, which serves Viet Nam and Brazil; Ghana is served by another node),
 * as a stolen key or a faulty node would sign it. The inbox refuses a case between other States, a case that
 * skipped its four-eyes approval and an act the sender's side may not perform, each with its stable code and
 * nothing kept; each refusal is in the audit log, readable by the administrator, and e-mailed to the node's
 * security contact (a real SMTP server on loopback).
 */
@NodeTest
class InboxJudgementIntegrationTests {

	static final AuthorityId VN_POINT_OF_CONTACT = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000002");

	static final AuthorityId BR_POINT_OF_CONTACT = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000004");

	static final AuthorityId GH_CENTRAL_AUTHORITY = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000005");

	static final AuthorityId GH_POINT_OF_CONTACT = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000006");

	static final String SECURITY_CONTACT = "security@node.example";

	static final GreenMail smtp = TestSmtp.start();

	@DynamicPropertySource
	static void smtpOnLoopback(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("hanoinet.exchange.security-contact", () -> SECURITY_CONTACT);
		registry.add("hanoinet.exchange.security-alert-interval", () -> "PT0.5S");
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	Envelopes envelopes;

	@Autowired
	ThisNode thisNode;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	CaseManagement cases;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	Secretariat secretariat;

	@Autowired
	NodeProperties node;

	final JsonMapper json = JsonMapper.builder().build();

	DemoLogins demo;

	@BeforeEach
	void ghanaIsServedByAnotherNode() {
		demo = new DemoLogins(node.dataDir(), port);
		if (jdbc.sql("select count(*) from directory_node where id = 'node-ghana'").query(Long.class).single() == 0) {
			directory.registerNode("node-ghana", URI.create("http://127.0.0.1:9"), new TestNodeKeys().rawPublicKey(),
					List.of(GH_CENTRAL_AUTHORITY, GH_POINT_OF_CONTACT), "test");
			secretariat.publish("test");
		}
	}

	@Test
	void refusesTheApprovedOpeningOfACaseBetweenOtherStatesAndAlertsTheAdministrator() throws Exception {
		Case toGhana = approved(new Party(CountryCode.of("GH"), GH_POINT_OF_CONTACT));

		HttpResponse<String> answer = post(seal(CaseTransfer.opening(toGhana, toGhana.events().getLast())));

		assertRefused(answer, 403, "NOT_A_PARTY");
		assertThat(caseKept(toGhana.id())).as("Brazil's and Viet Nam's node keeps nothing of a Viet Nam-Ghana case").isFalse();
		JsonNode refusal = refusalOf(toGhana.id());
		assertThat(refusal.path("code").asString()).isEqualTo("NOT_A_PARTY");
		assertThat(refusal.path("sender").asString()).isEqualTo(thisNode.id());
		assertThat(auditedRefusals(toGhana.id())).as("the refusal is a leaf of the audit log").isEqualTo(1);
		MimeMessage alert = alertNaming(toGhana.id(), "NOT_A_PARTY");
		assertThat(alert.getAllRecipients()[0].toString()).isEqualTo(SECURITY_CONTACT);
		assertThat(text(alert)).contains("NOT_A_PARTY", "node " + thisNode.id());
	}

	@Test
	void refusesACaseThatArrivesWithoutItsApprovalOrApprovedByItsDrafter() {
		Case toBrazil = approved(new Party(CountryCode.of("BR"), BR_POINT_OF_CONTACT));
		Map<String, Object> opening = CaseTransfer.opening(toBrazil, toBrazil.events().getLast());
		@SuppressWarnings("unchecked")
		List<Object> chain = new ArrayList<>((List<Object>) opening.get("events"));
		Map<String, Object> withoutApproval = new LinkedHashMap<>(opening);
		withoutApproval.put("events", chain.subList(0, chain.size() - 1));
		CaseEvent approval = toBrazil.events().getLast();
		CaseEvent selfApproval = new CaseEvent(approval.id(), approval.caseId(), approval.sequence(), approval.type(),
				approval.act(), approval.status(), approval.actorAuthority(), toBrazil.drafter(), approval.occurredAt(),
				new TreeMap<>(approval.details()), approval.previousHash());
		List<Object> selfApproved = new ArrayList<>(chain.subList(0, chain.size() - 1));
		selfApproved.add(CaseTransfer.body(toBrazil, selfApproval).get("event"));
		Map<String, Object> approvedByDrafter = new LinkedHashMap<>(opening);
		approvedByDrafter.put("events", selfApproved);

		assertRefused(post(seal(CaseTransfer.body(toBrazil, toBrazil.events().getFirst()))), 403, "NOT_APPROVED");
		assertRefused(post(seal(withoutApproval)), 403, "NOT_APPROVED");
		assertRefused(post(seal(approvedByDrafter)), 403, "NOT_APPROVED");

		assertThat(caseKept(toBrazil.id())).as("no draft of another State's node is kept before its approval").isFalse();
		assertThat(auditedRefusals(toBrazil.id())).isEqualTo(3);
		// Refusals go out in digests every half second, so the three may be split over two messages.
		assertThat(text(alertNaming(toBrazil.id(), "four-eyes"))).contains("NOT_APPROVED", "four-eyes");
	}

	@Test
	void refusesAnActTheSendersSideMayNotPerformInTheCasesState() {
		CaseId id = CaseId.of(UrgentRequests.sendToBrazil(demo));
		await().atMost(Duration.ofSeconds(10)).until(() -> cases.load(id).orElseThrow().status() == CaseStatus.DELIVERED);
		Case delivered = cases.load(id).orElseThrow();
		CaseEvent head = delivered.events().getLast();

		HttpResponse<String> executedUnaccepted = post(seal(next(delivered, Act.EXECUTE, CaseStatus.EXECUTED, BR_POINT_OF_CONTACT)));
		HttpResponse<String> acknowledgedByRequester = post(seal(next(delivered, Act.ACKNOWLEDGE, CaseStatus.ACKNOWLEDGED,
				VN_POINT_OF_CONTACT)));

		assertRefused(executedUnaccepted, 409, "ACT_NOT_ALLOWED");
		assertRefused(acknowledgedByRequester, 409, "ACT_NOT_ALLOWED");
		Case after = cases.load(id).orElseThrow();
		assertThat(after.status()).isEqualTo(CaseStatus.DELIVERED);
		assertThat(after.events().getLast().hash()).as("the chain did not move").isEqualTo(head.hash());
		assertThat(auditedRefusals(id)).isEqualTo(2);
	}

	@Test
	void aRefusedCaseEventInABatchIsReportedAsRefusedBesideTheOthersReceipts() throws Exception {
		Case toGhana = approved(new Party(CountryCode.of("GH"), GH_POINT_OF_CONTACT));
		Instant now = clock.instant();
		String ping = envelopes.seal(new Envelope(UUID.randomUUID(), thisNode.id(), thisNode.id(), now, now.plusSeconds(300),
				MessageKind.PING, Map.of("text", "batch")));

		HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(inbox())
			.header("Content-Type", FederationInbox.BATCH)
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(List.of(ping,
					seal(CaseTransfer.opening(toGhana, toGhana.events().getLast()))))))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode results = json.readTree(answer.body());
		assertThat(results.get(0).path("receipt").asString()).isNotBlank();
		assertThat(results.get(1).path("code").asString()).isEqualTo("NOT_A_PARTY");
		assertThat(results.get(1).path("status").asInt()).isEqualTo(403);
		assertThat(caseKept(toGhana.id())).isFalse();
		assertThat(auditedRefusals(toGhana.id())).isEqualTo(1);
	}

	/** A preservation request from Viet Nam to {@code requested}, drafted, submitted and approved as a node would. */
	private Case approved(Party requested) {
		Party vietNam = new Party(CountryCode.of("VN"), VN_POINT_OF_CONTACT);
		Case request = Case.draft(new CaseId(UUID.randomUUID()), CaseType.PRESERVATION, vietNam, requested, contents(),
				new Actor(VN_POINT_OF_CONTACT, vietNam.state(), "vn-officer", false), clock);
		request.submitForApproval(new Actor(VN_POINT_OF_CONTACT, vietNam.state(), "vn-officer", false));
		request.approve(new Actor(VN_POINT_OF_CONTACT, vietNam.state(), "vn-supervisor", true));
		return request;
	}

	private static RequestContents contents() {
		Map<FormElement, String> answers = new java.util.EnumMap<>(FormElement.class);
		answers.put(FormElement.OFFENCE_AND_FACTS, "Illegal access to a bank's servers.");
		answers.put(FormElement.DATA_AND_RELATION, "Connection logs of the account used.");
		answers.put(FormElement.CUSTODIAN_OR_LOCATION, "A provider (fictitious).");
		answers.put(FormElement.NECESSITY, "The provider keeps logs for 30 days only.");
		answers.put(FormElement.INTENT_TO_REQUEST_ASSISTANCE, "yes");
		return new RequestContents(LegalBasis.treaty("Viet Nam-Brazil treaty on mutual legal assistance (demo)"),
				new OffenceBasis(OffenceBasis.Kind.CONVENTION_OFFENCE, 7, null), Urgency.URGENT, "en", Conditions.NONE, answers,
				null);
	}

	/** The next link of the case's chain, forged: well formed and signed, but for an act the lifecycle bars. */
	private Map<String, Object> next(Case request, Act act, CaseStatus claimed, AuthorityId actor) {
		CaseEvent head = request.events().getLast();
		CaseEvent forged = new CaseEvent(UUID.randomUUID(), request.id(), head.sequence() + 1, request.type(), act, claimed,
				actor, "forger", clock.instant(), new TreeMap<>(), head.hash());
		return CaseTransfer.body(request, forged);
	}

	private String seal(Map<String, Object> body) {
		Instant now = clock.instant();
		return envelopes.seal(new Envelope(UUID.randomUUID(), thisNode.id(), thisNode.id(), now, now.plusSeconds(300),
				MessageKind.CASE_EVENT, body));
	}

	private boolean caseKept(CaseId id) {
		return jdbc.sql("select count(*) from cooperation_case where id = :id").param("id", id.value()).query(Long.class).single() > 0
				|| jdbc.sql("select count(*) from cooperation_case_event where case_id = :id").param("id", id.value())
					.query(Long.class).single() > 0;
	}

	private long auditedRefusals(CaseId id) {
		return jdbc.sql("select count(*) from audit_leaf where audit_type = 'exchange.envelope-refused' and :case = any(field_values)")
			.param("case", id.value().toString()).query(Long.class).single();
	}

	private JsonNode refusalOf(CaseId id) {
		String admin = demo.of("BR", Role.NODE_ADMIN).apiToken();
		HttpResponse<String> listed = demo.send("GET", "/api/v1/exchange/refusals?limit=1000", admin, null);
		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
		return json.readTree(listed.body()).valueStream()
			.filter(refusal -> refusal.path("caseId").asString().equals(id.value().toString()))
			.findFirst().orElseThrow();
	}

	private MimeMessage alertNaming(CaseId id, String saying) {
		MimeMessage[] found = new MimeMessage[1];
		await().atMost(Duration.ofSeconds(15)).until(() -> {
			for (MimeMessage message : smtp.getReceivedMessages()) {
				if (text(message).contains(id.value().toString()) && text(message).contains(saying)) {
					found[0] = message;
					return true;
				}
			}
			return false;
		});
		return found[0];
	}

	private static String text(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (IOException | jakarta.mail.MessagingException unreadable) {
			throw new IllegalStateException(unreadable);
		}
	}

	private URI inbox() {
		return URI.create("http://127.0.0.1:" + port + "/federation/v1/inbox");
	}

	private HttpResponse<String> post(String compact) {
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(inbox())
				.header("Content-Type", "application/jose")
				.POST(HttpRequest.BodyPublishers.ofString(compact))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException failed) {
			throw new IllegalStateException(failed);
		}
	}

	private void assertRefused(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("code").asString()).isEqualTo(code);
		assertThat(problem.path("retriable").asBoolean()).isFalse();
		assertThat(problem.path("detail").asString()).isNotBlank();
	}
}
