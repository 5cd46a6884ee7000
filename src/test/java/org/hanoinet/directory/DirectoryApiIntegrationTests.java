package org.hanoinet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;

import org.hanoinet.NodeHttp;
import org.hanoinet.TestNodes;
import org.hanoinet.identity.Role;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.hanoinet.NodeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.AfterEach;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.hanoinet.shared.AuditableEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The secretariat's work through the API, on the demo node that is its own secretariat. */
@NodeTest
class DirectoryApiIntegrationTests {

	static final String EOCO = """
			{"state":"GH","kind":"COMPETENT_AUTHORITY","name":"Economic and Organised Crime Office",
			 "email":"eoco@gh.example.org","phone":"+233 30 000 0099","languages":["en"],
			 "timeZone":"Africa/Accra","availability":"OFFICE_HOURS","officeOpens":"08:00","officeCloses":"17:00"}""";

	@LocalServerPort
	int port;

	@Autowired
	ConfigurableApplicationContext node;

	/** The audited events published while a test runs, in whatever thread served the request. */
	final List<AuditableEvent> audited = new CopyOnWriteArrayList<>();

	final ApplicationListener<PayloadApplicationEvent<AuditableEvent>> recorder = event -> audited.add(event.getPayload());

	NodeHttp http;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void connect() {
		String secretariat = TestNodes.logins(node).of("VN", Role.SECRETARIAT).apiToken();
		http = new NodeHttp(port).withToken(secretariat);
		node.addApplicationListener(recorder);
	}

	@AfterEach
	void stopRecording() {
		node.removeApplicationListener(recorder);
	}

	private <T> Stream<T> audited(Class<T> type) {
		return audited.stream().filter(type::isInstance).map(type::cast);
	}

	@Test
	void aRegisteredDesignationAppearsOnTheStatesRegisterAndIsAudited() {
		HttpResponse<String> created = http.post("/api/v1/directory/authorities", "application/json", EOCO);

		assertThat(created.statusCode()).isEqualTo(201);
		String id = json.readTree(created.body()).path("id").asString();
		assertThat(http.get("/api/v1/directory/authorities?state=GH").body()).contains(id, "Economic and Organised Crime Office");
		assertThat(audited(DesignationRegistered.class)).singleElement()
			.satisfies(event -> assertThat(event.auditFields()).containsEntry("authority", id).containsEntry("kind",
					"COMPETENT_AUTHORITY"));
	}

	@Test
	void anEndedDesignationIsKeptAsHistory() throws Exception {
		String id = json.readTree(http.post("/api/v1/directory/authorities", "application/json", EOCO).body()).path("id").asString();

		HttpResponse<String> ended = delete("/api/v1/directory/authorities/" + id);

		assertThat(ended.statusCode()).isEqualTo(200);
		JsonNode authority = json.readTree(http.get("/api/v1/directory/authorities/" + id).body());
		assertThat(authority.path("validTo").isNull()).isFalse();
		assertThat(http.get("/directory/states/GH").body()).contains("Ended designations", "Economic and Organised Crime Office");
		assertThat(audited(DesignationEnded.class)).hasSize(1);
	}

	private HttpResponse<String> delete(String path) {
		return http.send("DELETE", path, null, null);
	}

	@Test
	void aChangedDesignationKeepsItsIdAndIsAudited() throws Exception {
		String id = json.readTree(http.post("/api/v1/directory/authorities", "application/json", EOCO).body()).path("id").asString();

		HttpResponse<String> changed = put("/api/v1/directory/authorities/" + id,
				EOCO.replace("eoco@gh.example.org", "duty@eoco.gh.example.org"));

		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(json.readTree(http.get("/api/v1/directory/authorities/" + id).body()).path("email").asString())
			.isEqualTo("duty@eoco.gh.example.org");
		assertThat(audited(DesignationChanged.class)).singleElement()
			.satisfies(event -> assertThat(event.authority().toString()).isEqualTo(id));
	}

	private HttpResponse<String> put(String path, String body) {
		return http.send("PUT", path, "application/json", body);
	}

	@Test
	void aMalformedDesignationIsRefusedSayingWhatIsWrong() {
		HttpResponse<String> refused = http.post("/api/v1/directory/authorities", "application/json",
				EOCO.replace("eoco@gh.example.org", "eoco at gh"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
		JsonNode problem = json.readTree(refused.body());
		assertThat(problem.path("field").asString()).isEqualTo("email");
		assertThat(problem.path("detail").asString()).contains("'eoco at gh' is not an e-mail address");
	}

	@Test
	void publishingSignsANewVersionServedToEveryone() {
		long before = json.readTree(http.get("/api/v1/directory/trust").body()).path("version").asLong();

		HttpResponse<String> published = http.post("/api/v1/directory/publications", "application/json", "");

		assertThat(published.statusCode()).isEqualTo(201);
		assertThat(json.readTree(published.body()).path("version").asLong()).isEqualTo(before + 1);
		HttpResponse<String> served = http.get("/federation/v1/directory");
		assertThat(served.headers().firstValue("Content-Type")).hasValue("application/jose");
		assertThat(served.body().split("\\.")).hasSize(3);
		assertThat(audited(DirectoryPublished.class)).singleElement()
			.satisfies(event -> assertThat(event.version()).isEqualTo(before + 1));
	}

	@Test
	void rotatingANodeKeyKeepsTheOldKeyUntilTheGivenTime() throws Exception {
		JsonNode node = json.readTree(http.get("/api/v1/directory/nodes").body()).get(0);
		String nodeId = node.path("id").asString();
		byte[] encoded = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
		String newKey = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOfRange(encoded, 12, 44));

		HttpResponse<String> rotated = http.post("/api/v1/directory/nodes/" + nodeId + "/keys", "application/json",
				"{\"publicKey\":\"" + newKey + "\",\"oldKeyValidUntil\":\"2099-01-01T00:00:00Z\"}");

		assertThat(rotated.statusCode()).isEqualTo(200);
		JsonNode keys = json.readTree(rotated.body()).path("keys");
		assertThat(keys.valueStream().filter(key -> key.path("validTo").asString("").equals("2099-01-01T00:00:00Z"))).isNotEmpty();
		assertThat(keys.valueStream().filter(key -> key.path("publicKey").asString().equals(newKey))).singleElement()
			.satisfies(key -> assertThat(key.path("validTo").isNull()).isTrue());
		assertThat(audited(NodeKeyRotated.class)).hasSize(1);
	}

	@Test
	void theYearlyListOfPointsOfContactIsExportedAsCsv() {
		HttpResponse<String> csv = http.get("/api/v1/directory/points-of-contact.csv?year=2026");

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		assertThat(csv.body().lines()).first().asString().startsWith("state,state_name,authority_id,name");
		assertThat(csv.body()).contains("VN,Vietnam,6f1c0d1e-5b0a-4c39-9d4e-0a0000000002")
			.doesNotContain("Supreme People's Procuracy");
	}

	@Test
	void theYearlyListOfPointsOfContactIsExportedAsAPrintablePdfWithTheirOwnNames() throws Exception {
		HttpResponse<byte[]> pdf;
		try (HttpClient client = HttpClient.newHttpClient()) {
			pdf = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/directory/points-of-contact.pdf?year=2026"))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
		assertThat(text).contains("article 41", "2026", "Vietnam (VN)", "+84 24 0000 0002", "Bộ Công an")
			.doesNotContain("Supreme People's Procuracy");
	}

	@Test
	void theRosterSaysWhoIsOnDutyInTheAuthoritysLocalDay() {
		JsonNode vietNam = json.readTree(http.get("/api/v1/directory/authorities/6f1c0d1e-5b0a-4c39-9d4e-0a0000000002/on-duty").body());
		JsonNode brazil = json.readTree(http.get("/api/v1/directory/authorities/6f1c0d1e-5b0a-4c39-9d4e-0a0000000004/on-duty").body());

		assertThat(vietNam.path("onDuty").size()).isEqualTo(1);
		assertThat(vietNam.path("gaps").isEmpty()).isTrue();
		assertThat(brazil.path("gaps").get(0).path("from").asString()).endsWith("T02:00:00");
		assertThat(brazil.path("gaps").get(0).path("to").asString()).endsWith("T08:00:00");
	}
}
