package org.hanoinet.web.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.hanoinet.BrowserTestSupport;
import org.hanoinet.NodeTest;
import org.hanoinet.identity.Role;
import org.junit.jupiter.api.Test;

/** A half-filled form survives a language switch, and leaving it changed asks first. */
@NodeTest
class FormsSurviveBrowserTests extends BrowserTestSupport {

	@Test
	void aLanguageSwitchKeepsThePageItsQueryAndWhatWasTyped() {
		signIn("VN", Role.DUTY_OFFICER);
		page.navigate(url("/cases/new?type=PRESERVATION"));
		page.getByLabel("Why the measure is necessary").fill("The provider deletes its logs after 30 days.");
		page.getByLabel("A treaty between the two States").check();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tiếng Việt")).click();

		assertThat(page).hasURL(Pattern.compile(".*/cases/new\\?type=PRESERVATION&lang=vi$"));
		assertThat(page.locator("h1")).not().hasText(Pattern.compile("^New request$"));
		assertThat(page.locator("#element-NECESSITY")).hasValue("The provider deletes its logs after 30 days.");
		assertThat(page.locator("input[name=legalBasisKind][value=TREATY]")).isChecked();
	}

	@Test
	void leavingAChangedFormAsksFirst() {
		signIn("VN", Role.DUTY_OFFICER);
		page.navigate(url("/cases/new?type=PRESERVATION"));
		page.getByLabel("Why the measure is necessary").click();
		page.keyboard().type("Logs are deleted after 30 days.");

		List<String> asked = new ArrayList<>();
		page.onDialog(dialog -> {
			asked.add(dialog.type());
			dialog.dismiss();
		});
		page.close(new Page.CloseOptions().setRunBeforeUnload(true));
		page.waitForCondition(() -> !asked.isEmpty());
		assertThat(asked).containsExactly("beforeunload");
		assertThat(page.isClosed()).as("the reader chose to stay").isFalse();
	}
}
