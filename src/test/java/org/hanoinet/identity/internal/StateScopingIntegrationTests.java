package org.hanoinet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.hanoinet.NodeTest;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A caller of one State never reads or changes the users and tokens of another, whatever its role. */
@NodeTest
class StateScopingIntegrationTests {

	static final String BR_CENTRAL_AUTHORITY = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000003";

	static final String VN_CENTRAL_AUTHORITY = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000001";

	@LocalServerPort
	int port;

	@Autowired
	NodeProperties node;

	DemoLogins demo;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void readDemoLogins() {
		demo = new DemoLogins(node.dataDir(), port);
	}

	@Test
	void aNodeAdministratorOfVietNamListsOnlyVietNamsUsers() {
		JsonNode users = json.readTree(demo.get("/api/v1/identity/users", token("VN", Role.NODE_ADMIN)).body());

		List<String> usernames = users.valueStream().map(user -> user.path("username").asString()).toList();
		assertThat(users.valueStream().map(user -> user.path("state").asString())).isNotEmpty().containsOnly("VN");
		assertThat(usernames).contains("vn-duty-officer", "vn-auditor").doesNotContain("br-duty-officer", "gh-node-admin");
	}

	@Test
	void anAuditorOfBrazilCannotReadAUserOfVietNamEvenByItsId() {
		String vietnameseOfficer = idOf("VN", "vn-duty-officer");

		HttpResponse<String> fromBrazil = demo.get("/api/v1/identity/users/" + vietnameseOfficer, token("BR", Role.AUDITOR));
		HttpResponse<String> fromVietNam = demo.get("/api/v1/identity/users/" + vietnameseOfficer, token("VN", Role.AUDITOR));

		assertThat(fromBrazil.statusCode()).isEqualTo(404);
		assertThat(fromBrazil.body()).doesNotContain("vn-duty-officer");
		assertThat(fromVietNam.statusCode()).isEqualTo(200);
		assertThat(fromVietNam.body()).contains("vn-duty-officer");
	}

	@Test
	void aNodeAdministratorCannotCreateUsersOrTokensForAnotherStatesAuthority() {
		HttpResponse<String> user = demo.send("POST", "/api/v1/identity/users", token("VN", Role.NODE_ADMIN),
				"{\"username\":\"intruder\",\"authority\":\"" + BR_CENTRAL_AUTHORITY + "\",\"roles\":[\"CASE_HANDLER\"]}");
		HttpResponse<String> apiToken = demo.send("POST", "/api/v1/identity/tokens", token("VN", Role.NODE_ADMIN),
				"{\"label\":\"intruder\",\"authority\":\"" + BR_CENTRAL_AUTHORITY + "\",\"roles\":[\"CASE_HANDLER\"]}");

		assertThat(user.statusCode()).isEqualTo(403);
		assertThat(apiToken.statusCode()).isEqualTo(403);
		assertThat(demo.get("/api/v1/identity/users", token("BR", Role.NODE_ADMIN)).body()).doesNotContain("intruder");
	}

	@Test
	void aNodeAdministratorCannotChangeTheRolesOfAnotherStatesUser() {
		String brazilianObserver = idOf("BR", "br-observer");

		HttpResponse<String> change = demo.send("PUT", "/api/v1/identity/users/" + brazilianObserver + "/roles",
				token("VN", Role.NODE_ADMIN), "{\"roles\":[\"NODE_ADMIN\"]}");

		assertThat(change.statusCode()).isEqualTo(404);
		assertThat(json.readTree(demo.get("/api/v1/identity/users/" + brazilianObserver, token("BR", Role.NODE_ADMIN)).body())
			.path("roles")
			.toString()).isEqualTo("[\"OBSERVER\"]");
	}

	@Test
	void anIssuedTokenIsShownOnceWorksRecordsItsLastUseAndStopsWorkingWhenRevoked() {
		HttpResponse<String> issued = demo.send("POST", "/api/v1/identity/tokens", token("VN", Role.NODE_ADMIN),
				"{\"label\":\"national case system\",\"authority\":\"" + VN_CENTRAL_AUTHORITY + "\",\"roles\":[\"CASE_HANDLER\"]}");
		assertThat(issued.statusCode()).isEqualTo(201);
		JsonNode body = json.readTree(issued.body());
		String secret = body.path("secret").asString();
		String id = body.path("token").path("id").asString();

		JsonNode me = json.readTree(demo.get("/api/v1/identity/me", secret).body());
		assertThat(me.path("kind").asString()).isEqualTo("API_TOKEN");
		assertThat(me.path("state").asString()).isEqualTo("VN");
		assertThat(me.path("roles").toString()).isEqualTo("[\"CASE_HANDLER\"]");

		JsonNode listed = tokenNamed(id);
		assertThat(listed.path("lastUsedAt").isNull()).isFalse();
		assertThat(demo.get("/api/v1/identity/tokens", token("VN", Role.NODE_ADMIN)).body()).doesNotContain(secret);

		assertThat(demo.send("DELETE", "/api/v1/identity/tokens/" + id, token("BR", Role.NODE_ADMIN), null).statusCode()).isEqualTo(404);
		assertThat(demo.get("/api/v1/identity/me", secret).statusCode()).isEqualTo(200);

		assertThat(demo.send("DELETE", "/api/v1/identity/tokens/" + id, token("VN", Role.NODE_ADMIN), null).statusCode()).isEqualTo(204);
		assertThat(demo.get("/api/v1/identity/me", secret).statusCode()).isEqualTo(401);
		assertThat(tokenNamed(id).path("revokedAt").isNull()).isFalse();
	}

	private JsonNode tokenNamed(String id) {
		return json.readTree(demo.get("/api/v1/identity/tokens", token("VN", Role.NODE_ADMIN)).body())
			.valueStream()
			.filter(token -> token.path("id").asString().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private String idOf(String state, String username) {
		return json.readTree(demo.get("/api/v1/identity/users", token(state, Role.NODE_ADMIN)).body())
			.valueStream()
			.filter(user -> user.path("username").asString().equals(username))
			.findFirst()
			.orElseThrow()
			.path("id")
			.asString();
	}

	private String token(String state, Role role) {
		return demo.of(state, role).apiToken();
	}
}
