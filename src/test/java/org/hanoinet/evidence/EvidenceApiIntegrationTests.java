package org.hanoinet.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hanoinet.evidence.EvidenceFixtures.generated;
import static org.hanoinet.evidence.EvidenceFixtures.sha256;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.hanoinet.NodeTest;
import org.hanoinet.audit.AuditLogVerifier;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeKeys;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Evidence over HTTP as a national case system uses it: tus upload and resume, download, custody, deletion. */
@NodeTest
class EvidenceApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseManagement cases;

	@Autowired
	NodeProperties node;

	@Autowired
	NodeKeys keys;

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

	Case request;

	String uploads;

	@BeforeEach
	void aDeliveredRequest() {
		request = EvidenceFixtures.sentPreservation(cases);
		uploads = "/api/v1/cases/" + request.id() + "/evidence/uploads";
	}

	@Test
	void uploadsByTusResumesAfterAnInterruptionAndDownloadsTheSameBytes() throws Exception {
		String officer = token("VN", Role.DUTY_OFFICER);
		long size = 3_000_000;
		HttpResponse<String> created = send(officer, HttpRequest.newBuilder(uri(uploads))
			.header("Tus-Resumable", "1.0.0")
			.header("Upload-Length", Long.toString(size))
			.header("Upload-Metadata", "filename " + b64("export.mbox") + ",filetype " + b64("application/mbox"))
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();

		HttpResponse<String> first = patch(officer, location, 0, generated(size, 9).readNBytes(1_200_000));
		assertThat(first.statusCode()).isEqualTo(204);
		assertThat(first.headers().firstValue("Upload-Offset")).hasValue("1200000");

		HttpResponse<String> stale = patch(officer, location, 1000, new byte[10]);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(json.readTree(stale.body()).path("type").asString()).isEqualTo("urn:hanoinet:problem:evidence-offset-mismatch");

		HttpResponse<String> head = send(officer, HttpRequest.newBuilder(uri(location)).header("Tus-Resumable", "1.0.0")
			.method("HEAD", HttpRequest.BodyPublishers.noBody()));
		assertThat(head.headers().firstValue("Upload-Offset")).hasValue("1200000");
		assertThat(head.headers().firstValue("Upload-Length")).hasValue(Long.toString(size));

		InputStream rest = generated(size, 9);
		rest.skipNBytes(1_200_000);
		HttpResponse<String> last = patch(officer, location, 1_200_000, rest.readAllBytes());
		assertThat(last.statusCode()).isEqualTo(204);
		String item = last.headers().firstValue("Evidence-Item").orElseThrow();
		assertThat(last.headers().firstValue("Evidence-Sha256")).hasValue(sha256(generated(size, 9)));

		HttpResponse<InputStream> download = http.send(HttpRequest.newBuilder(uri("/api/v1/cases/" + request.id() + "/evidence/" + item + "/content"))
			.header("Authorization", "Bearer " + officer).build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(sha256(download.body())).isEqualTo(sha256(generated(size, 9)));

		JsonNode listed = json.readTree(get(officer, "/api/v1/cases/" + request.id() + "/evidence").body());
		assertThat(listed.path("items").get(0).path("sha256").asString()).isEqualTo(sha256(generated(size, 9)));
		assertThat(listed.path("items").get(0).path("fileName").asString()).isEqualTo("export.mbox");
		JsonNode custody = json.readTree(get(officer, "/api/v1/cases/" + request.id() + "/evidence/" + item + "/custody").body());
		assertThat(custody.findValuesAsString("action")).containsExactly("ADDED", "DOWNLOADED");
	}

	@Test
	void auditorsReadTheChainButNotTheBytesAndAdministratorsSeeNothing() throws Exception {
		String item = uploaded(token("VN", Role.DUTY_OFFICER), "a.txt", 100);
		String base = "/api/v1/cases/" + request.id() + "/evidence/" + item;

		assertThat(get(token("VN", Role.AUDITOR), base + "/custody").statusCode()).isEqualTo(200);
		assertThat(get(token("VN", Role.AUDITOR), base + "/content").statusCode()).isEqualTo(403);
		assertThat(get(token("VN", Role.NODE_ADMIN), base + "/custody").statusCode()).isEqualTo(403);
		assertThat(get(token("BR", Role.DUTY_OFFICER), base + "/custody").statusCode()).isEqualTo(404);
		assertThat(send(token("VN", Role.DUTY_OFFICER), HttpRequest.newBuilder(uri(base)).DELETE()).statusCode()).isEqualTo(403);
	}

	@Test
	void deletingAnItemLeavesTheAuditLogVerifiable() throws Exception {
		String item = uploaded(token("VN", Role.CASE_HANDLER), "subscriber.csv", 5000);

		HttpResponse<String> deleted = send(token("VN", Role.SUPERVISOR),
				HttpRequest.newBuilder(uri("/api/v1/cases/" + request.id() + "/evidence/" + item + "?reason=purpose%20fulfilled")).DELETE());
		assertThat(deleted.statusCode()).isEqualTo(200);
		assertThat(json.readTree(deleted.body()).path("status").asString()).isEqualTo("DELETED");
		assertThat(get(token("VN", Role.CASE_HANDLER), "/api/v1/cases/" + request.id() + "/evidence/" + item + "/content").statusCode())
			.isEqualTo(409);

		String auditor = token("VN", Role.AUDITOR);
		assertThat(send(auditor, HttpRequest.newBuilder(uri("/api/v1/audit/checkpoint")).POST(HttpRequest.BodyPublishers.noBody()))
			.statusCode()).isEqualTo(201);
		String export = get(auditor, "/api/v1/audit/export").body();
		AuditLogVerifier.Verdict verdict = new AuditLogVerifier(keys.publicKey()).verify(new BufferedReader(new StringReader(export)));
		assertThat(verdict.problems()).isEmpty();
		assertThat(export).contains("evidence.deleted").contains(item).doesNotContain("subscriber.csv");
	}

	private String uploaded(String token, String name, int size) throws Exception {
		HttpResponse<String> created = send(token, HttpRequest.newBuilder(uri(uploads))
			.header("Tus-Resumable", "1.0.0")
			.header("Upload-Length", Integer.toString(size))
			.header("Upload-Metadata", "filename " + b64(name))
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(created.statusCode()).isEqualTo(201);
		HttpResponse<String> done = patch(token, created.headers().firstValue("Location").orElseThrow(), 0,
				generated(size, 4).readAllBytes());
		return done.headers().firstValue("Evidence-Item").orElseThrow();
	}

	private HttpResponse<String> patch(String token, String location, long offset, byte[] bytes) throws IOException, InterruptedException {
		return send(token, HttpRequest.newBuilder(uri(location))
			.header("Tus-Resumable", "1.0.0")
			.header("Upload-Offset", Long.toString(offset))
			.header("Content-Type", "application/offset+octet-stream")
			.method("PATCH", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
	}

	private HttpResponse<String> get(String token, String path) throws IOException, InterruptedException {
		return send(token, HttpRequest.newBuilder(uri(path)).GET());
	}

	private HttpResponse<String> send(String token, HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : "http://127.0.0.1:" + port + path);
	}

	private String token(String state, Role role) {
		return new DemoLogins(node.dataDir(), port).of(state, role).apiToken();
	}

	private static String b64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}
}
