package org.hanoinet.cooperation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.hanoinet.BrowserTestSupport;
import org.hanoinet.NodeTest;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

/**
 * The forms and case pages of part 2 (#10) in a real Chromium: the extradition form with its live checker (a
 * warning, not a blocker, below one year of maximum penalty), the same form in Vietnamese, and the case page of an asset return where
 * Brazil decides the return with expenses deducted. Screenshots go to target/screenshots.
 */
@NodeTest
class PartTwoCasePagesBrowserTests extends BrowserTestSupport {

	static final String BR_CENTRAL_AUTHORITY = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000003";

	@Autowired
	NodeProperties node;

	@Test
	void vietNamDraftsAnExtraditionRequestAndTheCheckerWarnsOfAPenaltyBelowOneYearInEitherState() {
		// One sign-in per demo user and test class: each TOTP code is accepted once.
		signIn("VN", Role.SUPERVISOR);
		page.navigate(url("/cases/new"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Extradition (art. 37)").setExact(true)).click();
		assertThat(page.locator(".intro")).containsText("diplomatic channels");

		page.getByLabel("Requested authority").selectOption(BR_CENTRAL_AUTHORITY);
		page.getByLabel("A treaty between the two States").check();
		page.getByLabel("Name of the treaty").fill("Viet Nam–Brazil extradition treaty (fictitious, demo)");
		page.getByLabel("An offence established by the Convention (arts. 7 to 17)").check();
		page.getByLabel("Article of the offence in the Convention (7 to 17)").fill("7");
		page.getByLabel("Language of the request").selectOption("en");
		page.getByLabel("The identity of the person sought").fill("Tran Thi B (fictitious), born 1988-05-05");
		page.getByLabel("The nationality of the person sought").fill("Brazilian and Vietnamese");
		page.getByLabel("Where the person sought is in the requested State").fill("Rio de Janeiro (fictitious address)");
		page.getByLabel("The offences, with the facts and the provisions of law").fill("Illegal access (art. 7) to a payment system");
		page.getByLabel("Maximum penalty in the requesting State (months of deprivation of liberty)").fill("84");
		page.getByLabel("Maximum penalty in the requested State (months of deprivation of liberty)").fill("6");
		page.getByLabel("The arrest warrant or enforceable judgment").fill("Arrest warrant 15/2026 (fictitious)");

		Locator warning = page.locator("#checker .warning-items li");
		assertThat(warning).hasCount(1);
		assertThat(warning).containsText("Maximum penalty in the requested State");
		assertThat(warning).containsText("below the 12 months");
		assertThat(warning).containsText("art. 37");
		assertThat(page.locator("#checker .checker-complete")).isVisible();
		screenshot("case-form-extradition-penalty-warning.png");

		page.getByLabel("Maximum penalty in the requested State (months of deprivation of liberty)").fill("48");
		assertThat(page.locator("#checker .warning-items li")).hasCount(0);
		assertThat(page.locator("#checker .checker-complete")).isVisible();
		screenshot("case-form-extradition.png");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();

		assertThat(page).hasURL(Pattern.compile(".*/cases/[0-9a-f-]{36}$"));
		assertThat(page.locator("h1")).hasText("Extradition (art. 37)");
		assertThat(page.locator("#contents")).containsText("48");
		assertThat(page.locator("#missing")).containsText("Nothing is missing");

		page.navigate(url("/cases/new?type=EXTRADITION&lang=vi"));

		assertThat(page.locator(".intro")).containsText("Dẫn độ (Điều 37)");
		assertThat(page.getByLabel("Quốc tịch của người bị yêu cầu")).isVisible();
		assertThat(page.locator("#checker")).containsText("Còn thiếu: Mức hình phạt tối đa tại Quốc gia được yêu cầu (số tháng tước tự do) (Điều 37).");
		screenshot("case-form-extradition-vi.png");
	}

	@Test
	void brazilDecidesTheReturnOfConfiscatedPropertyWithItsExpensesDeductedOnTheCasePage() {
		DemoLogins logins = new DemoLogins(node.dataDir(), port);
		String id = read(logins.send("POST", "/api/v1/cases", logins.of("VN", Role.CASE_HANDLER).apiToken(), """
				{"type":"ASSET_RETURN","requestedAuthority":"%s","contents":{
				 "legalBasis":{"kind":"TREATY","instrument":"Viet Nam–Brazil treaty on mutual legal assistance (fictitious)"},
				 "offenceBasis":{"kind":"CONVENTION_OFFENCE","article":7},"language":"en",
				 "elements":{"CONFISCATION_REFERENCE":"Confiscation judgment 7/2026 (fictitious)",
				 "PROPERTY":"Balance of account 0000-1 in São Paulo (fictitious)","ESTIMATED_VALUE":"250000 USD",
				 "RETURN_PURPOSE":"Compensation of the hospital that paid the ransom",
				 "SHARING_PROPOSAL":"None: the whole amount goes to the victims"}}}""".formatted(BR_CENTRAL_AUTHORITY)), 201);
		call(logins, "VN", Role.CASE_HANDLER, "/api/v1/cases/" + id + "/submit");
		call(logins, "VN", Role.SUPERVISOR, "/api/v1/cases/" + id + "/approve");
		for (String act : List.of("acknowledge", "start-review", "accept", "start-execution")) {
			call(logins, "BR", Role.CASE_HANDLER, "/api/v1/cases/" + id + "/acts/" + act);
		}

		signIn("BR", Role.CASE_HANDLER);
		page.navigate(url("/cases/" + id));
		assertThat(page.locator("form[data-act='REFUSE']")).hasCount(0);
		Locator decide = page.locator("form[data-act='DECIDE_RETURN']");
		decide.getByLabel("Decision: RETURN or DISPOSAL").fill("RETURN");
		decide.getByLabel("Value of the property, e.g. 250000 USD").fill("250000 USD");
		decide.getByLabel("Reasonable expenses deducted, e.g. 12500 USD").fill("12500 USD");
		decide.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Decide the return or disposal")).click();

		assertThat(page.locator(".case-done")).containsText("Return or disposal decided");
		Locator decision = page.locator("#timeline tr[data-act='DECIDE_RETURN']");
		assertThat(decision).containsText("Amount returned: 237500 USD");
		assertThat(decision).containsText("Expenses deducted: 12500 USD");
		assertThat(page.locator("#contents")).containsText("250000 USD");
		screenshot("case-page-asset-return.png");
	}

	private void call(DemoLogins logins, String state, Role role, String path) {
		HttpResponse<String> response = logins.send("POST", path, logins.of(state, role).apiToken(), null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private static String read(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return JsonMapper.builder().build().readTree(response.body()).path("id").asString();
	}
}
