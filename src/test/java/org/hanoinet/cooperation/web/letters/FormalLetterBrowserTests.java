package org.hanoinet.cooperation.web.letters;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
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

/** Viet Nam's auditor downloads the formal letter of a sent request from its case page in a real Chromium. */
@NodeTest
class FormalLetterBrowserTests extends BrowserTestSupport {

	@Autowired
	NodeProperties node;

	@Test
	void theCasePageLinkDownloadsTheFormalLetterAsAPdf() throws IOException {
		DemoLogins demo = new DemoLogins(node.dataDir(), port);
		JsonMapper json = JsonMapper.builder().build();
		String drafted = demo.send("POST", "/api/v1/cases", demo.of("VN", Role.DUTY_OFFICER).apiToken(),
				"{\"type\":\"PRESERVATION\",\"requestedAuthority\":\"" + FormalLetterIntegrationTests.BR_POINT_OF_CONTACT
						+ "\",\"contents\":" + FormalLetterIntegrationTests.preservation("en", "Example Mail Ltda., São Paulo") + "}")
			.body();
		String id = json.readTree(drafted).path("id").asString();

		// auditors read cases too; no other browser test signs in as Viet Nam's auditor, so its TOTP codes are fresh
		signIn("VN", Role.AUDITOR);
		page.navigate(url("/cases/" + id));
		assertThat(page.locator("#formal-letter")).hasCount(0);

		demo.send("POST", "/api/v1/cases/" + id + "/submit", demo.of("VN", Role.DUTY_OFFICER).apiToken(), null);
		demo.send("POST", "/api/v1/cases/" + id + "/approve", demo.of("VN", Role.SUPERVISOR).apiToken(), null);
		page.navigate(url("/cases/" + id));
		assertThat(page.locator("#case-status")).hasText("Delivered");
		screenshot("case-page-formal-letter.png");

		Download download = page.waitForDownload(() -> page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download formal letter (PDF)"))
			.click());

		assertThat(download.failure()).isNull();
		assertThat(download.suggestedFilename()).isEqualTo("request-" + id + "-en.pdf");
		byte[] pdf = Files.readAllBytes(download.path());
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(Letters.text(pdf).replaceAll("\\s+", " ")).contains("Reference: " + id);
	}
}
