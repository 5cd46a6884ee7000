package org.hanoinet.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hanoinet.NodeTest;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.DemoLogins.Login;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.UnusedTotpCodes;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A node administrator manages the API tokens of their State through the pages; other roles cannot. */
@NodeTest
class IdentityAdminPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	NodeProperties node;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	DemoLogins demo;

	@BeforeEach
	void readDemoLogins() {
		demo = new DemoLogins(node.dataDir(), port);
	}

	@Test
	void aNodeAdministratorIssuesATokenSeenOnceAndRevokesIt() {
		DemoLogins.Browser admin = signIn(demo.of("GH", Role.NODE_ADMIN));

		HttpResponse<String> overview = admin.get("/identity/admin");
		assertThat(overview.statusCode()).isEqualTo(200);
		assertThat(overview.body()).contains("gh-duty-officer", "gh-auditor").doesNotContain("vn-duty-officer", "br-node-admin");

		HttpResponse<String> issued = admin.submit("/identity/admin", "/identity/admin/tokens", Map.of("label", "Ghana case system",
				"authority", "6f1c0d1e-5b0a-4c39-9d4e-0a0000000005", "roles", "CASE_HANDLER"));
		Matcher shown = Pattern.compile("id=\"issued-token\"[^>]*>(hnt_[^<]+)<").matcher(issued.body());
		assertThat(shown.find()).isTrue();
		String token = shown.group(1);
		assertThat(demo.get("/api/v1/identity/me", token).statusCode()).isEqualTo(200);

		String afterIssue = admin.get("/identity/admin").body();
		assertThat(afterIssue).contains("Ghana case system").doesNotContain(token);
		Matcher row = Pattern.compile("data-token=\"([0-9a-f-]{36})\">\\s*<th scope=\"row\">Ghana case system").matcher(afterIssue);
		assertThat(row.find()).isTrue();
		HttpResponse<String> revoked = admin.submit("/identity/admin", "/identity/admin/tokens/" + row.group(1) + "/revoke", Map.of());

		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(demo.get("/api/v1/identity/me", token).statusCode()).isEqualTo(401);
		assertThat(admin.get("/identity/admin").body()).contains("The token is revoked");
	}

	@Test
	void aCaseHandlerIsRefusedTheAdministrationPage() {
		DemoLogins.Browser caseHandler = signIn(demo.of("VN", Role.CASE_HANDLER));

		assertThat(caseHandler.get("/account").statusCode()).isEqualTo(200);
		assertThat(caseHandler.get("/identity/admin").statusCode()).isEqualTo(403);
	}

	private DemoLogins.Browser signIn(Login login) {
		DemoLogins.Browser browser = demo.browser();
		browser.submit("/login", "/login", Map.of("username", login.user(), "password", login.password()));
		HttpResponse<String> done = browser.submit("/login/code", "/login/code",
				Map.of("code", new UnusedTotpCodes(jdbc, clock).codeFor(login)));
		assertThat(done.statusCode()).isEqualTo(302);
		return browser;
	}
}
