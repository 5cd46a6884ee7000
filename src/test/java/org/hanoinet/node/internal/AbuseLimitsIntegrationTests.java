package org.hanoinet.node.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.hanoinet.NodeTest;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The abuse limits from outside, on a node of their own with the rate limits on: sign-in attempts, API calls per
 * token and federation calls per address beyond their limit are answered 429 with Retry-After (a problem document on
 * machine paths, the readable page on sign-in) and audited once per run; oversized bodies and evidence files are 413
 * before anything reads them; a client that opens a connection and never finishes its request is cut off. The
 * sign-in and API limits are the defaults; the federation limit is lowered so the test needs few requests.
 */
@NodeTest
@TestPropertySource(properties = { "hanoinet.limits.enabled=true", "hanoinet.limits.federation=30/1m" })
class AbuseLimitsIntegrationTests {

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	NodeProperties node;

	@Autowired
	JdbcClient jdbc;

	DemoLogins demo;

	@BeforeEach
	void readDemoLogins() {
		demo = new DemoLogins(node.dataDir(), port);
	}

	@Test
	void anApiTokenOverItsLimitIsAnswered429WithRetryAfterWhileAnotherTokenGoesOn() throws Exception {
		String officer = demo.of("BR", Role.DUTY_OFFICER).apiToken();
		int allowed = 0;
		HttpResponse<String> refused = null;
		for (int sent = 0; sent < 400 && refused == null; sent++) {
			HttpResponse<String> answer = get("/api/v1/cases?box=inbox", officer);
			if (answer.statusCode() == 429) {
				refused = answer;
			}
			else {
				assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
				allowed++;
			}
		}
		assertThat(refused).as("a refusal within 400 calls").isNotNull();
		assertThat(allowed).as("the default burst of 200 goes through").isGreaterThanOrEqualTo(200);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 10L);
		JsonNode problem = json.readTree(refused.body());
		assertThat(problem.path("type").asString()).isEqualTo("urn:hanoinet:problem:too-many-requests");
		assertThat(problem.path("status").asInt()).isEqualTo(429);
		assertThat(problem.path("detail").asString()).contains("API token").contains("200 per 10s");

		String otherToken = demo.of("BR", Role.SUPERVISOR).apiToken();
		assertThat(get("/api/v1/cases?box=inbox", otherToken).statusCode()).as("another token of the same address").isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from audit_leaf where audit_type = 'node.requests-limited'"
				+ " and 'api-token' = any(field_values)").query(Long.class).single()).as("one audit leaf for the run").isEqualTo(1);
	}

	@Test
	void signInAttemptsOverTheLimitGetTheReadablePageWithRetryAfter() throws Exception {
		HttpResponse<String> last = null;
		for (int attempt = 0; attempt < 11; attempt++) {
			last = http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString("username=nobody&password=wrong")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(last.statusCode()).as("attempt " + (attempt + 1)).isEqualTo(attempt < 10 ? 403 : 429);
		}
		assertThat(last.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(last.body()).contains("Too many attempts in a short time from your address");
		assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
	}

	@Test
	void federationCallsFromOneAddressOverTheLimitAreRefusedWithAProblem() throws Exception {
		List<Integer> statuses = Stream.iterate(0, index -> index + 1).limit(31).map(index -> {
			try {
				return get("/federation/v1/directory", null).statusCode();
			}
			catch (Exception failed) {
				throw new IllegalStateException(failed);
			}
		}).toList();
		assertThat(statuses.subList(0, 30)).doesNotContain(429);
		assertThat(statuses.getLast()).isEqualTo(429);
		HttpResponse<String> refused = get("/federation/v1/directory", null);
		assertThat(json.readTree(refused.body()).path("limit").asString()).isEqualTo("federation");
	}

	@Test
	void anApiBodyOverOneMegabyteIsRefusedUnreadWhetherDeclaredOrChunked() throws Exception {
		String officer = demo.of("VN", Role.DUTY_OFFICER).apiToken();
		byte[] large = ("{\"type\":\"PRESERVATION\",\"note\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> declared = http.send(HttpRequest.newBuilder(uri("/api/v1/cases")).header("Authorization", "Bearer " + officer)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(large)).build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(uri("/api/v1/cases")).header("Authorization", "Bearer " + officer)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(large))).build(),
				HttpResponse.BodyHandlers.ofString());
		for (HttpResponse<String> answer : List.of(declared, chunked)) {
			assertThat(answer.statusCode()).isEqualTo(413);
			JsonNode problem = json.readTree(answer.body());
			assertThat(problem.path("type").asString()).isEqualTo("urn:hanoinet:problem:payload-too-large");
			assertThat(problem.path("maxBytes").asLong()).isEqualTo(1024 * 1024);
		}
	}

	@Test
	void anEvidenceFileLargerThanTheNodeTakesIsRefusedWhenAnnounced() throws Exception {
		String officer = demo.of("VN", Role.DUTY_OFFICER).apiToken();
		HttpResponse<String> draft = http.send(HttpRequest.newBuilder(uri("/api/v1/cases")).header("Authorization", "Bearer " + officer)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"PRESERVATION\","
					+ "\"requestedAuthority\":\"6f1c0d1e-5b0a-4c39-9d4e-0a0000000004\",\"contents\":{}}")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
		String uploads = "/api/v1/cases/" + json.readTree(draft.body()).path("id").asString() + "/evidence/uploads";
		HttpResponse<String> options = http.send(HttpRequest.newBuilder(uri(uploads)).header("Authorization", "Bearer " + officer)
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(options.headers().firstValue("Tus-Max-Size")).hasValue(Long.toString(64L * 1024 * 1024 * 1024));
		HttpResponse<String> announced = http.send(HttpRequest.newBuilder(uri(uploads)).header("Authorization", "Bearer " + officer)
			.header("Tus-Resumable", "1.0.0").header("Upload-Length", Long.toString(64L * 1024 * 1024 * 1024 + 1))
			.header("Upload-Metadata", "filename ZHVtcC5iaW4=").POST(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(announced.statusCode()).as(announced.body()).isEqualTo(413);
		assertThat(json.readTree(announced.body()).path("detail").asString()).contains("hanoinet.evidence.max-item-size");
	}

	@Test
	void aClientThatNeverFinishesItsRequestHeadersIsCutOff() throws Exception {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write("GET /api/v1/cases HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			long started = System.nanoTime();
			InputStream in = socket.getInputStream();
			while (in.read() != -1) {
				// whatever the node says before it closes the connection
			}
			long waited = Duration.ofNanos(System.nanoTime() - started).toSeconds();
			assertThat(waited).as("seconds until the node closed the connection").isBetween(5L, 20L);
		}
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}
}
