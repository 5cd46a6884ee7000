package org.hanoinet.web.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.hanoinet.NodeTest;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.audit.TestAuditEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** An auditor in a real Chromium: signs a checkpoint, finds the leaves of a case and checks one's proof. */
@NodeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPageBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	NodeProperties nodeProperties;

	@Autowired
	Clock clock;

	Playwright playwright;

	Browser browser;

	BrowserContext context;

	Page page;

	@BeforeAll
	void launchBrowser() {
		playwright = Playwright.create();
		String chromium = System.getenv().getOrDefault("HANOINET_CHROMIUM", "/usr/bin/chromium");
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(chromium))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@BeforeEach
	void openPage() {
		context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900));
		page = context.newPage();
	}

	@AfterEach
	void closePage() {
		context.close();
	}

	@AfterAll
	void closeBrowser() {
		browser.close();
		playwright.close();
	}

	/** Signs in as a demo auditor with password and authenticator code; each test uses its own auditor. */
	private void signInAsAuditorOf(String state) {
		DemoLogins.Login auditor = new DemoLogins(nodeProperties.dataDir(), port).of(state, Role.AUDITOR);
		page.navigate(url("/login"));
		page.getByLabel("Username").fill(auditor.user());
		page.getByLabel("Password").fill(auditor.password());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
		page.getByLabel("Code").fill(DemoLogins.totp(auditor.totpSecret(), clock.instant()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		PlaywrightAssertions.assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
	}

	@Test
	void anAuditorFindsTheLeavesOfACaseAndSeesTheProofOfOneAgainstTheSignedCheckpoint() {
		String caseId = UUID.randomUUID().toString();
		for (int i = 0; i < 3; i++) {
			transaction.executeWithoutResult(status -> events.publishEvent(TestAuditEvent.caseOpened(caseId)));
		}
		signInAsAuditorOf("VN");
		page.navigate(url("/audit"));
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Audit log");
		PlaywrightAssertions.assertThat(page.locator("nav.main-nav a[aria-current=page]")).hasText("Audit log");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign a checkpoint now")).click();
		PlaywrightAssertions.assertThat(page.locator(".audit-signed")).hasText("A new checkpoint has been signed.");

		page.getByLabel("Case, user or other id").fill(caseId);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
		PlaywrightAssertions.assertThat(page.locator("table.audit-leaves tbody tr")).hasCount(3);
		PlaywrightAssertions.assertThat(page.locator("#leaves-heading")).hasText("Leaves naming " + caseId);

		page.locator("table.audit-leaves tbody tr").first().getByRole(AriaRole.LINK).click();
		PlaywrightAssertions.assertThat(page.locator("#selected-leaf pre")).containsText("\"caseId\":\"" + caseId + "\"");
		PlaywrightAssertions.assertThat(page.locator(".audit-verdict"))
			.hasText("The audit path leads from this leaf to the signed root hash.");
		assertThat(page.locator(".audit-path li").count()).isGreaterThan(0);
		screenshot("audit-en.png");
	}

	@Test
	void thePageSpeaksVietnamese() {
		signInAsAuditorOf("BR");
		page.navigate(url("/audit?lang=vi"));

		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "vi");
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Nhật ký kiểm toán");
		PlaywrightAssertions.assertThat(page.getByLabel("Mã vụ việc, mã người dùng hoặc mã khác")).isVisible();
		screenshot("audit-vi.png");
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	private void screenshot(String name) {
		try {
			Path directory = Paths.get(System.getProperty("hanoinet.screenshots", "target/screenshots"));
			Files.createDirectories(directory);
			page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve(name)).setFullPage(true));
		}
		catch (java.io.IOException failed) {
			throw new java.io.UncheckedIOException(failed);
		}
	}
}
