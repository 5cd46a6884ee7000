package org.hanoinet.duty.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;


import com.microsoft.playwright.Locator;
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
 * Brazil's duty officer keeps the duty page open; Viet Nam sends an urgent preservation request, the alert
 * appears on the page without a reload, and one click acknowledges it and the case. Screenshot in
 * target/screenshots/duty-live-alert.png.
 */
@NodeTest
class DutyPagesBrowserTests extends BrowserTestSupport {

	@Autowired
	NodeProperties node;


	@Test
	void anUrgentRequestAppearsLiveOnTheOfficersDutyPageAndOneClickAcknowledgesIt() {
		DemoLogins demo = new DemoLogins(node.dataDir(), port);
		signIn("BR", Role.DUTY_OFFICER);
		page.navigate(url("/duty"));
		assertThat(page.locator("h1")).hasText("24/7 duty");
		assertThat(page.locator("main[data-live=on]")).hasCount(1);
		assertThat(page.locator(".duty-on-duty")).containsText("Federal Police");

		String id = UrgentRequests.sendToBrazil(demo);

		Locator alert = page.locator("tr[data-case='" + id + "']");
		assertThat(alert).isVisible();
		assertThat(alert).containsText("Vietnam");
		assertThat(alert).containsText("Urgent");
		assertThat(alert).containsText("Officer on duty");
		screenshot("duty-live-alert.png");

		alert.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Acknowledge")).click();

		assertThat(page.locator(".duty-flash")).containsText("The alert is acknowledged");
		assertThat(page.locator("tr[data-case='" + id + "']")).hasCount(0);
		assertThat(UrgentRequests.seenByVietNam(demo, id).path("status").asString()).isEqualTo("ACKNOWLEDGED");
		screenshot("duty-acknowledged.png");
	}

	@Test
	void theDutyPageSpeaksVietnamese() {
		signIn("BR", Role.SUPERVISOR);
		page.navigate(url("/duty?lang=vi"));

		assertThat(page.locator("h1")).hasText("Trực 24/7");
		assertThat(page.locator("#on-duty-heading")).hasText("Đang trực");
	}
}
