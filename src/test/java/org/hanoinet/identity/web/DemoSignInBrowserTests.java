package org.hanoinet.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.hanoinet.BrowserTestSupport;
import org.hanoinet.NodeTest;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.DemoLogins.Login;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** On a demo node a newcomer signs in as a demo account in one click, with no code to compute. */
@NodeTest
class DemoSignInBrowserTests extends BrowserTestSupport {

	@Autowired
	NodeProperties node;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewcomerSignsInAsADemoSupervisorInOneClickAndTheAuditKnowsHow() {
		Login supervisor = new DemoLogins(node.dataDir(), port).of("BR", Role.SUPERVISOR);
		long before = passwordAndCodeSignIns();

		page.navigate(url("/login"));
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Demo accounts of this node")))
			.isVisible();
		PlaywrightAssertions.assertThat(page.locator("[data-demo-user]")).not().hasCount(0);
		screenshot("demo-sign-in.png");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in as " + supervisor.user())).click();

		page.navigate(url("/account"));
		PlaywrightAssertions.assertThat(page).hasURL(url("/account"));
		PlaywrightAssertions.assertThat(page.locator("main")).containsText(supervisor.user());
		assertThat(passwordAndCodeSignIns()).as("the one click went through the password and the code, audited as such")
			.isEqualTo(before + 1);
	}

	@Test
	void theDemoAccountsAreListedInVietnamese() {
		page.navigate(url("/login?lang=vi"));
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Các tài khoản trình diễn của nút này"))).isVisible();
		PlaywrightAssertions.assertThat(page.locator("[data-demo-user] button").first()).containsText("Đăng nhập với tên");
	}

	private long passwordAndCodeSignIns() {
		return jdbc.sql("select count(*) from audit_leaf where audit_type = 'identity.login-succeeded' and convert_from(leaf_data, 'UTF8') like '%password+totp%'")
			.query(Long.class)
			.single();
	}
}
