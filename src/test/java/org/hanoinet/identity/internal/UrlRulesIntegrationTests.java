package org.hanoinet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.hanoinet.NodeTest;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every role against every protected endpoint, with the demo API tokens: what a role may do passes (2xx, or
 * at least gets past security where the endpoint belongs to a feature built elsewhere), the rest is refused
 * with 403, and anonymous callers get 401; both refusals are problem documents.
 */
@NodeTest
class UrlRulesIntegrationTests {

	/** An endpoint, the roles allowed to use it, and whether it exists on this branch (else: only the rule is checked). */
	record Endpoint(String method, String path, String body, Set<Role> allowed, boolean exists) {

		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	static final List<Endpoint> ENDPOINTS = List.of(
			new Endpoint("GET", "/api/v1/identity/me", null, EnumSet.allOf(Role.class), true),
			new Endpoint("GET", "/api/v1/identity/users", null, EnumSet.of(Role.NODE_ADMIN, Role.SUPERVISOR, Role.AUDITOR), true),
			new Endpoint("GET", "/api/v1/identity/tokens", null, EnumSet.of(Role.NODE_ADMIN), true),
			new Endpoint("POST", "/api/v1/identity/tokens", "{}", EnumSet.of(Role.NODE_ADMIN), false),
			new Endpoint("GET", "/actuator/prometheus", null, EnumSet.of(Role.NODE_ADMIN), true),
			new Endpoint("GET", "/api/v1/audit/checkpoint", null, EnumSet.of(Role.AUDITOR), false),
			new Endpoint("POST", "/api/v1/treaty/registry/actions", "{}", EnumSet.of(Role.SECRETARIAT), false),
			new Endpoint("DELETE", "/api/v1/directory/authorities/x", null, EnumSet.of(Role.SECRETARIAT), false),
			new Endpoint("GET", "/api/v1/cases", null,
					EnumSet.of(Role.DUTY_OFFICER, Role.CASE_HANDLER, Role.SUPERVISOR, Role.AUDITOR), true));

	static List<Object[]> roleByEndpoint() {
		List<Object[]> table = new ArrayList<>();
		for (Endpoint endpoint : ENDPOINTS) {
			for (Role role : Role.values()) {
				table.add(new Object[] { role, endpoint });
			}
		}
		return table;
	}

	@LocalServerPort
	int port;

	@Autowired
	NodeProperties node;

	DemoLogins demo;

	@BeforeEach
	void readDemoLogins() {
		demo = new DemoLogins(node.dataDir(), port);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("roleByEndpoint")
	void eachRoleIsAllowedOnlyWhatItMayDo(Role role, Endpoint endpoint) {
		HttpResponse<String> response = demo.send(endpoint.method(), endpoint.path(), demo.of("GH", role).apiToken(), endpoint.body());

		if (!endpoint.allowed().contains(role)) {
			assertThat(response.statusCode()).isEqualTo(403);
			assertProblem(response, "urn:hanoinet:problem:forbidden");
		}
		else if (endpoint.exists()) {
			assertThat(response.statusCode()).isBetween(200, 299);
		}
		else {
			assertThat(response.statusCode()).isNotIn(401, 403);
		}
	}

	@ParameterizedTest(name = "anonymous → {0}")
	@MethodSource("endpoints")
	void anonymousCallersAreAskedForCredentials(Endpoint endpoint) {
		HttpResponse<String> response = demo.send(endpoint.method(), endpoint.path(), null, endpoint.body());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
		assertProblem(response, "urn:hanoinet:problem:unauthenticated");
	}

	static List<Endpoint> endpoints() {
		return ENDPOINTS;
	}

	@Test
	void anUnknownTokenIsRefused() {
		HttpResponse<String> response = demo.get("/api/v1/identity/me", Secrets.newApiToken());

		assertThat(response.statusCode()).isEqualTo(401);
		assertProblem(response, "urn:hanoinet:problem:unauthenticated");
	}

	@Test
	void thePublicInterfacesNeedNoCredentials() {
		for (String path : List.of("/", "/status", "/login", "/css/hanoinet.css", "/actuator/health", "/actuator/health/liveness",
				"/api/v1/node", "/api/v1/node/states/VN", "/api/v1/openapi.json", "/api/v1/swagger-ui/index.html")) {
			assertThat(demo.get(path, null).statusCode()).as(path).isEqualTo(200);
		}
		for (String path : List.of("/api/v1/treaty/participants", "/api/v1/directory/authorities", "/treaty/participants",
				"/directory", "/federation/v1/directory")) {
			assertThat(demo.get(path, null).statusCode()).as(path).isNotIn(401, 403, 302);
		}
	}

	@Test
	void aPageThatNeedsSignInSendsTheBrowserToTheSignInPage() {
		HttpResponse<String> response = demo.browser().get("/account");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
	}

	@Test
	void formsWithoutTheirCsrfTokenAreRefused() {
		HttpResponse<String> response = demo.browser().post("/login", java.util.Map.of("username", "x", "password", "y"), null);

		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void theApiSetsNoSessionCookie() {
		HttpResponse<String> response = demo.get("/api/v1/identity/me", demo.of("VN", Role.DUTY_OFFICER).apiToken());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	private static void assertProblem(HttpResponse<String> response, String type) {
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				contentType -> assertThat(contentType).startsWith("application/problem+json"));
		JsonNode problem = JsonMapper.builder().build().readTree(response.body());
		assertThat(problem.path("type").asString()).isEqualTo(type);
		assertThat(problem.path("status").asInt()).isEqualTo(response.statusCode());
	}
}
