package org.hanoinet.directory.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.hanoinet.BrowserTestSupport;
import org.hanoinet.NodeTest;
import org.junit.jupiter.api.Test;

/** A State's page and a point of contact's roster in a real Chromium, in English and Vietnamese. */
@NodeTest
class DirectoryPagesBrowserTests extends BrowserTestSupport {

	@Test
	void anOfficerFindsAStatesAuthoritiesFromTheNavigation() {
		page.navigate(url("/"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Directory")).click();
		assertThat(page.locator("h1")).hasText("Authorities by State");
		page.locator("tr[data-state=VN] th a").click();

		assertThat(page.locator("h1")).containsText("Vietnam");
		assertThat(page.locator("#kind-CENTRAL_AUTHORITY")).hasText("Central authority (art. 40)");
		assertThat(page.locator("#kind-POINT_OF_CONTACT")).hasText("24/7 point of contact (art. 41)");
		assertThat(page.locator("[data-authority='6f1c0d1e-5b0a-4c39-9d4e-0a0000000001'] p[lang=vi]"))
			.hasText("Viện Kiểm sát nhân dân tối cao (demo)");
		assertThat(page.locator("[data-authority='6f1c0d1e-5b0a-4c39-9d4e-0a0000000002']"))
			.containsText("24 hours a day, 7 days a week");
		assertThat(page.locator("[data-authority='6f1c0d1e-5b0a-4c39-9d4e-0a0000000002']")).containsText("Asia/Ho_Chi_Minh (UTC+07:00)");
		assertThat(page.locator("nav.main-nav a[aria-current=page]")).hasText("Directory");
		screenshot("directory-state-en.png");
	}

	@Test
	void theRosterShowsWhoIsOnDutyAndTheGapsInTodaysCoverage() {
		page.navigate(url("/directory/states/VN"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Duty roster and who is on duty now")).click();

		assertThat(page.locator("h1")).hasText("Duty roster");
		assertThat(page.locator("#local-time")).containsText("Asia/Ho_Chi_Minh");
		assertThat(page.locator("#on-duty li")).hasCount(1);
		assertThat(page.locator("#no-gaps")).hasText("Every hour of the day is covered.");
		screenshot("directory-roster-vn-en.png");

		page.navigate(url("/directory/rosters/6f1c0d1e-5b0a-4c39-9d4e-0a0000000004"));
		assertThat(page.locator("#gaps li")).hasText(new String[] { "Nobody on duty from 02:00 to 08:00" });
		screenshot("directory-roster-br-en.png");
	}

	@Test
	void theStatePageAndTheRosterReadInVietnamese() {
		page.navigate(url("/directory/states/VN?lang=vi"));

		assertThat(page.locator("html")).hasAttribute("lang", "vi");
		assertThat(page.locator("h1")).containsText("Việt Nam");
		assertThat(page.locator("#kind-POINT_OF_CONTACT")).hasText("Đầu mối liên lạc 24/7 (Điều 41)");
		screenshot("directory-state-vi.png");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lịch trực và người đang trực")).click();
		assertThat(page.locator("#on-duty-heading")).hasText("Đang trực");
		assertThat(page.locator("#no-gaps")).hasText("Mọi giờ trong ngày đều có người trực.");
		screenshot("directory-roster-vi.png");
	}

	@Test
	void thePublicationHistoryListsVersionsAndKeyIds() {
		page.navigate(url("/directory/publications"));

		assertThat(page.locator("h1")).hasText("Publication history");
		assertThat(page.locator("#current-version")).containsText("Version in force on this node");
		assertThat(page.locator("table.publications tbody tr").count()).isPositive();
		screenshot("directory-publications-en.png");
	}

}
