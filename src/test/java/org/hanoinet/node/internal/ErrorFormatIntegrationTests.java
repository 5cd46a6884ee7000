package org.hanoinet.node.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hanoinet.NodeTest;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of the node's OpenAPI document, called with malformed ids (not a UUID, a NUL, an encoded slash or
 * backslash, {@code ..;}), hostile query values and a broken JSON body, by callers of several roles and by nobody:
 * every error answer is {@code application/problem+json} with a stable {@code urn:hanoinet:} type and the HTTP
 * status once, every JSON answer parses with a parser that refuses duplicate keys, and none is a 5xx. The walk
 * changes data (it publishes directories, signs checkpoints), so it runs on a node context of its own.
 */
@NodeTest
@TestPropertySource(properties = "hanoinet.test.context=error-format")
class ErrorFormatIntegrationTests {

	static final List<String> MALFORMED_IDS = List.of("not-a-uuid", "%00", "a%2Fb", "a%5Cb", "..;", "%25", "x'%22%3C");

	static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

	final JsonMapper strict = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

	final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	NodeProperties node;

	DemoLogins demo;

	@BeforeEach
	void readDemoLogins() {
		demo = new DemoLogins(node.dataDir(), port);
	}

	@Test
	void everyOperationAnswersMalformedInputWithAStrictProblemDocumentAndNever5xx() throws Exception {
		JsonNode paths = strict.readTree(call("GET", "/api/v1/openapi.json", null, null, null, null).body()).path("paths");
		Map<String, String> callers = new LinkedHashMap<>();
		callers.put("nobody", null);
		for (Role role : List.of(Role.DUTY_OFFICER, Role.SUPERVISOR, Role.NODE_ADMIN, Role.SECRETARIAT, Role.AUDITOR)) {
			callers.put(role.name(), demo.of("VN", role).apiToken());
		}
		List<String> wrong = new ArrayList<>();
		int answers = 0;
		int operations = 0;
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				operations++;
				String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
				boolean body = operation.getValue().has("requestBody");
				String query = hostileQuery(operation.getValue());
				for (String id : MALFORMED_IDS) {
					String target = PATH_PARAMETER.matcher(path.getKey()).replaceAll(Matcher.quoteReplacement(id)) + query;
					for (Map.Entry<String, String> caller : callers.entrySet()) {
						HttpResponse<String> response = call(method, target, caller.getValue(), body ? "application/json" : null,
								body ? "{\"unterminated\": [" : null, null);
						answers++;
						check(method + " " + target + " as " + caller.getKey(), response, wrong);
					}
					if (!PATH_PARAMETER.matcher(path.getKey()).find()) {
						break;
					}
				}
			}
		}

		assertThat(operations).as("the OpenAPI document lists the node's operations").isGreaterThan(60);
		assertThat(answers).isGreaterThan(operations * callers.size());
		assertThat(wrong).as("answers that are not strict problem documents, out of " + answers).isEmpty();
	}

	@Test
	void theContainersAndTheFrameworksOwnRefusalsAreProblemDocumentsToo() throws Exception {
		String admin = demo.of("VN", Role.NODE_ADMIN).apiToken();
		List<String> wrong = new ArrayList<>();
		Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
		answers.put("unknown API path", call("GET", "/api/v1/no-such-thing", admin, null, null, null));
		answers.put("unknown federation path", call("GET", "/federation/v1/no-such-thing", null, null, null, null));
		answers.put("method the path does not take", call("PATCH", "/api/v1/cases/types", demo.of("VN", Role.DUTY_OFFICER).apiToken(),
				null, null, null));
		answers.put("media type it cannot answer", call("GET", "/api/v1/exchange/outbox", admin, null, null, "image/png"));
		answers.put("body of a type it does not take", call("POST", "/federation/v1/inbox", null, "application/xml", "<x/>", null));
		answers.put("NUL in the path", call("GET", "/federation/v1/%00", null, null, null, null));
		answers.put("encoded slash in the path", call("GET", "/federation/v1/a%2Fb", null, null, null, null));

		answers.forEach((what, response) -> check(what, response, wrong));

		assertThat(wrong).isEmpty();
		assertThat(answers.get("unknown federation path").statusCode()).isEqualTo(404);
		assertThat(answers.get("method the path does not take").statusCode()).isEqualTo(405);
		assertThat(answers.get("media type it cannot answer").statusCode()).isEqualTo(406);
		assertThat(answers.get("body of a type it does not take").statusCode()).isEqualTo(415);
		assertThat(strict.readTree(answers.get("NUL in the path").body()).path("type").asString())
			.isEqualTo("urn:hanoinet:problem:rejected-address");
	}

	@Test
	void aPageWhoseAddressIsRefusedShowsTheReadableErrorPage() throws Exception {
		HttpResponse<String> firewall = call("GET", "/cases/..;/x", null, null, null, "text/html");
		HttpResponse<String> container = call("GET", "/cases/%00", null, null, null, "text/html");

		assertThat(firewall.statusCode()).isEqualTo(400);
		assertThat(firewall.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(firewall.body()).contains("This address is not valid").doesNotContain("Tomcat", "Exception");
		assertThat(container.statusCode()).isEqualTo(400);
		assertThat(container.body()).contains("This address is not valid").doesNotContain("Tomcat", "Exception");
	}

	private void check(String what, HttpResponse<String> response, List<String> wrong) {
		int status = response.statusCode();
		String type = response.headers().firstValue("Content-Type").orElse("");
		if (status >= 500) {
			wrong.add(what + ": HTTP " + status);
			return;
		}
		if (response.body().isEmpty()) {
			if (status >= 400 && !response.request().method().equals("HEAD")) {
				wrong.add(what + ": HTTP " + status + " without a problem document");
			}
			return;
		}
		JsonNode json = null;
		if (type.contains("json")) {
			try {
				if (type.contains("ndjson")) {
					for (String line : response.body().split("\n")) {
						strict.readTree(line);
					}
				}
				else {
					json = strict.readTree(response.body());
				}
			}
			catch (JacksonException broken) {
				wrong.add(what + ": HTTP " + status + " is not strict JSON: " + broken.getOriginalMessage());
				return;
			}
		}
		if (status < 400) {
			return;
		}
		if (!type.startsWith("application/problem+json") || json == null) {
			wrong.add(what + ": HTTP " + status + " answered as " + type);
			return;
		}
		if (!json.path("type").asString().startsWith("urn:hanoinet:") || json.path("status").asInt() != status
				|| json.path("detail").asString().isBlank()) {
			wrong.add(what + ": HTTP " + status + " problem without a stable type, its status or a detail: " + response.body());
		}
	}

	/** Every query parameter of the operation, set to a value no parameter accepts. */
	private static String hostileQuery(JsonNode operation) {
		StringBuilder query = new StringBuilder();
		for (JsonNode parameter : operation.path("parameters")) {
			if (parameter.path("in").asString().equals("query")) {
				query.append(query.isEmpty() ? '?' : '&').append(parameter.path("name").asString()).append("=%00%27%22%3Cx%3E-1");
			}
		}
		return query.toString();
	}

	private HttpResponse<String> call(String method, String path, String token, String contentType, String body, String accept)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(20))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (accept != null) {
			request.header("Accept", accept);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
