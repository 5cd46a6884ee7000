package org.hanoinet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;

import org.hanoinet.NodeTest;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.DemoLogins.Login;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.UnusedTotpCodes;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Signing in through the pages over HTTP, as a browser does: password, then the code of the authenticator app. */
@NodeTest
class SignInPagesIntegrationTests {

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
	void aDutyOfficerWithTheRightPasswordButAWrongCodeIsRefused() {
		Login officer = demo.of("BR", Role.DUTY_OFFICER);
		DemoLogins.Browser browser = demo.browser();

		HttpResponse<String> afterPassword = browser.submit("/login", "/login",
				Map.of("username", officer.user(), "password", officer.password()));
		HttpResponse<String> accountWithoutCode = browser.get("/account");
		HttpResponse<String> wrongCode = browser.submit("/login/code", "/login/code", Map.of("code", "12345x"));

		assertThat(afterPassword.statusCode()).isEqualTo(302);
		assertThat(afterPassword.headers().firstValue("Location").orElseThrow()).endsWith("/login/code");
		assertThat(accountWithoutCode.statusCode()).isEqualTo(302);
		assertThat(accountWithoutCode.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(wrongCode.statusCode()).isEqualTo(401);
		assertThat(wrongCode.body()).contains("The code is wrong");
		assertThat(browser.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void aDutyOfficerWithPasswordAndCodeReachesTheAccountPageInANewSession() {
		Login officer = demo.of("GH", Role.DUTY_OFFICER);
		DemoLogins.Browser browser = demo.browser();

		browser.submit("/login", "/login", Map.of("username", officer.user(), "password", officer.password()));
		HttpResponse<String> signedIn = browser.submit("/login/code", "/login/code",
				Map.of("code", new UnusedTotpCodes(jdbc, clock).codeFor(officer)));
		HttpResponse<String> account = browser.get("/account");

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(account.statusCode()).isEqualTo(200);
		assertThat(account.body()).contains("gh-duty-officer", "24/7 duty officer", "Ghana");
	}

	@Test
	void aRoleTakenAwayTakesEffectInTheOpenSessionAtOnce() {
		Login supervisor = demo.of("BR", Role.SUPERVISOR);
		String admin = demo.of("BR", Role.NODE_ADMIN).apiToken();
		String id = JsonMapper.builder()
			.build()
			.readTree(demo.get("/api/v1/identity/users", admin).body())
			.valueStream()
			.filter(user -> user.path("username").asString().equals(supervisor.user()))
			.findFirst()
			.orElseThrow()
			.path("id")
			.asString();
		DemoLogins.Browser browser = demo.browser();
		browser.submit("/login", "/login", Map.of("username", supervisor.user(), "password", supervisor.password()));
		browser.submit("/login/code", "/login/code", Map.of("code", new UnusedTotpCodes(jdbc, clock).codeFor(supervisor)));
		assertThat(browser.get("/account").body()).contains("Supervisor");

		demo.send("PUT", "/api/v1/identity/users/" + id + "/roles", admin, "{\"roles\":[\"OBSERVER\"]}");
		String afterChange = browser.get("/account").body();
		demo.send("PUT", "/api/v1/identity/users/" + id + "/roles", admin, "{\"roles\":[\"SUPERVISOR\"]}");

		assertThat(afterChange).contains("Observer").doesNotContain("Supervisor");
	}

	@Test
	void aSignedInUserChangesTheirPasswordAndOnlyTheNewOneWorksAfterwards() {
		Login secretariat = demo.of("VN", Role.SECRETARIAT);
		DemoLogins.Browser browser = demo.browser();
		browser.submit("/login", "/login", Map.of("username", secretariat.user(), "password", secretariat.password()));
		browser.submit("/login/code", "/login/code", Map.of("code", new UnusedTotpCodes(jdbc, clock).codeFor(secretariat)));
		String replacement = "four random words " + secretariat.password();

		HttpResponse<String> wrongCurrent = browser.submit("/account", "/account/password",
				Map.of("currentPassword", "not it", "newPassword", replacement));
		HttpResponse<String> changed = browser.submit("/account", "/account/password",
				Map.of("currentPassword", secretariat.password(), "newPassword", replacement));

		assertThat(wrongCurrent.statusCode()).isEqualTo(400);
		assertThat(wrongCurrent.body()).contains("The current password is wrong.");
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(browser.get("/account").body()).contains("Your password has been changed.");
		assertThat(demo.browser().submit("/login", "/login", Map.of("username", secretariat.user(), "password", secretariat.password()))
			.statusCode()).isEqualTo(401);
		assertThat(demo.browser().submit("/login", "/login", Map.of("username", secretariat.user(), "password", replacement))
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/login/code");

		// the node is shared with the other tests, which sign in with the demo password: put it back
		assertThat(browser.submit("/account", "/account/password",
				Map.of("currentPassword", replacement, "newPassword", secretariat.password())).statusCode()).isEqualTo(302);
	}

	@Test
	void aWrongPasswordShowsOneMessageThatDoesNotTellWhichPartWasWrong() {
		HttpResponse<String> wrongPassword = demo.browser().submit("/login", "/login",
				Map.of("username", demo.of("VN", Role.OBSERVER).user(), "password", "wrong"));
		HttpResponse<String> unknownUser = demo.browser().submit("/login?lang=vi", "/login",
				Map.of("username", "no-such-user", "password", "wrong"));

		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(wrongPassword.body()).contains("The username or the password is wrong.", "role=\"alert\"");
		assertThat(unknownUser.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
	}

	@Test
	void theDatabaseHoldsNoSecondFactorSecretOrPasswordInClear() {
		Login auditor = demo.of("VN", Role.AUDITOR);

		Map<String, Object> row = jdbc.sql("select password_hash, totp_secret from identity_user where username = ?")
			.param(auditor.user())
			.query()
			.singleRow();

		assertThat((String) row.get("totp_secret")).startsWith("v1:").doesNotContain(auditor.totpSecret());
		assertThat((String) row.get("password_hash")).startsWith("{argon2}$argon2id$").doesNotContain(auditor.password());
	}

	@Test
	void theDemoCredentialsFileIsReadableByItsOwnerOnlyAndHasOneLoginPerRolePerState() throws Exception {
		Path file = node.dataDir().resolve("demo-credentials.json");

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(demo.all()).hasSize(Role.values().length * 3);
		assertThat(demo.all()).allSatisfy(login -> {
			assertThat(login.password()).hasSizeGreaterThanOrEqualTo(20);
			assertThat(login.totpSecret()).matches("[A-Z2-7]{32}");
			assertThat(login.apiToken()).startsWith("hnt_");
		});
		assertThat(demo.all().stream().map(Login::password).distinct()).hasSize(demo.all().size());
	}
}
