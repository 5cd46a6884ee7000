package org.hanoinet.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.hanoinet.BrowserTestSupport;
import org.hanoinet.NodeTest;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.DemoLogins.Login;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.UnusedTotpCodes;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A duty officer signs in in a real browser: password, then the code their authenticator app would show
 * (computed here from the demo TOTP secret). Screenshots of the sign-in and second-factor pages go to
 * target/screenshots.
 */
@NodeTest
class SignInBrowserTests extends BrowserTestSupport {

	@Autowired
	NodeProperties node;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDutyOfficerSignsInWithPasswordAndAuthenticatorCode() {
		Login officer = new DemoLogins(node.dataDir(), port).of("VN", Role.DUTY_OFFICER);

		page.navigate(url("/account"));
		PlaywrightAssertions.assertThat(page).hasURL(url("/login"));
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Sign in");
		page.getByLabel("Username").fill(officer.user());
		page.getByLabel("Password").fill(officer.password());
		screenshot("sign-in-password.png");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();

		PlaywrightAssertions.assertThat(page).hasURL(url("/login/code"));
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Second factor");
		assertThat(page.getByLabel("Code").getAttribute("autocomplete")).isEqualTo("one-time-code");
		page.getByLabel("Code").fill(new UnusedTotpCodes(jdbc, clock).codeFor(officer));
		screenshot("sign-in-second-factor.png");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

		PlaywrightAssertions.assertThat(page).hasURL(url("/account"));
		PlaywrightAssertions.assertThat(page.locator("#account-user")).hasText("vn-duty-officer");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("24/7 duty officer");
		Cookie session = context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).findFirst().orElseThrow();
		assertThat(session.httpOnly).isTrue();
		screenshot("account.png");

		page.getByRole(AriaRole.BANNER).getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sign out")).click();
		PlaywrightAssertions.assertThat(page.locator("[role=status]")).hasText("You have signed out.");
	}

	@Test
	void aNewCaseHandlerEnrolsAnAuthenticatorAppWithTheQrCodeAndGetsRecoveryCodesOnce() {
		DemoLogins demo = new DemoLogins(node.dataDir(), port);
		String username = "enrol-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = demo.send("POST", "/api/v1/identity/users", demo.of("BR", Role.NODE_ADMIN).apiToken(),
				"{\"username\":\"" + username + "\",\"authority\":\"6f1c0d1e-5b0a-4c39-9d4e-0a0000000003\",\"roles\":[\"CASE_HANDLER\"]}");
		assertThat(created.statusCode()).isEqualTo(201);
		String password = JsonMapper.builder().build().readTree(created.body()).path("initialPassword").asString();

		page.navigate(url("/login"));
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();

		PlaywrightAssertions.assertThat(page).hasURL(url("/login/enrol"));
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Set up your authenticator app");
		PlaywrightAssertions.assertThat(page.getByAltText("QR code holding the key for your authenticator app")).isVisible();
		String secret = page.locator("#totp-secret").textContent();
		page.getByLabel("Code shown by the app").fill(DemoLogins.totp(secret, clock.instant()));
		screenshot("enrolment.png");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm and sign in")).click();

		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Your recovery codes");
		PlaywrightAssertions.assertThat(page.locator(".identity-recovery-codes li")).hasCount(10);
		screenshot("recovery-codes.png");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continue")).click();
		page.navigate(url("/account"));
		PlaywrightAssertions.assertThat(page.locator("#account-user")).hasText(username);
	}

	@Test
	void theSignInPageSpeaksVietnamese() {
		page.navigate(url("/login?lang=vi"));

		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "vi");
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Đăng nhập");
		PlaywrightAssertions.assertThat(page.getByLabel("Tên đăng nhập")).isVisible();
		PlaywrightAssertions.assertThat(page.getByLabel("Mật khẩu")).isVisible();
		screenshot("sign-in-vi.png");
	}

}
