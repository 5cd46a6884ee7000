package org.hanoinet.treaty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.hanoinet.NodeHttp;
import org.hanoinet.NodeTest;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.treaty.Action;
import org.hanoinet.treaty.ActionId;
import org.hanoinet.treaty.ActionKind;
import org.hanoinet.treaty.Confidence;
import org.hanoinet.treaty.DatePrecision;
import org.hanoinet.treaty.ParticipantCode;
import org.hanoinet.treaty.TreatyActionRecorded;
import org.hanoinet.treaty.TreatyActionRemoved;
import org.hanoinet.treaty.TreatyRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Export and secretariat changes of the registry over HTTP; every test leaves the registry as it found it. */
@NodeTest
@RecordApplicationEvents
class TreatyRegistryApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TreatyRegistry registry;

	@Autowired
	ApplicationEvents events;

	@Autowired
	FirstStartImport firstStartImport;

	@Autowired
	NodeProperties nodeProperties;

	NodeHttp http;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void connect() {
		http = new NodeHttp(port).withToken(new DemoLogins(nodeProperties.dataDir(), port).of("VN", Role.SECRETARIAT).apiToken());
	}

	@Test
	void theExportGivesEveryActionWithItsConfidenceAndSourcesAsCsvAndJson() {
		HttpResponse<String> csv = http.get("/api/v1/treaty/registry/export?format=csv");

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0]).isEqualTo(String.join(",", RegistryCsv.COLUMNS));
		assertThat(lines).hasSize(76);
		assertThat(csv.body()).contains("Sweden,SWE,SE,yes,WEOG,signature,2025-10-26,latest-possible-day,Hanoi,,,C,");

		JsonNode document = json.readTree(http.get("/api/v1/treaty/registry/export?format=json").body());
		assertThat(document.path("actions").size()).isEqualTo(75);
		assertThat(document.path("actions").valueStream().filter(action -> action.path("participant").asString().equals("CAN")).findFirst()
			.orElseThrow().path("confidence").asString()).isEqualTo("C-");
	}

	@Test
	void anExportedFileImportedBackLeavesTheRegistryAsItWas() {
		String csv = http.get("/api/v1/treaty/registry/export?format=csv").body();

		HttpResponse<String> imported = http.post("/api/v1/treaty/registry/import", "text/csv", csv);

		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(json.readTree(imported.body()).path("actions").asInt()).isEqualTo(75);
		assertThat(http.get("/api/v1/treaty/registry/export?format=csv").body()).isEqualTo(csv);

		String document = http.get("/api/v1/treaty/registry/export?format=json").body();
		HttpResponse<String> importedJson = http.post("/api/v1/treaty/registry/import", "application/json", document);
		assertThat(importedJson.statusCode()).as(importedJson.body()).isEqualTo(200);
		assertThat(json.readTree(http.get("/api/v1/treaty/status?date=2025-10-26").body()).path("signatories").asInt()).isEqualTo(72);
	}

	@Test
	void anImportThatBreaksTheRulesChangesNothingAndSaysWhichLine() {
		String csv = http.get("/api/v1/treaty/registry/export?format=csv").body();
		String broken = csv + ",United States,USA,US,yes,WEOG,ratification,2026-02-01,day,New York,,,A,test\r\n";
		String malformed = csv + ",France,FRA,FR,yes,WEOG,ratification,1 Feb 2026,day,New York,,,A,test\r\n";

		HttpResponse<String> refused = http.post("/api/v1/treaty/registry/import", "text/csv", broken);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("urn:hanoinet:problem:treaty-not-signed", "USA cannot deposit");

		HttpResponse<String> bad = http.post("/api/v1/treaty/registry/import", "text/csv", malformed);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(json.readTree(bad.body()).path("detail").asString()).isEqualTo("Line 77: '1 Feb 2026' is not a date: write it as YYYY-MM-DD.");

		assertThat(http.get("/api/v1/treaty/registry/export?format=csv").body()).isEqualTo(csv);
	}

	@Test
	void theDepositaryListBringsTheRegistryUpToANotificationAndThePagesSaySo() {
		String csv = http.get("/api/v1/treaty/registry/export?format=csv").body();
		String sweden = csv.lines().filter(line -> line.contains(",Sweden,SWE,")).findFirst().orElseThrow();
		String list = csv.replace(sweden, sweden.replace(",Hanoi,,,C,", ",Hanoi,,,A,"))
				+ ",Viet Nam,VNM,VN,yes,ASIA_PACIFIC,ratification,2026-11-20,day,New York,,,A,depositary list (test)\r\n";
		String notification = "?notification=C.N.901.2026.TREATIES-XVIII.16&notificationDate=2026-11-27";
		try {
			JsonNode preview = json.readTree(expect(http.post("/api/v1/treaty/registry/update" + notification + "&preview=true", "text/csv", list), 200));
			assertThat(preview.path("stored").asBoolean()).isFalse();
			assertThat(preview.path("added").valueStream().map(action -> action.path("participant").asString())).containsExactly("VNM");
			assertThat(preview.path("changed").valueStream().map(action -> action.path("confidence").asString())).containsExactly("A");
			assertThat(preview.path("unchanged").asInt()).isEqualTo(74);
			assertThat(http.get("/api/v1/treaty/registry/export?format=csv").body()).as("a preview stores nothing").isEqualTo(csv);

			JsonNode update = json.readTree(expect(http.post("/api/v1/treaty/registry/update" + notification, "text/csv", list), 200));
			assertThat(update.path("stored").asBoolean()).isTrue();
			assertThat(update.path("actions").asInt()).isEqualTo(76);

			JsonNode status = json.readTree(http.get("/api/v1/treaty/status?date=2026-12-01").body());
			assertThat(status.path("contractingStates").asInt()).isEqualTo(1);
			assertThat(status.path("dataAsOf").path("notification").asString()).isEqualTo("C.N.901.2026.TREATIES-XVIII.16");
			assertThat(status.path("dataAsOf").path("notificationDate").asString()).isEqualTo("2026-11-27");
			assertThat(http.get("/treaty").body()).contains("depositary notification C.N.901.2026.TREATIES-XVIII.16 of 27 November 2026");
			assertThat(http.get("/treaty?lang=vi").body()).contains("thông báo lưu chiểu C.N.901.2026.TREATIES-XVIII.16");
			JsonNode vietNam = json.readTree(http.get("/api/v1/treaty/participants/VNM").body());
			assertThat(vietNam.path("history").valueStream().filter(action -> action.path("kind").asString().equals("RATIFICATION")).findFirst()
				.orElseThrow().path("sources").asString()).isEqualTo("depositary list (test)");

			String updated = http.get("/api/v1/treaty/registry/export?format=csv").body();
			assertThat(problem(http.post("/api/v1/treaty/registry/update" + notification, "text/csv", list), 400))
				.isEqualTo("The registry was already brought up to notification C.N.901.2026.TREATIES-XVIII.16; name the newer notification the list stands as of.");
			assertThat(problem(http.post("/api/v1/treaty/registry/update?notification=C.N.700.2026.TREATIES-XVIII.16&notificationDate=2026-06-01",
					"text/csv", list), 400)).startsWith("The registry already stands as of a notification of 2026-11-27; a list as of 2026-06-01");
			assertThat(http.get("/api/v1/treaty/registry/export?format=csv").body()).as("a refused update changes nothing").isEqualTo(updated);
		}
		finally {
			expect(http.post("/api/v1/treaty/registry/import", "text/csv", csv), 200);
		}
		JsonNode restored = json.readTree(http.get("/api/v1/treaty/status").body());
		assertThat(restored.path("dataAsOf").path("notification").isNull()).isTrue();
		assertThat(restored.path("dataAsOf").path("source").asString()).isEqualTo("registry.csv upload");
		assertThat(http.get("/treaty").body()).contains("comes from the file registry.csv upload");
	}

	@Test
	void anUpdateWithoutItsNotificationOrBreakingTheRulesChangesNothing() {
		String csv = http.get("/api/v1/treaty/registry/export?format=csv").body();
		String later = csv + ",Viet Nam,VNM,VN,yes,ASIA_PACIFIC,ratification,2026-11-20,day,New York,,,A,test\r\n";

		assertThat(problem(http.post("/api/v1/treaty/registry/update", "text/csv", csv), 400))
			.isEqualTo("The update names no depositary notification: write it as the depositary does, e.g. C.N.196.2025.TREATIES-XVIII.16.");
		assertThat(problem(http.post("/api/v1/treaty/registry/update?notification=CN-12&notificationDate=2026-01-05", "text/csv", csv), 400))
			.startsWith("'CN-12' is not a depositary notification's reference");
		assertThat(problem(http.post("/api/v1/treaty/registry/update?notification=C.N.12.2026.TREATIES-XVIII.16&notificationDate=2025-12-30",
				"text/csv", csv), 400)).isEqualTo("Notification C.N.12.2026.TREATIES-XVIII.16 is of 2026, not of 2025: check its date.");
		assertThat(problem(http.post("/api/v1/treaty/registry/update?notification=C.N.12.2026.TREATIES-XVIII.16&notificationDate=2026-11-02",
				"text/csv", later), 400)).startsWith("The list holds the RATIFICATION of VNM of 2026-11-20, after notification C.N.12.2026.TREATIES-XVIII.16");
		HttpResponse<String> unsigned = http.post("/api/v1/treaty/registry/update?notification=C.N.13.2026.TREATIES-XVIII.16&notificationDate=2026-11-02",
				"text/csv", csv + ",United States,USA,US,yes,WEOG,ratification,2026-02-01,day,New York,,,A,test\r\n");
		assertThat(unsigned.statusCode()).isEqualTo(422);
		assertThat(unsigned.body()).contains("urn:hanoinet:problem:treaty-not-signed");

		assertThat(http.get("/api/v1/treaty/registry/export?format=csv").body()).isEqualTo(csv);
		assertThat(json.readTree(http.get("/api/v1/treaty/status").body()).path("dataAsOf").path("notification").isNull()).isTrue();
	}

	private static String expect(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return response.body();
	}

	private String problem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		return json.readTree(response.body()).path("detail").asString();
	}

	@Test
	void theSecretariatRecordsAndRemovesADeclarationOverHttp() {
		HttpResponse<String> recorded = http.post("/api/v1/treaty/registry/actions", "application/json", """
				{"participant": "VNM", "kind": "ACCEPTED_LANGUAGES", "date": "2026-03-02", "place": "New York",
				 "detail": "Vietnamese, English", "confidence": "A", "sources": "test"}""");

		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
		String id = json.readTree(recorded.body()).path("id").asString();
		JsonNode vietNam = json.readTree(http.get("/api/v1/treaty/participants/VNM").body());
		assertThat(vietNam.path("history").valueStream().map(action -> action.path("kind").asString())).contains("ACCEPTED_LANGUAGES");

		HttpResponse<String> removed = delete("/api/v1/treaty/registry/actions/" + id);
		assertThat(removed.statusCode()).isEqualTo(200);
		assertThat(delete("/api/v1/treaty/registry/actions/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void aRatificationWithoutSignatureOrAFutureDateIsRefused() {
		HttpResponse<String> unsigned = http.post("/api/v1/treaty/registry/actions", "application/json",
				"{\"participant\": \"USA\", \"kind\": \"RATIFICATION\", \"date\": \"2026-03-02\"}");
		assertThat(unsigned.statusCode()).isEqualTo(422);
		assertThat(unsigned.body()).contains("urn:hanoinet:problem:treaty-not-signed");

		HttpResponse<String> future = http.post("/api/v1/treaty/registry/actions", "application/json",
				"{\"participant\": \"VNM\", \"kind\": \"RATIFICATION\", \"date\": \"2999-01-01\"}");
		assertThat(future.statusCode()).isEqualTo(422);
		assertThat(future.body()).contains("urn:hanoinet:problem:treaty-date-in-the-future", "use a projection for the future");
	}

	@Test
	void aRestartImportsTheShippedSignaturesNoSecondTime() {
		firstStartImport.run(null);

		assertThat(registry.actions()).hasSize(75);
		assertThat(registry.status(LocalDate.of(2025, 10, 26)).signatories()).isEqualTo(72);
	}

	@Test
	void anUnknownParticipantPageIsNotFound() {
		HttpResponse<String> page = http.get("/treaty/participants/XYZ");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).doesNotContain("Exception");
	}

	@Test
	void eachChangeIsPublishedForTheAuditLogWithWhoAndWhen() {
		Action declaration = new Action(ActionId.random(), ParticipantCode.of("GHA"), ActionKind.POINT_OF_CONTACT_DESIGNATION,
				LocalDate.of(2026, 2, 2), DatePrecision.DAY, "New York", null, "", Confidence.A, "test");

		registry.record(declaration, "secretariat-officer-7");
		registry.remove(declaration.id(), "secretariat-officer-7");

		TreatyActionRecorded recorded = events.stream(TreatyActionRecorded.class).findFirst().orElseThrow();
		assertThat(recorded.auditType()).isEqualTo("treaty.action-recorded");
		assertThat(recorded.auditFields()).containsEntry("actor", "secretariat-officer-7").containsEntry("participant", "GHA");
		assertThat(recorded.occurredAt()).isNotNull();
		assertThat(events.stream(TreatyActionRemoved.class).map(TreatyActionRemoved::auditType)).containsExactly("treaty.action-removed");
	}

	private HttpResponse<String> delete(String path) {
		return http.send("DELETE", path, null, null);
	}
}
