package org.hanoinet.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.hanoinet.BrowserTestSupport;
import org.hanoinet.NodeTest;
import org.hanoinet.identity.Role;
import org.junit.jupiter.api.Test;

/**
 * The users page in a real Chromium, once in English and once in Vietnamese: Viet Nam's node administrator creates a
 * case handler, makes them a supervisor too, resets their second factor and revokes the token issued to them, each
 * destructive act through its confirmation page, some of it with the keyboard alone. Screenshots in
 * target/screenshots: users-en.png, user-en.png, user-confirm-en.png, users-vi.png, user-vi.png.
 */
@NodeTest
class UserAdministrationBrowserTests extends BrowserTestSupport {

	static final Page.GetByRoleOptions EXACT = new Page.GetByRoleOptions().setExact(true);

	/** What the pages say in one language, as a user reads it. */
	record Words(String language, String users, String create, String username, String caseHandler, String supervisor,
			String createSubmit, String created, String open, String saveRoles, String rolesSaved, String reset,
			String resetTitle, String resetDone, String label, String issue, String backToUser, String revokeNamed,
			String revokeTitle, String revoke, String revoked) {
	}

	static final Words ENGLISH = new Words("en", "Users", "Create a user", "Username", "Case handler", "Supervisor",
			"Create the user", "User created", "Open the user's page", "Save the roles", "The roles are saved",
			"Reset the second factor", "Reset the second factor?", "The second factor is reset", "Label", "Issue the token",
			"Back to the user", "Revoke the token ", "Revoke this API token?", "Revoke the token", "The token is revoked");

	static final Words VIETNAMESE = new Words("vi", "Người dùng", "Tạo người dùng", "Tên đăng nhập", "Cán bộ xử lý hồ sơ",
			"Người phê duyệt", "Tạo người dùng", "Đã tạo người dùng", "Mở trang của người dùng", "Lưu vai trò", "Đã lưu vai trò",
			"Đặt lại yếu tố xác thực thứ hai", "Đặt lại yếu tố xác thực thứ hai?", "Đã đặt lại yếu tố xác thực thứ hai",
			"Nhãn", "Cấp mã truy cập", "Quay lại trang người dùng", "Thu hồi mã truy cập ", "Thu hồi mã truy cập API này?",
			"Thu hồi mã truy cập", "Mã truy cập đã bị thu hồi");

	@Test
	void inEnglishAnAdministratorCreatesAUserChangesRolesResetsTheSecondFactorAndRevokesAToken() {
		walk(ENGLISH);
	}

	@Test
	void inVietnameseAnAdministratorCreatesAUserChangesRolesResetsTheSecondFactorAndRevokesAToken() {
		walk(VIETNAMESE);
	}

	private void walk(Words words) {
		signIn("VN", Role.NODE_ADMIN);
		page.navigate(url("/?lang=" + words.language()));
		page.locator("nav.main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(words.users()).setExact(true)).click();

		assertThat(page.locator("html")).hasAttribute("lang", words.language());
		assertThat(page.locator("h1")).hasText(words.users());
		assertThat(page.locator("#users")).containsText("vn-duty-officer");
		assertThat(page.locator("#users")).not().containsText("br-duty-officer");
		screenshot("users-" + words.language() + ".png");

		String username = "vn-browser-" + words.language() + "-" + UUID.randomUUID().toString().substring(0, 6);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(words.create()).setExact(true)).click();
		page.getByLabel(words.username()).fill(username);
		page.getByLabel(words.caseHandler()).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.createSubmit()).setExact(true)).click();

		assertThat(page.locator("h1")).hasText(words.created());
		assertThat(page.locator("#created-username")).hasText(username);
		assertThat(page.locator("#initial-password")).hasText(java.util.regex.Pattern.compile("\\S{12,}"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(words.open())).click();

		assertThat(page.locator("h1")).hasText(username);
		page.locator("#role-SUPERVISOR").check();
		// Keyboard only: the roles are saved with Enter on the focused button.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.saveRoles())).focus();
		page.keyboard().press("Enter");
		assertThat(page.locator("#user-done")).containsText(words.rolesSaved());
		assertThat(page.locator("#user-roles")).containsText(words.caseHandler());
		assertThat(page.locator("#user-roles")).containsText(words.supervisor());

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.reset()).setExact(true)).click();
		assertThat(page.locator("h1")).hasText(words.resetTitle());
		assertThat(page.locator("#confirm-what")).containsText(username);
		screenshot("user-confirm-" + words.language() + ".png");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.reset()).setExact(true)).focus();
		page.keyboard().press("Enter");
		assertThat(page.locator("#user-done")).containsText(words.resetDone());

		String label = "laptop " + words.language();
		page.getByLabel(words.label(), new Page.GetByLabelOptions().setExact(true)).fill(label);
		page.locator("#token-role-SUPERVISOR").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.issue()).setExact(true)).click();
		assertThat(page.locator("#issued-token")).hasText(java.util.regex.Pattern.compile("hnt_.+"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(words.backToUser())).click();

		Locator token = page.locator("#user-tokens tr", new Page.LocatorOptions().setHasText(label));
		token.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(words.revokeNamed() + label)).click();
		assertThat(page.locator("h1")).hasText(words.revokeTitle());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.revoke()).setExact(true)).click();

		assertThat(page.locator("#user-done")).containsText(words.revoked());
		assertThat(page.locator("#user-tokens tr", new Page.LocatorOptions().setHasText(label)).getByRole(AriaRole.BUTTON)).hasCount(0);
		screenshot("user-" + words.language() + ".png");
	}
}
