package org.hanoinet.web.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.hanoinet.BrowserTestSupport;
import org.hanoinet.NodeTest;
import org.hanoinet.identity.Role;
import org.junit.jupiter.api.Test;

/**
 * The header names the node and who is signed in, the navigation shows what the reader's roles may use, and a page
 * a role may not open says so and for whom it is.
 */
@NodeTest
class HeaderAndMenusBrowserTests extends BrowserTestSupport {

	@Test
	void aVisitorSeesThePublicPagesAndASignInButton() {
		page.navigate(url("/"));
		Locator nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
		assertThat(nav).containsText("Legal rules");
		assertThat(nav).not().containsText("Cases");
		assertThat(nav).not().containsText("Audit log");
		assertThat(page.getByRole(AriaRole.BANNER).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sign in")))
			.isVisible();
		assertThat(page.locator(".site-node__name")).not().isEmpty();
	}

	@Test
	void anAuditorSeesTheirMenuIsToldWhyAPageIsNotForThemAndSignsOut() {
		signIn("VN", Role.AUDITOR);
		page.navigate(url("/"));
		Locator nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
		assertThat(nav).containsText("Audit log");
		assertThat(nav).containsText("Cases");
		assertThat(nav).not().containsText("Outbox");
		assertThat(page.locator(".site-user__who")).containsText("(VN)");
		assertThat(page.locator(".site-user__roles")).hasText("Auditor");

		page.navigate(url("/exchange/outbox"));
		assertThat(page.locator("h1")).hasText("Not for your role");
		assertThat(page.locator("#roles-for-page")).containsText("Node administrator");
		assertThat(page.locator("#roles-for-page")).containsText("Supervisor");
		screenshot("forbidden-for-role.png");

		page.navigate(url("/exchange/outbox?lang=vi"));
		assertThat(page.locator("h1")).hasText("Không dành cho vai trò của bạn");
		assertThat(page.locator("#roles-for-page")).containsText("Quản trị viên nút");

		page.getByRole(AriaRole.BANNER).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Đăng xuất")).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?signedOut.*"));
		page.navigate(url("/?lang=en"));
		assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))).not().containsText("Audit log");
	}
}
