package org.hanoinet.treaty.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.hanoinet.BrowserTestSupport;
import org.hanoinet.NodeTest;
import org.junit.jupiter.api.Test;

/** The treaty pages in a real Chromium: the status with its figures and countdown, the table, a participant. */
@NodeTest
class TreatyPagesBrowserTests extends BrowserTestSupport {

	@Test
	void theStatusPageShowsTheFiguresOfTheDayAfterTheHanoiCeremonyAndTheCountdown() {
		page.navigate(url("/"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Treaty status")).click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Status of the UN Convention against Cybercrime");

		page.locator("#date").fill("2025-10-26");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();

		PlaywrightAssertions.assertThat(page.locator(".as-of")).hasText("Status on 26 October 2025");
		PlaywrightAssertions.assertThat(page.locator("#figure-signatories .figure")).hasText("72");
		PlaywrightAssertions.assertThat(page.locator("#figure-parties .figure")).hasText("0");
		PlaywrightAssertions.assertThat(page.locator("#figure-in-force .figure")).hasText("Not yet");
		PlaywrightAssertions.assertThat(page.locator("#countdown-text")).hasText("0 of 40 instruments counted: 40 more needed.");
		PlaywrightAssertions.assertThat(page.locator("#countdown-progress")).hasAttribute("max", "40");
		PlaywrightAssertions.assertThat(page.locator("tr[data-group=AFRICA] td").first()).hasText("21");
		PlaywrightAssertions.assertThat(page.locator("tr[data-group=REIO] td").first()).hasText("1");
		PlaywrightAssertions.assertThat(page.locator(".main-nav a[aria-current=page]")).hasText("Treaty status");
		PlaywrightAssertions.assertThat(page.locator("#treaty-map")).hasAttribute("role", "img");
		PlaywrightAssertions.assertThat(page.locator("#treaty-map path[data-country=VN]")).hasClass("standing-SIGNATORY");
		PlaywrightAssertions.assertThat(page.locator("#treaty-map path[data-country=US]")).hasClass("standing-NONE");
		assertThat((String) page.locator("#treaty-map path[data-country=VN]").evaluate("path => getComputedStyle(path).fill"))
			.isNotEqualTo(page.locator("#treaty-map path[data-country=US]").evaluate("path => getComputedStyle(path).fill"));
		screenshot("treaty-status-en.png");
	}

	@Test
	void theStatusPageSpeaksVietnamese() {
		page.navigate(url("/treaty?date=2025-10-26&lang=vi"));

		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "vi");
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Tình trạng Công ước của Liên Hợp Quốc về chống tội phạm mạng");
		PlaywrightAssertions.assertThat(page.locator("#countdown-text")).hasText("Đã tính 0 trên 40 văn kiện: còn thiếu 40.");
		PlaywrightAssertions.assertThat(page.locator("#figure-signatories .figure")).hasText("72");
		screenshot("treaty-status-vi.png");
	}

	@Test
	void theParticipantTableFiltersByGroupAndStatusAndLeadsToAParticipantWithItsSources() {
		page.navigate(url("/treaty/participants"));

		page.locator("#group").selectOption("WEOG");
		page.locator("#status").selectOption("SIGNATORY");
		page.locator("#date").fill("2025-10-26");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();

		PlaywrightAssertions.assertThat(page.locator("#participants-table tbody tr")).hasCount(12);
		PlaywrightAssertions.assertThat(page.locator("#participant-count")).hasText("12 participants on 26 October 2025");
		assertThat(page.locator("#participants-table tbody tr[data-participant=USA]").count()).isZero();
		screenshot("treaty-participants.png");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sweden")).click();

		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Sweden");
		PlaywrightAssertions.assertThat(page.locator(".as-of")).hasText("Status on 26 October 2025");
		PlaywrightAssertions.assertThat(page.locator("#participant-status")).hasText("Signatory");
		PlaywrightAssertions.assertThat(page.locator("#history-table tbody tr")).containsText(new String[] { "Signature" });
		PlaywrightAssertions.assertThat(page.locator("#history-table td.confidence")).containsText("C – government statement or reputable news");
		PlaywrightAssertions.assertThat(page.locator("#history-table td.sources")).containsText("NEWSHOUR");
		PlaywrightAssertions.assertThat(page.locator("#history-table")).containsText("at the latest");
		screenshot("treaty-participant-sweden.png");
	}

}
