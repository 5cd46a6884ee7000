package org.hanoinet.cooperation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.hanoinet.BrowserTestSupport;
import org.hanoinet.NodeTest;
import org.hanoinet.identity.Role;
import org.junit.jupiter.api.Test;

/**
 * Both sides of a preservation request in a real Chromium: Viet Nam's duty officer drafts it with the live
 * completeness checker, a Vietnamese supervisor approves it, Brazil's duty officer acknowledges it, and the case
 * page shows the chained timeline. Screenshots of the form and of the case page go to target/screenshots.
 */
@NodeTest
class CasePagesBrowserTests extends BrowserTestSupport {

	static final String BR_POINT_OF_CONTACT = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000004";

	@Test
	void vietNamDraftsAPreservationRequestWithTheLiveCheckerAndBrazilAcknowledgesIt() {
		signIn("VN", Role.DUTY_OFFICER);
		page.navigate(url("/cases"));
		assertThat(page.locator("h1")).hasText("Cooperation cases");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New request")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Expedited preservation of stored electronic data (art. 42)"))
			.click();

		Locator missing = page.locator("#checker .missing-items li");
		assertThat(missing).hasCount(9);
		assertThat(page.locator("#checker")).containsText("Missing: Why the measure is necessary (art. 42).");
		assertThat(page.locator("#checker")).containsText("Choose the authority of another State");
		screenshot("case-form-missing-items.png");

		page.getByLabel("Requested authority").selectOption(BR_POINT_OF_CONTACT);
		page.getByLabel("A treaty between the two States").check();
		page.getByLabel("Name of the treaty").fill("Viet Nam–Brazil treaty on mutual legal assistance (hypothetical, demo)");
		page.getByLabel("Another offence").check();
		page.getByLabel("The offence in words").fill("Fraud through a phishing website");
		page.getByLabel("Language of the request").selectOption("vi");
		assertThat(missing).hasCount(6);
		assertThat(page.locator("#checker")).containsText("Brazil does not accept requests in Vietnamese");

		page.getByLabel("Language of the request").selectOption("en");
		page.getByLabel("Urgency").selectOption("URGENT");
		page.getByLabel("The offence and a brief summary of the facts").fill("Phishing site harvesting bank logins of Vietnamese users.");
		page.getByLabel("The data concerned and how they relate to the offence").fill("Subscriber and access logs of the hosting account.");
		page.getByLabel("The custodian of the data or the location of the system").fill("A hosting provider in São Paulo.");
		page.getByLabel("We will submit a request for search, seizure or disclosure of the data").check();
		assertThat(missing).hasCount(1);
		assertThat(missing).hasText("Missing: Why the measure is necessary (art. 42).");

		page.getByLabel("Why the measure is necessary").fill("The provider keeps logs for 30 days only.");
		assertThat(page.locator("#checker .checker-complete")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();

		assertThat(page).hasURL(Pattern.compile(".*/cases/[0-9a-f-]{36}$"));
		String caseUrl = page.url();
		String caseId = caseUrl.substring(caseUrl.lastIndexOf('/') + 1);
		assertThat(page.locator("#case-status")).hasText("Draft");
		assertThat(page.locator("#requested-side")).containsText("Brazil");
		assertThat(page.locator("#missing")).containsText("Nothing is missing");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and send"))).hasCount(0);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval")).click();
		assertThat(page.locator("#case-status")).hasText("Awaiting approval");

		signIn("VN", Role.SUPERVISOR);
		page.navigate(caseUrl);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and send")).click();
		assertThat(page.locator("#case-status")).hasText("Delivered");

		signIn("BR", Role.DUTY_OFFICER);
		page.navigate(url("/cases"));
		Locator inboxLine = page.locator("#inbox tr[data-case='" + caseId + "']");
		assertThat(inboxLine).containsText("Vietnam");
		assertThat(inboxLine).containsText("Urgent");
		screenshot("case-inbox.png");
		inboxLine.getByRole(AriaRole.LINK).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge receipt")).click();

		assertThat(page.locator("#case-status")).hasText("Acknowledged");
		assertThat(page.locator("#timeline .timeline-act")).hasText(new String[] { "Drafted", "Submitted for approval",
				"Approved and sent", "Delivered", "Receipt acknowledged" });
		assertThat(page.locator("#chain-state")).hasText("Chain intact: every event follows from the one before.");
		assertThat(page.locator("#clocks")).isVisible();
		screenshot("case-page-timeline.png");
	}

	@Test
	void theRequestFormSpeaksVietnamese() {
		signIn("VN", Role.CASE_HANDLER);
		page.navigate(url("/cases/new?type=PRESERVATION&lang=vi"));

		assertThat(page.locator("html")).hasAttribute("lang", "vi");
		assertThat(page.locator("h1")).hasText("Yêu cầu mới");
		assertThat(page.getByLabel("Lý do cần áp dụng biện pháp")).isVisible();
		assertThat(page.locator("#checker")).containsText("Còn thiếu: Lý do cần áp dụng biện pháp (Điều 42).");
		screenshot("case-form-vi.png");
	}

	@Test
	void anObserverIsToldCasesAreNotForThemInsteadOfSeeingAnError() {
		signIn("VN", Role.OBSERVER);
		Response response = page.navigate(url("/cases"));

		assertThat(response.status()).isEqualTo(403);
		assertThat(page.locator("h1")).hasText("Not available to you");
		assertThat(page.locator("main")).containsText("Cases are seen only by duty officers");
	}
}
