package org.hanoinet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.DemoLogins.Login;
import org.hanoinet.identity.UnusedTotpCodes;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real headless Chromium (Debian's, or {@code HANOINET_CHROMIUM}) driven by Playwright against the node
 * under test: one browser per test class, a fresh context (no cookies) and page per test, screenshots
 * saved under {@code target/screenshots} for review.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestSupport {

	@LocalServerPort
	protected int port;

	protected Playwright playwright;

	protected Browser browser;

	protected BrowserContext context;

	protected Page page;

	@Autowired
	private NodeProperties nodeProperties;

	@Autowired
	private Clock nodeClock;

	@Autowired
	private JdbcClient jdbc;

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

	protected String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	/**
	 * A fresh browser session signed in as the demo user of {@code state} with {@code role}, by password and
	 * an authenticator code the node has not accepted yet, so that several tests may sign in as the same user
	 * within one 30-second step.
	 */
	protected void signIn(String state, Role role) {
		context.close();
		context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900));
		page = context.newPage();
		Login login = new DemoLogins(nodeProperties.dataDir(), port).of(state, role);
		page.navigate(url("/login"));
		page.getByLabel("Username").fill(login.user());
		page.getByLabel("Password").fill(login.password());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
		page.getByLabel("Code").fill(new UnusedTotpCodes(jdbc, nodeClock).codeFor(login));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		PlaywrightAssertions.assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
	}

	protected void screenshot(String name) {
		try {
			Path directory = Paths.get(System.getProperty("hanoinet.screenshots", "target/screenshots"));
			Files.createDirectories(directory);
			page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve(name)).setFullPage(true));
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}
}
