package org.hanoinet.reporting.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneOffset;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.hanoinet.BrowserTestSupport;
import org.hanoinet.NodeTest;
import org.hanoinet.duty.UrgentRequests;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Viet Nam's central authority opens its statistics in a real Chromium, in English and in Vietnamese: the chart of
 * the requests per month is drawn, the month of a request just sent has its bar, and the totals are figures.
 * Screenshots in target/screenshots/reporting-en.png and reporting-vi.png.
 */
@NodeTest
class ReportingPagesBrowserTests extends BrowserTestSupport {

	@Autowired
	NodeProperties node;

	@Test
	void theCentralAuthoritySeesTheMonthOfItsRequestInTheChartAndTheTotals() {
		UrgentRequests.sendToBrazil(new DemoLogins(node.dataDir(), port));
		String month = YearMonth.now(ZoneOffset.UTC).toString();
		signIn("VN", Role.CASE_HANDLER);
		page.navigate(url("/reporting"));

		assertThat(page.locator("h1")).hasText("Statistics");
		assertThat(page.locator("nav.main-nav a[aria-current=page]")).hasText("Statistics");
		Locator chart = page.locator("svg#months-chart");
		assertThat(chart).isVisible();
		assertThat(chart.locator("g.month")).hasCount(12);
		Locator thisMonth = chart.locator("g.month[data-month='" + month + "'] rect.sent");
		assertThat(thisMonth.locator("title")).containsText(month + ":");
		assertThat(Double.parseDouble(thisMonth.getAttribute("height"))).as("the bar of this month's requests").isPositive();
		long sent = Long.parseLong(page.locator("dd[data-figure=sent] .reporting-figure").textContent().strip());
		assertThat(sent).as("the demo's three requests of Viet Nam and the one just sent").isGreaterThanOrEqualTo(4);
		assertThat(page.locator("#flow-sent svg.reporting-rows")).isVisible();
		assertThat(page.locator("#flow-sent")).containsText("Acknowledgement");
		screenshot("reporting-en.png");

		page.getByLabel("From (month)").fill(month);
		page.getByLabel("To (month)").fill(month);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		assertThat(page.locator("svg#months-chart g.month")).hasCount(1);
		assertThat(page.locator("#months-heading")).hasText("Requests from " + month + " to " + month);
	}

	@Test
	void thePageSpeaksVietnameseAndSaysWhenAPeriodIsWrong() {
		signIn("VN", Role.SUPERVISOR);
		page.navigate(url("/reporting?lang=vi"));

		assertThat(page.locator("html")).hasAttribute("lang", "vi");
		assertThat(page.locator("h1")).hasText("Thống kê");
		assertThat(page.locator("svg#months-chart")).isVisible();
		assertThat(page.locator(".reporting-legend")).containsText("Đã gửi");
		assertThat(page.locator("dd[data-figure=sent] .reporting-figure")).hasText(java.util.regex.Pattern.compile("\\d+"));
		assertThat(page.locator("#flow-received h2")).hasText("Yêu cầu đã nhận");
		screenshot("reporting-vi.png");

		page.navigate(url("/reporting?from=2026-13"));
		assertThat(page.locator(".reporting-error")).hasText(
				"Một tháng của khoảng thời gian không theo dạng YYYY-MM. Trang hiển thị mười hai tháng gần nhất thay thế.");
		assertThat(page.locator("svg#months-chart g.month")).hasCount(12);
	}
}
