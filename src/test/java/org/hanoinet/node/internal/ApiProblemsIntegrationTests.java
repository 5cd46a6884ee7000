package org.hanoinet.node.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.hanoinet.NodeHttp;
import org.hanoinet.NodeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every API error reaches the caller as RFC 9457 problem+json with a stable type and no internals. */
@NodeTest
class ApiProblemsIntegrationTests {

	@LocalServerPort
	int port;

	NodeHttp http;

	@BeforeEach
	void connect() {
		http = new NodeHttp(port);
	}

	@Test
	void aMalformedCountryCodeIsABadRequestThatSaysWhatIsWrong() throws Exception {
		HttpResponse<String> response = http.get("/api/v1/node/states/VNM1");

		JsonNode problem = problemOf(response, 400);
		assertThat(problem.path("type").asString()).isEqualTo("urn:hanoinet:problem:invalid-value");
		assertThat(problem.path("detail").asString()).contains("'VNM1' is not a country code");
		assertThat(problem.path("field").asString()).isEqualTo("country");
		assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/node/states/VNM1");
	}

	@Test
	void aStateThisNodeDoesNotServeIsNotFoundWithItsOwnType() throws Exception {
		JsonNode problem = problemOf(http.get("/api/v1/node/states/FR"), 404);

		assertThat(problem.path("type").asString()).isEqualTo("urn:hanoinet:problem:state-not-served");
		assertThat(problem.path("detail").asString()).isEqualTo("This node does not serve France (FR).");
	}

	@Test
	void anUnknownApiPathIsNotFoundAsProblemJson() throws Exception {
		JsonNode problem = problemOf(http.get("/api/v1/node/no-such-thing"), 404);

		assertThat(problem.path("type").asString()).isEqualTo("urn:hanoinet:problem:not-found");
	}

	@Test
	void aWrongMethodIsRefusedAsProblemJson() throws Exception {
		JsonNode problem = problemOf(http.post("/api/v1/node", "application/json", "{}"), 405);

		assertThat(problem.path("type").asString()).isEqualTo("urn:hanoinet:problem:method-not-allowed");
	}

	@Test
	void aServedStateIsDescribedWithItsAuthorities() throws Exception {
		HttpResponse<String> response = http.get("/api/v1/node/states/VN");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode state = new ObjectMapper().readTree(response.body());
		assertThat(state.path("code").asString()).isEqualTo("VN");
		assertThat(state.path("authorities").valueStream().map(authority -> authority.path("kind").asString()))
			.containsExactlyInAnyOrder("CENTRAL_AUTHORITY", "POINT_OF_CONTACT");
		assertThat(response.body()).doesNotContain("@", "+84");
	}

	private static JsonNode problemOf(HttpResponse<String> response, int status) throws Exception {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).doesNotContain("trace", "Exception", "org.hanoinet", "at java.");
		JsonNode problem = new ObjectMapper().readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("title").asString()).isNotBlank();
		return problem;
	}
}
