package org.hanoinet.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.hanoinet.NodeTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The landing page in a real Chromium, as an evaluator would meet it: both languages, the language switch,
 * the status panel loaded by htmx, and keyboard navigation. Screenshots go to target/screenshots.
 */
@NodeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LandingPageBrowserTests {

	@LocalServerPort
	int port;

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

	@Test
	void showsTheNodeAndTheStatesItServesInEnglish() {
		page.navigate(url("/"));

		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("HanoiNet test node");
		PlaywrightAssertions.assertThat(page.locator("#states-heading")).hasText("States served by this node");
		PlaywrightAssertions.assertThat(page.locator("table.states tbody th[scope=row]"))
			.hasText(new String[] { "Brazil", "Ghana", "Vietnam" });
		PlaywrightAssertions.assertThat(page.locator("tr[data-state=VN]")).containsText("Supreme People's Procuracy");
		PlaywrightAssertions.assertThat(page.locator("#status-panel")).containsText("Operational");
		PlaywrightAssertions.assertThat(page.locator("[role=note]")).containsText("Demonstration node");
		screenshot("landing-en.png");
	}

	@Test
	void theLanguageSwitchTurnsThePageIntoVietnameseAndRemembersIt() {
		page.navigate(url("/"));

		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Tiếng Việt")).click();

		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "vi");
		PlaywrightAssertions.assertThat(page.locator("#states-heading")).hasText("Các quốc gia do nút này phục vụ");
		PlaywrightAssertions.assertThat(page.locator("tr[data-state=VN] th")).hasText("Việt Nam");
		PlaywrightAssertions.assertThat(page.locator("#status-panel")).containsText("Đang hoạt động");
		PlaywrightAssertions.assertThat(page.locator(".language-switch a[aria-current=true]")).hasText("Tiếng Việt");
		screenshot("landing-vi.png");

		page.navigate(url("/"));
		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "vi");

		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
		PlaywrightAssertions.assertThat(page.locator("#states-heading")).hasText("States served by this node");
	}

	@Test
	void aKeyboardUserCanSkipToTheContentAndSeesWhereFocusIs() {
		page.navigate(url("/"));

		page.keyboard().press("Tab");
		assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Skip to main content");
		assertThat(page.evaluate("getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");
		assertThat((Number) page.evaluate("document.activeElement.getBoundingClientRect().top")).satisfies(
				top -> assertThat(top.doubleValue()).isGreaterThanOrEqualTo(0));
		screenshot("keyboard-skip-link.png");

		page.keyboard().press("Enter");
		assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");

		page.keyboard().press("Tab");
		assertThat(page.evaluate("document.activeElement.closest('main, nav, footer, header')?.tagName")).isNotNull()
			.isNotEqualTo("HEADER");
	}

	@Test
	void theLandmarksAreThereForScreenReaders() {
		page.navigate(url("/"));

		assertThat(page.locator("header").count()).isEqualTo(1);
		assertThat(page.locator("main").count()).isEqualTo(1);
		assertThat(page.locator("footer").count()).isEqualTo(1);
		PlaywrightAssertions.assertThat(page.locator("nav.language-switch")).hasAttribute("aria-label", "Language");
		assertThat(page.locator("h1").count()).isEqualTo(1);
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
