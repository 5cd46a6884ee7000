package org.hanoinet.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.hanoinet.BrowserTestSupport;
import org.hanoinet.NodeTest;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.evidence.EvidenceFixtures;
import org.hanoinet.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/** An officer adds a file to a case in the browser, sees its hash and its chain of custody, in English and Vietnamese. */
@NodeTest
class EvidencePagesBrowserTests extends BrowserTestSupport {

	@Autowired
	CaseManagement cases;

	@TempDir
	Path files;

	@Test
	void anOfficerUploadsAFileWithProgressAndSeesItsHashAndCustodyTimeline() throws IOException {
		Case request = EvidenceFixtures.sentPreservation(cases);
		Path file = files.resolve("mailbox-export.mbox");
		try (InputStream bytes = EvidenceFixtures.generated(9_500_000, 21)) {
			Files.copy(bytes, file);
		}
		String sha256 = EvidenceFixtures.sha256(Files.newInputStream(file));
		signIn("VN", Role.DUTY_OFFICER);

		page.navigate(url("/cases/" + request.id()));
		page.locator("#case-evidence").click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Evidence");
		page.locator("#evidence-files").setInputFiles(file);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();

		PlaywrightAssertions.assertThat(page.locator(".evidence-items code.hash")).hasText(sha256);
		PlaywrightAssertions.assertThat(page.locator(".evidence-items")).containsText("9.1 MiB");
		screenshot("evidence-list-en.png");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("mailbox-export.mbox")).click();
		PlaywrightAssertions.assertThat(page.locator("#item-sha256")).hasText(sha256);
		PlaywrightAssertions.assertThat(page.locator("#custody-state")).hasClass(Pattern.compile("chain-intact"));
		assertThat(page.locator("#custody tbody tr").allInnerTexts()).hasSize(2)
			.satisfies(rows -> assertThat(rows.get(0)).contains("Added"), rows -> assertThat(rows.get(1)).contains("Viewed"));
		screenshot("evidence-item-en.png");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tiếng Việt")).click();
		PlaywrightAssertions.assertThat(page.locator("#custody-heading")).hasText("Chuỗi lưu giữ");
		PlaywrightAssertions.assertThat(page.locator("#custody tbody tr").first()).containsText("Đã thêm");
		screenshot("evidence-item-vi.png");

		page.navigate(url("/cases/" + request.id() + "/evidence?lang=en"));
		page.locator("#evidence-transfers").click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Evidence transfers");
		page.navigate(url("/cases/" + request.id()));
		page.locator("#case-evidence-transfers").click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Evidence transfers");
	}

	@Test
	void anotherStateSeesNoEvidenceOfTheCaseAndAdministratorsAreRefused() {
		Case request = EvidenceFixtures.sentPreservation(cases);

		signIn("BR", Role.DUTY_OFFICER);
		page.navigate(url("/cases/" + request.id() + "/evidence"));
		PlaywrightAssertions.assertThat(page.locator("#items")).containsText("No evidence has been added to this case yet.");

		signIn("VN", Role.NODE_ADMIN);
		assertThat(page.navigate(url("/cases/" + request.id() + "/evidence")).status()).isEqualTo(403);
	}
}
