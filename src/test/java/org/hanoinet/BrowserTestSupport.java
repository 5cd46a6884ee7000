package org.hanoinet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

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
