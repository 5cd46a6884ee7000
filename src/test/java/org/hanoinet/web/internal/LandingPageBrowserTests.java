package org.hanoinet.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.hanoinet.BrowserTestSupport;
import org.hanoinet.NodeTest;
import org.junit.jupiter.api.Test;

/**
 * The landing page in a real Chromium, as an evaluator would meet it: both languages, the language switch,
 * the status panel loaded by htmx, and keyboard navigation. Screenshots go to target/screenshots.
 */
@NodeTest
class LandingPageBrowserTests extends BrowserTestSupport {

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

}
