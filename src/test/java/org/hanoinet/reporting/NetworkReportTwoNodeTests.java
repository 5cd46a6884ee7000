package org.hanoinet.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hanoinet.TestNodes.logins;
import static org.hanoinet.TestNodes.port;
import static org.hanoinet.TestNodes.registerBrazil;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hanoinet.TestNodes;
import org.hanoinet.exchange.Envelope;
import org.hanoinet.exchange.Envelopes;
import org.hanoinet.exchange.MessageKind;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeKeys;
import org.hanoinet.reporting.internal.AggregateSignatures;
import org.hanoinet.shared.CountryCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network report between two real nodes on loopback: node A is the secretariat and serves Viet Nam and Ghana
 * (which declines to report), node B serves Brazil. Both export every count as it is (threshold 1), so the report can
 * be checked against the cases the test makes: the secretariat asks before and after a story in which Viet Nam sends
 * Brazil an extradition request, refused, and a request for provisional measures, executed, and the report must move
 * by exactly those two requests on both sides. Forged and re-signed aggregates are refused, and the PDF carries the
 * same totals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkReportTwoNodeTests {

	static final String BR_CENTRAL_AUTHORITY = TestNodes.BR_CENTRAL_AUTHORITY;

	static final Duration REFRESH = Duration.ofSeconds(2);

	static final Duration TRAVEL = Duration.ofSeconds(30);

	static final String COMMON = """
			"legalBasis":{"kind":"TREATY","instrument":"Viet Nam-Brazil treaty on extradition and mutual legal assistance (fictitious)"},
			"offenceBasis":{"kind":"CONVENTION_OFFENCE","article":7},"urgency":"URGENT","language":"en\"""";

	final String run = UUID.randomUUID().toString();

	final JsonMapper json = JsonMapper.builder().build();

	final String year = Year.now(ZoneOffset.UTC).toString();

	ConfigurableApplicationContext nodeA;

	ConfigurableApplicationContext nodeB;

	DemoLogins vietNam;

	DemoLogins brazil;

	JsonNode before;

	JsonNode after;

	String secondRequest;

	@BeforeAll
	void startNodes() {
		nodeA = start("a", "--hanoinet.directory.secretariat=true", "--hanoinet.directory.node-id=node-a",
				"--hanoinet.directory.served-states=VN,GH", "--hanoinet.reporting.threshold=1",
				"--hanoinet.reporting.network.decline=GH");
		vietNam = logins(nodeA);
		String secretariatKey = TestNodes.secretariatKey(vietNam);
		nodeB = start("b", "--hanoinet.directory.node-id=node-b",
				"--hanoinet.directory.secretariat-url=http://127.0.0.1:" + port(nodeA),
				"--hanoinet.directory.secretariat-key=" + secretariatKey,
				"--hanoinet.directory.refresh-period=" + REFRESH.toSeconds() + "s", "--hanoinet.reporting.threshold=1");
		brazil = logins(nodeB);
		registerBrazil(vietNam, nodeB, "http://127.0.0.1:" + port(nodeB), REFRESH.plus(Duration.ofSeconds(8)));
	}

	@AfterAll
	void stopNodes() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	@Test
	@Order(1)
	void aCaseStoryBetweenTheNodesMovesTheNetworkReportByExactlyItsRequests() {
		before = askAndAwait();

		String extradition = send("EXTRADITION", """
				{%s,"elements":{"PERSON_SOUGHT":"Nguyen Van A (fictitious), born 1990-01-01, passport C0000000",
				 "PERSON_NATIONALITY":"Brazilian","PERSON_LOCATION":"São Paulo (fictitious address)",
				 "OFFENCES":"Illegal access to a bank's servers (art. 7) on 2026-11-20",
				 "MAX_PENALTY_REQUESTING_MONTHS":"84","MAX_PENALTY_REQUESTED_MONTHS":"48",
				 "WARRANT_OR_JUDGMENT":"Arrest warrant 12/2026 of the People's Court of Hanoi (fictitious)"}}""");
		String freezing = send("PROVISIONAL_MEASURES", """
				{%s,"elements":{"SUBJECT_OF_PROCEEDINGS":"Investigation of a ransomware attack by the Hanoi police",
				 "SUMMARY_OF_FACTS":"Proceeds of a ransomware attack were moved to Brazil (fictitious).",
				 "ASSISTANCE_TYPES":"TRACING_PROCEEDS,SEARCH_SEIZURE_FREEZING","ASSISTANCE_SOUGHT":"Trace and freeze the proceeds",
				 "MEASURES_REQUESTED":"TRACE,FREEZE","PROPERTY":"Account 0000-1 at a bank in São Paulo (fictitious)",
				 "ESTIMATED_VALUE":"250000 USD","VIRTUAL_ASSETS":"0.5 BTC at an exchange in São Paulo (fictitious)",
				 "ORDER_COPY":"Freezing order 3/2026 of the People's Court of Hanoi (fictitious)",
				 "PURPOSE":"Eventual confiscation and return to the victims"}}""");
		awaitStatus(brazil, "BR", extradition, "DELIVERED");
		for (String act : List.of("acknowledge", "start-review")) {
			act(Role.CASE_HANDLER, extradition, act, "{}");
		}
		act(Role.CASE_HANDLER, extradition, "consult",
				"{\"text\":\"Our Constitution bars the extradition of Brazilian nationals: can you accept prosecution here?\"}");
		act(Role.SUPERVISOR, extradition, "refuse",
				"{\"grounds\":[\"NATIONAL_OF_REQUESTED_STATE\"],\"text\":\"The person sought is a Brazilian national.\"}");
		awaitStatus(brazil, "BR", freezing, "DELIVERED");
		for (String act : List.of("acknowledge", "start-review", "accept", "start-execution", "execute")) {
			act(Role.CASE_HANDLER, freezing, act, "{}");
		}
		awaitStatus(vietNam, "VN", extradition, "REFUSED");
		awaitStatus(vietNam, "VN", freezing, "EXECUTED");

		// the cases as the test made them: two requests from Viet Nam to Brazil, one refused and one executed there
		Map<String, Long> made = Map.of("sent", 2L, "received", 2L, "executed", 1L, "refused", 1L);
		after = askAndAwait();
		secondRequest = after.path("request").asString();

		JsonNode vnBefore = state(before, "VN");
		JsonNode vnAfter = state(after, "VN");
		JsonNode brBefore = state(before, "BR");
		JsonNode brAfter = state(after, "BR");
		assertThat(vnAfter.path("standing").asString()).isEqualTo("REPORTED");
		assertThat(brAfter.path("standing").asString()).isEqualTo("REPORTED");
		assertThat(brAfter.path("group").asString()).isEqualTo("GRULAC");
		assertThat(vnAfter.path("group").asString()).isEqualTo("ASIA_PACIFIC");
		assertThat(moved(vnBefore, vnAfter, "sent")).isEqualTo(made.get("sent"));
		assertThat(moved(brBefore, brAfter, "received")).isEqualTo(made.get("received"));
		assertThat(moved(brBefore, brAfter, "executed")).isEqualTo(made.get("executed"));
		assertThat(moved(brBefore, brAfter, "refused")).isEqualTo(made.get("refused"));
		assertThat(moved(vnBefore, vnAfter, "received")).isZero();
		assertThat(moved(brBefore, brAfter, "sent")).isZero();
		assertThat(typeCount(after, "EXTRADITION", "sent") - typeCount(before, "EXTRADITION", "sent")).isEqualTo(1);
		assertThat(typeCount(after, "EXTRADITION", "received") - typeCount(before, "EXTRADITION", "received")).isEqualTo(1);
		assertThat(typeCount(after, "PROVISIONAL_MEASURES", "sent") - typeCount(before, "PROVISIONAL_MEASURES", "sent")).isEqualTo(1);
		assertThat(brAfter.path("latencies").path("timeToAcknowledge").path("count").asLong()
				- brBefore.path("latencies").path("timeToAcknowledge").path("count").asLong()).isEqualTo(2);

		// each State's line is what its own node counts, and the network and its groups add the lines up
		JsonNode atBrazil = json.readTree(brazil.get("/api/v1/reporting/statistics?from=" + year + "-01&to=" + year + "-12",
				brazil.of("BR", Role.CASE_HANDLER).apiToken()).body());
		assertThat(brAfter.path("totals").path("received").asLong()).isEqualTo(atBrazil.path("received").path("requests").asLong());
		assertThat(brAfter.path("totals").path("executed").asLong())
			.isEqualTo(atBrazil.path("received").path("outcomes").path("executed").asLong());
		assertThat(after.path("network").path("sent").asLong())
			.isEqualTo(vnAfter.path("totals").path("sent").asLong() + brAfter.path("totals").path("sent").asLong());
		JsonNode grulac = after.path("groups").valueStream().filter(group -> group.path("group").asString().equals("GRULAC"))
			.findFirst().orElseThrow();
		assertThat(grulac.path("totals").path("received").asLong()).isEqualTo(brAfter.path("totals").path("received").asLong());
	}

	@Test
	@Order(2)
	void aStateThatDeclinesIsListedAsDeclinedAndItsNodeSaysSoInASignedAnswer() {
		JsonNode ghana = state(after, "GH");
		assertThat(ghana.path("standing").asString()).isEqualTo("DECLINED");
		assertThat(ghana.path("node").asString()).isEqualTo("node-a");
		assertThat(ghana.path("aggregate").asString()).isNotBlank();
		assertThat(ghana.path("totals").path("sent").asLong()).isZero();
		assertThat(after.path("declined").valueStream().map(JsonNode::asString).toList()).containsExactly("GH");
		assertThat(after.path("notAnswered").valueStream().map(JsonNode::asString).toList()).isEmpty();
		assertThat(auditLeaves(nodeA, "reporting.network-answer-received")).isGreaterThanOrEqualTo(6);
		assertThat(auditLeaves(nodeB, "reporting.network-report-answered")).isGreaterThanOrEqualTo(2);
	}

	@Test
	@Order(3)
	void aForgedOrReSignedAggregateIsRefusedAndLeavesTheReportAsItWas() throws Exception {
		UUID request = UUID.fromString(secondRequest);
		Period period = new Period(YearMonth.parse(year + "-01"), YearMonth.parse(year + "-12"));
		Map<String, Object> inflated = new LinkedHashMap<>();
		inflated.put("threshold", 1);
		inflated.put("requests", List.of());
		inflated.put("received", Map.of("requests", 999));

		// signed with a key that is not node B's, under node B's key id
		OctetKeyPair stranger = new OctetKeyPairGenerator(Curve.Ed25519).generate();
		String original = state(after, "BR").path("aggregate").asString();
		JWSObject forged = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(JWSObject.parse(original).getHeader().getKeyID())
			.type(AggregateSignatures.TYPE).build(), new Payload(JWSObject.parse(original).getPayload().toString()));
		forged.sign(new Ed25519Signer(stranger));
		HttpResponse<String> strangerKey = deliver(nodeB, "node-a", answer(request, forged.serialize()));
		assertRefused(strangerKey, "AGGREGATE_INVALID", "does not verify");

		// node B's real aggregate with one figure changed after signing
		String[] parts = original.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		assertThat(payload).contains("\"threshold\":1");
		String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
				payload.replace("\"threshold\":1", "\"threshold\":7").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
		assertRefused(deliver(nodeB, "node-a", answer(request, tampered)), "AGGREGATE_INVALID", "does not verify");

		// Brazil's figures re-signed by node A, which does not serve Brazil, and sent by node A
		AggregateSignatures nodeAKey = new AggregateSignatures(nodeA.getBean(NodeKeys.class));
		String reSigned = nodeAKey.seal(request, "node-a", CountryCode.of("BR"), period, Instant.now(), inflated);
		assertRefused(deliver(nodeA, "node-a", answer(request, reSigned)), "AGGREGATE_INVALID", "not asked for the figures of BR");

		// the same, claiming to be node B's, but relayed by node B under node A's key
		String relayed = nodeAKey.seal(request, "node-b", CountryCode.of("BR"), period, Instant.now(), inflated);
		assertRefused(deliver(nodeB, "node-a", answer(request, relayed)), "AGGREGATE_INVALID", "does not list for node 'node-b'");

		JsonNode now = report(year);
		assertThat(state(now, "BR").path("totals")).isEqualTo(state(after, "BR").path("totals"));
		assertThat(state(now, "BR").path("aggregate").asString()).isEqualTo(original);
		assertThat(auditLeaves(nodeA, "reporting.network-answer-refused")).isEqualTo(4);
		JsonNode refusals = json.readTree(vietNam.get("/api/v1/exchange/refusals", vietNam.of("VN", Role.NODE_ADMIN).apiToken()).body());
		assertThat(refusals.toString()).contains("AGGREGATE_INVALID");
	}

	@Test
	@Order(4)
	void aNodeAnswersReportRequestsFromTheSecretariatOnly() throws Exception {
		Map<String, Object> body = Map.of("request", UUID.randomUUID().toString(), "from", year + "-01", "to", year + "-12");
		HttpResponse<String> refused = deliver(nodeB, "node-b", body, MessageKind.REPORT_REQUEST);
		assertRefused(refused, "NOT_FROM_SECRETARIAT", "not the secretariat's node");
	}

	@Test
	@Order(5)
	void theReportAsAPdfOpensAndCarriesTheTotals() throws IOException, InterruptedException {
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://127.0.0.1:" + port(nodeA) + "/api/v1/reporting/network.pdf?period=" + year))
			.header("Authorization", "Bearer " + vietNam.of("VN", Role.OBSERVER).apiToken())
			.header("Accept-Language", "en")
			.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
		Files.createDirectories(Path.of("target/screenshots"));
		Files.write(Path.of("target/screenshots/network-report.pdf"), pdf.body());
		String text;
		String paragraphs;
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getNumberOfPages()).isPositive();
			paragraphs = new PDFTextStripper().getText(document);
			// the tables' rows read line by line only when the text is sorted by its place on the page
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			text = stripper.getText(document);
		}
		JsonNode network = report(year).path("network");
		assertThat(text).contains("Network report of the States Parties, " + year + "-01 to " + year + "-12");
		assertThat(text).contains("2 of 3 States reported");
		assertThat(text).containsPattern("2 of 3 States reported\\s+" + network.path("sent").asLong() + "\\s+"
				+ network.path("received").asLong() + "\\s+" + network.path("executed").asLong() + "\\s+"
				+ network.path("refused").asLong());
		assertThat(paragraphs).contains("States that declined to report: Ghana (GH).");
		assertThat(text).containsPattern("Brazil \\(BR\\)\\s+Latin American\\s+Reported\\s+" + state(after, "BR").path("totals").path("sent").asLong()
				+ "\\s+" + state(after, "BR").path("totals").path("received").asLong());
		assertThat(text).contains("Extradition (art. 37)");
		assertThat(text).contains("SHA-256 " + sha256(state(after, "BR").path("aggregate").asString()));
	}

	@Test
	@Order(6)
	void badPeriodsAndCallersAreRefusedWithTheirReason() {
		String reader = vietNam.of("VN", Role.CASE_HANDLER).apiToken();
		HttpResponse<String> month13 = vietNam.get("/api/v1/reporting/network?period=" + year + "-13", reader);
		assertThat(month13.statusCode()).isEqualTo(400);
		JsonNode problem = json.readTree(month13.body());
		assertThat(problem.path("type").asString()).isEqualTo("urn:hanoinet:problem:reporting-invalid-period");
		assertThat(problem.path("field").asString()).isEqualTo("period");
		assertThat(problem.path("detail").asString()).contains("month of 'period' runs from 01 to 12");
		HttpResponse<String> reversed = vietNam.get("/api/v1/reporting/network?period=" + year + "-06.." + year + "-01", reader);
		assertThat(json.readTree(reversed.body()).path("detail").asString()).contains("after its last month");
		HttpResponse<String> never = vietNam.get("/api/v1/reporting/network?period=2001", reader);
		assertThat(never.statusCode()).isEqualTo(404);
		assertThat(json.readTree(never.body()).path("type").asString()).isEqualTo("urn:hanoinet:problem:reporting-network-report-not-found");
		HttpResponse<String> notSecretariat = vietNam.send("POST", "/api/v1/reporting/network/requests", reader, "{\"period\":\"" + year + "\"}");
		assertThat(notSecretariat.statusCode()).isEqualTo(403);
		HttpResponse<String> atBrazil = brazil.send("POST", "/api/v1/reporting/network/requests", brazil.of("BR", Role.SECRETARIAT).apiToken(),
				"{\"period\":\"" + year + "\"}");
		assertThat(atBrazil.statusCode()).isEqualTo(409);
		assertThat(json.readTree(atBrazil.body()).path("type").asString()).isEqualTo("urn:hanoinet:problem:reporting-not-secretariat");
	}

	/** The secretariat asks for this year and waits until every State asked has answered; the report it then makes. */
	private JsonNode askAndAwait() {
		String token = vietNam.of("VN", Role.SECRETARIAT).apiToken();
		HttpResponse<String> asked = vietNam.send("POST", "/api/v1/reporting/network/requests", token, "{\"period\":\"" + year + "\"}");
		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
		JsonNode request = json.readTree(asked.body());
		assertThat(request.path("states").valueStream().map(state -> state.path("state").asString()).toList())
			.containsExactly("BR", "GH", "VN");
		String id = request.path("id").asString();
		await().atMost(TRAVEL).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
			JsonNode requests = json.readTree(vietNam.get("/api/v1/reporting/network/requests", token).body());
			JsonNode mine = requests.valueStream().filter(line -> line.path("id").asString().equals(id)).findFirst().orElseThrow();
			assertThat(mine.path("states").valueStream().map(state -> state.path("standing").asString()).toList())
				.doesNotContain("NOT_ANSWERED");
		});
		JsonNode report = report(year);
		assertThat(report.path("request").asString()).isEqualTo(id);
		return report;
	}

	private JsonNode report(String period) {
		HttpResponse<String> report = vietNam.get("/api/v1/reporting/network?period=" + period, vietNam.of("VN", Role.OBSERVER).apiToken());
		assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
		return json.readTree(report.body());
	}

	private static JsonNode state(JsonNode report, String state) {
		return report.path("states").valueStream().filter(line -> line.path("state").asString().equals(state)).findFirst().orElseThrow();
	}

	private static long moved(JsonNode before, JsonNode after, String figure) {
		return after.path("totals").path(figure).asLong() - before.path("totals").path(figure).asLong();
	}

	private static long typeCount(JsonNode report, String type, String side) {
		return report.path("types").valueStream().filter(line -> line.path("type").asString().equals(type)).findFirst()
			.map(line -> line.path(side).asLong()).orElse(0L);
	}

	private static Map<String, Object> answer(UUID request, String aggregate) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("request", request.toString());
		body.put("aggregates", List.of(aggregate));
		return body;
	}

	private HttpResponse<String> deliver(ConfigurableApplicationContext from, String to, Map<String, Object> body) {
		return deliver(from, to, body, MessageKind.REPORT_ANSWER);
	}

	/** An envelope sealed with the real key of the node {@code from}, posted to the inbox of node {@code to}. */
	private HttpResponse<String> deliver(ConfigurableApplicationContext from, String to, Map<String, Object> body, MessageKind kind) {
		Instant now = Instant.now();
		String sender = from == nodeA ? "node-a" : "node-b";
		String sealed = from.getBean(Envelopes.class)
			.seal(new Envelope(UUID.randomUUID(), sender, to, now, now.plus(Duration.ofHours(1)), kind, body));
		int target = port(to.equals("node-a") ? nodeA : nodeB);
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target + "/federation/v1/inbox"))
				.header("Content-Type", "application/jose")
				.POST(HttpRequest.BodyPublishers.ofString(sealed))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException failed) {
			throw new IllegalStateException(failed);
		}
	}

	private void assertRefused(HttpResponse<String> response, String code, String reason) {
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("code").asString()).as(response.body()).isEqualTo(code);
		assertThat(problem.path("detail").asString()).contains(reason);
		assertThat(response.statusCode()).isIn(403, 422);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException absent) {
			throw new IllegalStateException(absent);
		}
	}

	private static long auditLeaves(ConfigurableApplicationContext node, String type) {
		return node.getBean(JdbcClient.class).sql("select count(*) from audit_leaf where audit_type = ?").params(type).query(Long.class)
			.single();
	}

	private String send(String type, String contents) {
		String body = "{\"type\":\"" + type + "\",\"requestedAuthority\":\"" + BR_CENTRAL_AUTHORITY + "\",\"contents\":"
				+ contents.formatted(COMMON) + "}";
		HttpResponse<String> drafted = vietNam.send("POST", "/api/v1/cases", vietNam.of("VN", Role.CASE_HANDLER).apiToken(), body);
		assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
		String id = json.readTree(drafted.body()).path("id").asString();
		ok(vietNam.send("POST", "/api/v1/cases/" + id + "/submit", vietNam.of("VN", Role.CASE_HANDLER).apiToken(), null));
		JsonNode sent = ok(vietNam.send("POST", "/api/v1/cases/" + id + "/approve", vietNam.of("VN", Role.SUPERVISOR).apiToken(), null));
		assertThat(sent.path("status").asString()).isEqualTo("SENT");
		return id;
	}

	private void act(Role role, String id, String act, String body) {
		ok(brazil.send("POST", "/api/v1/cases/" + id + "/acts/" + act, brazil.of("BR", role).apiToken(), body));
	}

	private void awaitStatus(DemoLogins node, String state, String id, String status) {
		await().atMost(TRAVEL).untilAsserted(() -> assertThat(
				json.readTree(node.get("/api/v1/cases/" + id, node.of(state, Role.CASE_HANDLER).apiToken()).body()).path("status").asString())
			.isEqualTo(status));
	}

	private JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private ConfigurableApplicationContext start(String name, String... arguments) {
		List<String> all = new ArrayList<>(List.of("--server.port=0"));
		all.addAll(List.of(arguments));
		return TestNodes.start("target/test-nodes/network-report-" + run + "-" + name, all.toArray(String[]::new));
	}
}
