package org.hanoinet.exchange;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import org.hanoinet.TestNodeKeys;
import org.hanoinet.TestNodes;
import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseEvent;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseStatus;
import org.hanoinet.cooperation.CaseTransfer;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.Conditions;
import org.hanoinet.cooperation.FormElement;
import org.hanoinet.cooperation.LegalBasis;
import org.hanoinet.cooperation.OffenceBasis;
import org.hanoinet.cooperation.Party;
import org.hanoinet.cooperation.RequestContents;
import org.hanoinet.cooperation.Urgency;
import org.hanoinet.directory.DirectoryManagement;
import org.hanoinet.directory.Secretariat;
import org.hanoinet.directory.ThisNode;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The forgery campaign of {@code ./hanoinet chaos forge} (and, in short form, of {@link ForgeryCampaignTests}): two
 * nodes on loopback, A (the secretariat, serving Viet Nam and Ghana) and B (serving Brazil), one real urgent request
 * from Viet Nam delivered to Brazil; then every kind of bad envelope a broken or hostile peer could send is posted to
 * B's inbox, {@code count} times each: garbage, tampered, unsigned, unknown, revoked and impostor keys, expired,
 * mis-addressed, replayed, oversized, receipts where envelopes go, and case events signed with A's real key that B
 * must still refuse (a case between other States, a case that skipped its approval, acts A's side may not perform,
 * a broken chain). Each answer must be a problem document with the expected stable code; afterwards B's inbox, its
 * cases and their chains are unchanged and each refusal is one leaf of B's audit log.
 */
public final class ForgeryCampaign {

	static final AuthorityId VN_POINT_OF_CONTACT = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000002");

	static final AuthorityId BR_POINT_OF_CONTACT = AuthorityId.of(TestNodes.BR_POINT_OF_CONTACT);

	static final AuthorityId GH_POINT_OF_CONTACT = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000006");

	private static final SecureRandom RANDOM = new SecureRandom();

	/** One kind of forgery: how to make one, and the status and code the inbox must answer. */
	record Forgery(String kind, int status, String code, Supplier<String> body) {
	}

	/** What the inbox answered to one kind. */
	record Outcome(String kind, String code, int sent, int refusedAsExpected, List<String> unexpected) {
	}

	/** The whole campaign's result. */
	record Report(List<Outcome> outcomes, long inboxRowsBefore, long inboxRowsAfter, long caseEventsBefore, long caseEventsAfter,
			String chainHeadBefore, String chainHeadAfter, long auditedRefusals, long recordedRefusals, Duration took) {

		int sent() {
			return outcomes.stream().mapToInt(Outcome::sent).sum();
		}

		int refused() {
			return outcomes.stream().mapToInt(Outcome::refusedAsExpected).sum();
		}

		boolean clean() {
			return refused() == sent() && inboxRowsBefore == inboxRowsAfter && caseEventsBefore == caseEventsAfter
					&& chainHeadBefore.equals(chainHeadAfter) && auditedRefusals == sent() && recordedRefusals == sent();
		}
	}

	private final ConfigurableApplicationContext nodeA;

	private final ConfigurableApplicationContext nodeB;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Envelopes asA;

	private final Clock clock;

	private final String idA;

	private final String idB;

	private ForgeryCampaign(ConfigurableApplicationContext nodeA, ConfigurableApplicationContext nodeB) {
		this.nodeA = nodeA;
		this.nodeB = nodeB;
		this.asA = nodeA.getBean(Envelopes.class);
		this.clock = nodeA.getBean(Clock.class);
		this.idA = nodeA.getBean(ThisNode.class).id();
		this.idB = nodeB.getBean(ThisNode.class).id();
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		if (count < 1 || count > 1000) {
			throw new IllegalArgumentException("chaos forge takes a count from 1 to 1000 per kind, not " + count);
		}
		Report report = run("target/chaos-forge/" + UUID.randomUUID(), count);
		print(report);
		System.exit(report.clean() ? 0 : 1);
	}

	/** Starts the two nodes under {@code dataDir}, runs the campaign with {@code count} envelopes of each kind, stops them. */
	static Report run(String dataDir, int count) throws Exception {
		ConfigurableApplicationContext nodeA = TestNodes.startSecretariat(dataDir + "/a");
		ConfigurableApplicationContext nodeB = null;
		try {
			DemoLogins secretariat = TestNodes.logins(nodeA);
			nodeB = TestNodes.startFollower(nodeA, Duration.ofSeconds(1), dataDir + "/b", "--hanoinet.directory.served-states=BR",
					"--hanoinet.exchange.max-inbox-body=1MB");
			TestNodes.registerBrazil(secretariat, nodeB, "http://127.0.0.1:" + TestNodes.port(nodeB), Duration.ofSeconds(30));
			return new ForgeryCampaign(nodeA, nodeB).forge(count);
		}
		finally {
			if (nodeB != null) {
				nodeB.close();
			}
			nodeA.close();
		}
	}

	private Report forge(int count) throws Exception {
		CaseId real = deliverOneRealRequest();
		TestNodeKeys revoked = revokedKey();
		JdbcClient atB = nodeB.getBean(JdbcClient.class);
		CaseManagement casesAtB = nodeB.getBean(CaseManagement.class);
		Case delivered = casesAtB.load(real).orElseThrow();
		UUID receivedMessage = atB.sql("select message_id from exchange_inbox order by received_at limit 1").query(UUID.class).single();
		long inboxBefore = count(atB, "select count(*) from exchange_inbox");
		long eventsBefore = count(atB, "select count(*) from cooperation_case_event");
		long auditedBefore = count(atB, "select count(*) from audit_leaf where audit_type = 'exchange.envelope-refused'");
		long recordedBefore = count(atB, "select count(*) from exchange_inbound_refusal");
		Instant start = Instant.now();

		List<Outcome> outcomes = new ArrayList<>();
		for (Forgery forgery : forgeries(delivered, receivedMessage, revoked)) {
			int asExpected = 0;
			List<String> unexpected = new ArrayList<>();
			for (int sent = 0; sent < count; sent++) {
				HttpResponse<String> answer = post(forgery.body().get());
				String code = codeOf(answer);
				if (answer.statusCode() == forgery.status() && forgery.code().equals(code)) {
					asExpected++;
				}
				else if (unexpected.size() < 3) {
					unexpected.add("HTTP " + answer.statusCode() + " " + code + ": " + abbreviate(answer.body()));
				}
			}
			outcomes.add(new Outcome(forgery.kind(), forgery.code(), count, asExpected, unexpected));
		}
		Duration took = Duration.between(start, Instant.now());
		// Refusals are recorded in their own transaction after the answer: give the last ones a moment.
		long expected = outcomes.stream().mapToInt(Outcome::sent).sum();
		await().atMost(Duration.ofSeconds(10)).until(() -> count(atB, "select count(*) from exchange_inbound_refusal") - recordedBefore >= expected);
		return new Report(outcomes, inboxBefore, count(atB, "select count(*) from exchange_inbox"), eventsBefore,
				count(atB, "select count(*) from cooperation_case_event"), delivered.events().getLast().hash(),
				casesAtB.load(real).orElseThrow().events().getLast().hash(),
				count(atB, "select count(*) from audit_leaf where audit_type = 'exchange.envelope-refused'") - auditedBefore,
				count(atB, "select count(*) from exchange_inbound_refusal") - recordedBefore, took);
	}

	private List<Forgery> forgeries(Case delivered, UUID receivedMessage, TestNodeKeys revoked) {
		Envelopes impostor = new Envelopes(new TestNodeKeys(), id -> java.util.Optional.empty(), clock);
		Envelopes withRevokedKey = new Envelopes(revoked, id -> java.util.Optional.empty(), clock);
		Case toGhana = approved(new Party(CountryCode.of("GH"), GH_POINT_OF_CONTACT));
		Case toBrazil = approved(new Party(CountryCode.of("BR"), BR_POINT_OF_CONTACT));
		CaseEvent head = delivered.events().getLast();
		List<Forgery> all = new ArrayList<>();
		all.add(new Forgery("garbage bytes", 400, "SCHEMA_INVALID", () -> Base64.getEncoder().encodeToString(randomBytes(600))));
		all.add(new Forgery("empty body", 400, "SCHEMA_INVALID", () -> ""));
		all.add(new Forgery("JSON, not a JWS", 400, "SCHEMA_INVALID", () -> "{\"kind\":\"CASE_EVENT\"}"));
		all.add(new Forgery("unsigned (alg none)", 400, "SCHEMA_INVALID", () -> segment("{\"alg\":\"none\",\"kid\":\"x\"}") + "."
				+ segment("{\"v\":1}") + "."));
		all.add(new Forgery("tampered signature", 401, "SIGNATURE_INVALID", () -> {
			String[] parts = asA.seal(ping(UUID.randomUUID(), idA, idB)).split("\\.");
			return parts[0] + "." + parts[1] + "." + (parts[2].startsWith("A") ? "B" : "A") + parts[2].substring(1);
		}));
		all.add(new Forgery("tampered payload", 401, "SIGNATURE_INVALID", () -> {
			String[] original = asA.seal(ping(UUID.randomUUID(), idA, idB)).split("\\.");
			String[] other = asA.seal(ping(UUID.randomUUID(), idA, idB)).split("\\.");
			return original[0] + "." + other[1] + "." + original[2];
		}));
		all.add(new Forgery("impostor key for node A", 401, "UNKNOWN_KEY", () -> impostor.seal(ping(UUID.randomUUID(), idA, idB))));
		all.add(new Forgery("unknown sending node", 401, "UNKNOWN_SENDER",
				() -> impostor.seal(ping(UUID.randomUUID(), "node-nobody", idB))));
		all.add(new Forgery("revoked key", 401, "KEY_EXPIRED", () -> withRevokedKey.seal(ping(UUID.randomUUID(), "node-revoked", idB))));
		all.add(new Forgery("expired", 400, "EXPIRED", () -> {
			Instant now = clock.instant();
			return asA.seal(new Envelope(UUID.randomUUID(), idA, idB, now.minus(Duration.ofSeconds(2)), now.minus(Duration.ofSeconds(1)),
					MessageKind.PING, Map.of("text", "expired")));
		}));
		all.add(new Forgery("mis-addressed", 421, "NOT_ADDRESSED_TO_THIS_NODE", () -> asA.seal(ping(UUID.randomUUID(), idA, idA))));
		all.add(new Forgery("replayed message id", 409, "REPLAYED", () -> asA.seal(ping(receivedMessage, idA, idB))));
		all.add(new Forgery("receipt sent to the inbox", 400, "SCHEMA_INVALID", () -> {
			Instant now = clock.instant();
			return asA.seal(new Envelope(UUID.randomUUID(), idA, idB, now, now.plusSeconds(300), MessageKind.RECEIPT,
					Map.of("messageId", receivedMessage.toString())));
		}));
		all.add(new Forgery("oversized body", 413, "TOO_LARGE", () -> "x".repeat(1024 * 1024 + 1)));
		all.add(new Forgery("case between other States", 403, "NOT_A_PARTY",
				() -> caseEvent(CaseTransfer.opening(toGhana, toGhana.events().getLast()))));
		all.add(new Forgery("draft sent before its approval", 403, "NOT_APPROVED",
				() -> caseEvent(CaseTransfer.body(toBrazil, toBrazil.events().getFirst()))));
		all.add(new Forgery("approved by its own drafter", 403, "NOT_APPROVED", () -> caseEvent(selfApproved(toBrazil))));
		all.add(new Forgery("act of the other side", 409, "ACT_NOT_ALLOWED",
				() -> caseEvent(next(delivered, head.hash(), Act.ACKNOWLEDGE, CaseStatus.ACKNOWLEDGED, VN_POINT_OF_CONTACT))));
		all.add(new Forgery("act the state does not allow", 409, "ACT_NOT_ALLOWED",
				() -> caseEvent(next(delivered, head.hash(), Act.CLOSE, CaseStatus.CLOSED, VN_POINT_OF_CONTACT))));
		all.add(new Forgery("act of an authority node A does not serve", 403, "SENDER_NOT_SERVING_AUTHORITY",
				() -> caseEvent(next(delivered, head.hash(), Act.ACKNOWLEDGE, CaseStatus.ACKNOWLEDGED, BR_POINT_OF_CONTACT))));
		all.add(new Forgery("broken chain", 409, "CHAIN_CONFLICT",
				() -> caseEvent(next(delivered, "f".repeat(64), Act.REQUEST_STATUS, CaseStatus.DELIVERED, VN_POINT_OF_CONTACT))));
		return all;
	}

	/** Viet Nam's officer sends an urgent preservation request through node A; it is delivered at B. */
	private CaseId deliverOneRealRequest() {
		CaseId caseId = CaseId.of(TestNodes.sendPreservation(TestNodes.logins(nodeA)).path("id").asString());
		CaseManagement atA = nodeA.getBean(CaseManagement.class);
		await().atMost(Duration.ofSeconds(30)).until(() -> atA.load(caseId).map(request -> request.status() == CaseStatus.DELIVERED)
			.orElse(false));
		return caseId;
	}

	/** A node the secretariat registered and whose key it then revoked (rotated with an end now); B has seen both. */
	private TestNodeKeys revokedKey() {
		TestNodeKeys old = new TestNodeKeys();
		DirectoryManagement directory = nodeA.getBean(DirectoryManagement.class);
		Secretariat secretariat = nodeA.getBean(Secretariat.class);
		directory.registerNode("node-revoked", URI.create("http://127.0.0.1:9"), old.rawPublicKey(), List.of(), "chaos-forge");
		secretariat.publish("chaos-forge");
		Instant ends = clock.instant().plusMillis(200);
		directory.rotateNodeKey("node-revoked", new TestNodeKeys().rawPublicKey(), ends, "chaos-forge");
		secretariat.publish("chaos-forge");
		DemoLogins follower = TestNodes.logins(nodeB);
		long version = TestNodes.json(TestNodes.logins(nodeA).get("/api/v1/directory/trust", null)).path("version").asLong();
		await().atMost(Duration.ofSeconds(20)).until(() -> clock.instant().isAfter(ends)
				&& TestNodes.json(follower.get("/api/v1/directory/trust", null)).path("version").asLong() >= version);
		return old;
	}

	private Case approved(Party requested) {
		Party vietNam = new Party(CountryCode.of("VN"), VN_POINT_OF_CONTACT);
		Actor officer = new Actor(VN_POINT_OF_CONTACT, vietNam.state(), "vn-officer", false);
		Case request = Case.draft(new CaseId(UUID.randomUUID()), CaseType.PRESERVATION, vietNam, requested, contents(), officer, clock);
		request.submitForApproval(officer);
		request.approve(new Actor(VN_POINT_OF_CONTACT, vietNam.state(), "vn-supervisor", true));
		return request;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> selfApproved(Case request) {
		Map<String, Object> opening = new LinkedHashMap<>(CaseTransfer.opening(request, request.events().getLast()));
		List<Object> chain = new ArrayList<>((List<Object>) opening.get("events"));
		CaseEvent approval = request.events().getLast();
		CaseEvent byDrafter = new CaseEvent(approval.id(), approval.caseId(), approval.sequence(), approval.type(), approval.act(),
				approval.status(), approval.actorAuthority(), request.drafter(), approval.occurredAt(), new TreeMap<>(approval.details()),
				approval.previousHash());
		chain.set(chain.size() - 1, CaseTransfer.body(request, byDrafter).get("event"));
		opening.put("events", chain);
		return opening;
	}

	private Map<String, Object> next(Case request, String previousHash, Act act, CaseStatus claimed, AuthorityId actor) {
		CaseEvent head = request.events().getLast();
		CaseEvent forged = new CaseEvent(UUID.randomUUID(), request.id(), head.sequence() + 1, request.type(), act, claimed, actor,
				"forger", clock.instant(), new TreeMap<>(), previousHash);
		return CaseTransfer.body(request, forged);
	}

	private static RequestContents contents() {
		Map<FormElement, String> answers = new EnumMap<>(FormElement.class);
		answers.put(FormElement.OFFENCE_AND_FACTS, "Illegal access to a bank's servers on 2026-11-20 (fictitious).");
		answers.put(FormElement.DATA_AND_RELATION, "Connection logs of the account used in the intrusion.");
		answers.put(FormElement.CUSTODIAN_OR_LOCATION, "A webmail provider in São Paulo (fictitious).");
		answers.put(FormElement.NECESSITY, "The provider keeps logs for 30 days only.");
		answers.put(FormElement.INTENT_TO_REQUEST_ASSISTANCE, "yes");
		return new RequestContents(LegalBasis.treaty("Viet Nam-Brazil treaty on mutual legal assistance (demo)"),
				new OffenceBasis(OffenceBasis.Kind.CONVENTION_OFFENCE, 7, null), Urgency.URGENT, "en", Conditions.NONE, answers, null);
	}

	private String caseEvent(Map<String, Object> body) {
		Instant now = clock.instant();
		return asA.seal(new Envelope(UUID.randomUUID(), idA, idB, now, now.plusSeconds(300), MessageKind.CASE_EVENT, body));
	}

	private Envelope ping(UUID id, String sender, String recipient) {
		Instant now = clock.instant();
		return new Envelope(id, sender, recipient, now, now.plusSeconds(300), MessageKind.PING, Map.of("text", "forged " + UUID.randomUUID()));
	}

	private HttpResponse<String> post(String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + TestNodes.port(nodeB) + "/federation/v1/inbox"))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/jose")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String codeOf(HttpResponse<String> answer) {
		if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
			return "(not a problem document)";
		}
		try {
			JsonNode problem = TestNodes.json(answer);
			return problem.path("type").asString().startsWith("urn:hanoinet:federation:") ? problem.path("code").asString()
					: "(type " + problem.path("type").asString() + ")";
		}
		catch (RuntimeException unreadable) {
			return "(unreadable)";
		}
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static String segment(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static String abbreviate(String text) {
		return text.length() <= 160 ? text : text.substring(0, 160) + "…";
	}

	static void print(Report report) {
		System.out.printf("%nForgery campaign against node B's inbox (loopback), %.1f s of forging%n", report.took().toMillis() / 1000.0);
		System.out.printf("%-44s %-28s %6s %8s%n", "kind", "expected code", "sent", "refused");
		for (Outcome outcome : report.outcomes()) {
			System.out.printf("%-44s %-28s %6d %8d%n", outcome.kind(), outcome.code(), outcome.sent(), outcome.refusedAsExpected());
			outcome.unexpected().forEach(answer -> System.out.println("    unexpected: " + answer));
		}
		System.out.printf("%nsent %d, refused with the expected code %d (%.1f %%)%n", report.sent(), report.refused(),
				100.0 * report.refused() / report.sent());
		System.out.printf("refusals in B's audit log %d, recorded for the administrator %d%n", report.auditedRefusals(),
				report.recordedRefusals());
		System.out.printf("B's inbox rows %d -> %d, case events %d -> %d, the real case's chain head %s%n", report.inboxRowsBefore(),
				report.inboxRowsAfter(), report.caseEventsBefore(), report.caseEventsAfter(),
				report.chainHeadBefore().equals(report.chainHeadAfter()) ? "unchanged" : "CHANGED");
		System.out.println(report.clean() ? "RESULT: every forgery refused, nothing changed" : "RESULT: FAILED");
	}
}
