package org.hanoinet.assistance.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.hanoinet.BrowserTestSupport;
import org.hanoinet.NodeTest;
import org.hanoinet.identity.Role;
import org.junit.jupiter.api.Test;

/**
 * The register in a real Chromium. In English, Viet Nam's supervisor finds the demo course and Ghana's need, records
 * an offer, and is told which field to correct when the dates are reversed. In Vietnamese, the secretariat matches
 * Ghana's need with Viet Nam's course and Viet Nam's supervisor accepts the match. Screenshots in target/screenshots:
 * assistance-en.png, assistance-vi-match.png, assistance-vi-accepted.png.
 */
@NodeTest
class AssistancePagesBrowserTests extends BrowserTestSupport {

	static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);

	static final String COURSE = "Cybercrime investigation course at the Hanoi training centre (demo)";

	static final String GHANAS_NEED = "Training to set up Ghana's 24/7 point of contact (demo)";

	@Test
	void aSupervisorSeesTheDemoRegisterRecordsAnOfferAndIsToldWhichFieldIsWrong() {
		signIn("VN", Role.SUPERVISOR);
		page.navigate(url("/assistance"));

		assertThat(page.locator("h1")).hasText("Technical assistance");
		assertThat(page.locator("nav.main-nav a[aria-current=page]")).hasText("Technical assistance");
		assertThat(page.locator("#offers")).containsText(COURSE);
		Locator need = page.locator("#needs tr", new Page.LocatorOptions().setHasText(GHANAS_NEED));
		assertThat(need).containsText("Ghana");
		assertThat(need).containsText("Setting up a 24/7 point of contact");
		assertThat(need).containsText("Your State, by the choice of the State in need");
		assertThat(page.locator("section[aria-labelledby=match-form-heading]")).hasCount(0);

		Locator offerForm = page.locator("section[aria-labelledby=offer-form-heading]");
		offerForm.getByLabel("Kind").selectOption(new SelectOption().setLabel("Trainers"));
		offerForm.getByLabel("Title").fill("Trainers for forensic laboratories");
		offerForm.getByLabel("Description").fill("Two forensic examiners for a week, for a laboratory that is being set up.");
		offerForm.getByLabel("Languages").fill("en, vi");
		offerForm.getByLabel("Region (UN regional group)").selectOption(new SelectOption().setLabel("Asia-Pacific Group"));
		offerForm.getByLabel("From", EXACT).fill("2027-10-01");
		offerForm.getByLabel("To", EXACT).fill("2027-12-31");
		offerForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the offer")).click();

		assertThat(page.locator("#assistance-done")).hasText("The offer is recorded. Every State sees it.");
		Locator recorded = page.locator("#offers tr", new Page.LocatorOptions().setHasText("Trainers for forensic laboratories"));
		assertThat(recorded).containsText("Vietnam");
		assertThat(recorded).containsText("2027-10-01 to 2027-12-31");
		assertThat(recorded).containsText("en, vi");
		screenshot("assistance-en.png");

		Locator needForm = page.locator("section[aria-labelledby=need-form-heading]");
		needForm.getByLabel("Title").fill("Equipment for the 24/7 desk");
		needForm.getByLabel("Description").fill("Two secure workstations.");
		needForm.getByLabel("From", EXACT).fill("2027-06-30");
		needForm.getByLabel("To", EXACT).fill("2027-06-01");
		needForm.getByLabel("Brazil").check();
		needForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the need")).click();

		assertThat(page.locator("#assistance-error")).hasText("Give the last day as a date, not before the first.");
		Locator refilled = page.locator("section[aria-labelledby=need-form-heading]");
		assertThat(refilled.getByLabel("Title")).hasValue("Equipment for the 24/7 desk");
		assertThat(refilled.getByLabel("Brazil")).isChecked();
		assertThat(page.locator("#needs")).not().containsText("Equipment for the 24/7 desk");
	}

	@Test
	void inVietnameseTheSecretariatMatchesGhanasNeedWithVietNamsCourseAndVietNamAccepts() {
		signIn("VN", Role.SECRETARIAT);
		page.navigate(url("/assistance?lang=vi"));

		assertThat(page.locator("html")).hasAttribute("lang", "vi");
		assertThat(page.locator("h1")).hasText("Hỗ trợ kỹ thuật");
		assertThat(page.locator("#needs-heading")).hasText("Nhu cầu");
		Locator matchForm = page.locator("section[aria-labelledby=match-form-heading]");
		assertThat(matchForm.locator("h2")).hasText("Ghép một nhu cầu với một đề nghị");
		assertThat(page.locator("section[aria-labelledby=need-form-heading]")).hasCount(0);
		matchForm.getByLabel("Nhu cầu").selectOption(new SelectOption().setLabel("Ghana: " + GHANAS_NEED));
		matchForm.getByLabel("Đề nghị").selectOption(new SelectOption().setLabel("Việt Nam: " + COURSE));
		matchForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ghép")).click();

		assertThat(page.locator("#assistance-done")).hasText("Lần ghép đã được đề xuất. Cả hai Quốc gia đều thấy và có thể chấp nhận.");
		Locator match = page.locator("article.assistance-match", new Page.LocatorOptions().setHasText(GHANAS_NEED));
		assertThat(match.locator(".assistance-status")).hasText("Đã đề xuất, chờ cả hai Quốc gia chấp nhận");
		assertThat(match.locator("form")).hasCount(0);
		screenshot("assistance-vi-match.png");

		signIn("VN", Role.SUPERVISOR);
		page.navigate(url("/assistance?lang=vi"));
		Locator ours = page.locator("article.assistance-match", new Page.LocatorOptions().setHasText(GHANAS_NEED));
		assertThat(ours).containsText("Việt Nam – chưa chấp nhận");
		ours.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Chấp nhận lần ghép")).click();

		assertThat(page.locator("#assistance-done")).hasText("Bạn đã chấp nhận lần ghép.");
		Locator accepted = page.locator("article.assistance-match", new Page.LocatorOptions().setHasText(GHANAS_NEED));
		assertThat(accepted).containsText("Việt Nam – đã chấp nhận ngày " + LocalDate.now(ZoneOffset.UTC));
		assertThat(accepted).containsText("Ghana – chưa chấp nhận");
		assertThat(accepted.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Chấp nhận lần ghép"))).hasCount(0);
		assertThat(accepted.locator(".assistance-status")).hasText("Đã đề xuất, chờ cả hai Quốc gia chấp nhận");
		screenshot("assistance-vi-accepted.png");
	}
}
