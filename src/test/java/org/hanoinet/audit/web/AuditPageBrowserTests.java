package org.hanoinet.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.hanoinet.BrowserTestSupport;
import org.hanoinet.NodeTest;
import org.hanoinet.identity.Role;
import org.hanoinet.audit.TestAuditEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** An auditor in a real Chromium: signs a checkpoint, finds the leaves of a case and checks one's proof. */
@NodeTest
class AuditPageBrowserTests extends BrowserTestSupport {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void anAuditorFindsTheLeavesOfACaseAndSeesTheProofOfOneAgainstTheSignedCheckpoint() {
		String caseId = UUID.randomUUID().toString();
		for (int i = 0; i < 3; i++) {
			transaction.executeWithoutResult(status -> events.publishEvent(TestAuditEvent.caseOpened(caseId)));
		}
		signIn("VN", Role.AUDITOR);
		page.navigate(url("/audit"));
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Audit log");
		PlaywrightAssertions.assertThat(page.locator("nav.main-nav a[aria-current=page]")).hasText("Audit log");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign a checkpoint now")).click();
		PlaywrightAssertions.assertThat(page.locator(".audit-signed")).hasText("A new checkpoint has been signed.");

		page.getByLabel("Case, user or other id").fill(caseId);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
		PlaywrightAssertions.assertThat(page.locator("table.audit-leaves tbody tr")).hasCount(3);
		PlaywrightAssertions.assertThat(page.locator("#leaves-heading")).hasText("Leaves naming " + caseId);

		page.locator("table.audit-leaves tbody tr").first().getByRole(AriaRole.LINK).click();
		PlaywrightAssertions.assertThat(page.locator("#selected-leaf pre")).containsText("\"caseId\":\"" + caseId + "\"");
		PlaywrightAssertions.assertThat(page.locator(".audit-verdict"))
			.hasText("The audit path leads from this leaf to the signed root hash.");
		assertThat(page.locator(".audit-path li").count()).isGreaterThan(0);
		screenshot("audit-en.png");
	}

	@Test
	void thePageSpeaksVietnamese() {
		signIn("BR", Role.AUDITOR);
		page.navigate(url("/audit?lang=vi"));

		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "vi");
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Nhật ký kiểm toán");
		PlaywrightAssertions.assertThat(page.getByLabel("Mã vụ việc, mã người dùng hoặc mã khác")).isVisible();
		screenshot("audit-vi.png");
	}

}
