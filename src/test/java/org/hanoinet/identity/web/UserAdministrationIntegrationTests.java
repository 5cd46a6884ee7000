package org.hanoinet.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hanoinet.NodeTest;
import org.hanoinet.audit.AuditLeaf;
import org.hanoinet.audit.AuditLog;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.UnusedTotpCodes;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The users page of a node administrator: only their own State's users, found by username and role over pages of
 * 50; every act changes the account as it says, each with its leaf in the audit log; an administrator cannot lock
 * or deactivate themselves nor leave their State without an administrator; bad input gets the API's message next to
 * the field.
 */
@NodeTest
class UserAdministrationIntegrationTests {

	static final String VN_CENTRAL_AUTHORITY = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000001";

	static final String GH_CENTRAL_AUTHORITY = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000005";

	static final Pattern TOTP_SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7]+)<");

	@LocalServerPort
	int port;

	@Autowired
	NodeProperties node;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	DemoLogins demo;

	@BeforeEach
	void readDemoLogins() {
		demo = new DemoLogins(node.dataDir(), port);
	}

	@Test
	void listsOnlyTheAdministratorsOwnStateAndFindsUsersByUsernameAndRole() {
		DemoLogins.Browser admin = admin("GH");

		String all = admin.get("/admin/users").body();
		String auditors = admin.get("/admin/users?q=AUDIT").body();
		String observers = admin.get("/admin/users?role=OBSERVER").body();

		assertThat(all).contains("gh-duty-officer", "gh-auditor", "Ghana").doesNotContain("vn-duty-officer", "br-node-admin");
		assertThat(auditors).contains("gh-auditor").doesNotContain("gh-duty-officer", "vn-auditor");
		assertThat(observers).contains("gh-observer").doesNotContain("gh-auditor");
		assertThat(admin.get("/admin/users?q=nobody-is-called-this").body()).contains("No user matches this search");
	}

	@Test
	void showsFiftyUsersAPageAndThePagesPastThem() {
		String prefix = "page" + UUID.randomUUID().toString().substring(0, 6);
		jdbc.sql("""
				insert into identity_user (id, username, authority_id, state, password_hash, created_at)
				select gen_random_uuid(), ? || '-' || lpad(n::text, 3, '0'), ?::uuid, 'GH', 'not a hash', now()
				from generate_series(1, 53) n""").params(prefix, GH_CENTRAL_AUTHORITY).update();
		DemoLogins.Browser admin = admin("GH");

		String first = admin.get("/admin/users?q=" + prefix).body();
		String second = admin.get("/admin/users?q=" + prefix + "&page=2").body();
		String beyond = admin.get("/admin/users?q=" + prefix + "&page=9").body();

		assertThat(rows(first)).hasSize(50).startsWith(prefix + "-001", prefix + "-002");
		assertThat(first).contains("53 users", "Page 1 of 2", "rel=\"next\"").doesNotContain(prefix + "-051");
		assertThat(rows(second)).containsExactly(prefix + "-051", prefix + "-052", prefix + "-053");
		assertThat(second).contains("Page 2 of 2", "rel=\"prev\"");
		assertThat(rows(beyond)).isEqualTo(rows(second));
	}

	@Test
	void anotherStatesUserIsHiddenFromThePageAndFromEveryAct() {
		DemoLogins.Browser admin = admin("VN");
		String brazilian = userId("br-observer");

		assertThat(admin.get("/admin/users/" + brazilian).statusCode()).isEqualTo(404);
		for (String act : List.of("lock", "unlock", "second-factor/reset", "password-change", "deactivate", "roles", "tokens")) {
			HttpResponse<String> answer = admin.submit("/admin/users/new", "/admin/users/" + brazilian + "/" + act,
					Map.of("confirm", "yes", "roles", "OBSERVER", "label", "intruder"));
			assertThat(answer.statusCode()).as(act).isEqualTo(404);
			assertThat(answer.body()).as(act).doesNotContain("br-observer");
		}
		assertThat(jdbc.sql("select locked_by_administrator or deactivated_at is not null or password_change_required from identity_user where id = ?::uuid")
			.param(brazilian)
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(admin.submit("/admin/users/new", "/admin/users",
				List.of(Map.entry("username", "vn-intruder"), Map.entry("authority", "6f1c0d1e-5b0a-4c39-9d4e-0a0000000003"),
						Map.entry("roles", "OBSERVER")))
			.statusCode()).isEqualTo(403);
	}

	@Test
	void eachActChangesTheAccountAndLandsInTheAuditLog() {
		DemoLogins.Browser admin = admin("VN");
		String username = "vn-acts-" + UUID.randomUUID().toString().substring(0, 6);
		HttpResponse<String> created = admin.submit("/admin/users/new", "/admin/users",
				List.of(Map.entry("username", username), Map.entry("authority", VN_CENTRAL_AUTHORITY), Map.entry("roles", "CASE_HANDLER")));
		assertThat(created.statusCode()).isEqualTo(200);
		String password = shown(created.body(), "initial-password");
		String id = userId(username);
		String page = "/admin/users/" + id;

		signInAndEnrol(username, password);
		assertThat(admin.get("/admin/users?q=" + username).body()).contains("Set up").doesNotContain(">Never<");

		HttpResponse<String> roles = admin.submit(page, page + "/roles", List.of(Map.entry("roles", "CASE_HANDLER"), Map.entry("roles", "SUPERVISOR")));
		assertThat(roles.statusCode()).isEqualTo(302);
		String after = admin.get(page).body();
		assertThat(after).contains("The roles are saved");
		assertThat(between(after, "id=\"user-roles\">", "</dd>")).contains("Case handler", "Supervisor");

		HttpResponse<String> asked = admin.submit(page, page + "/lock", Map.of());
		assertThat(asked.body()).contains("Lock this account?", "name=\"confirm\" value=\"yes\"");
		assertThat(column(id, "locked_by_administrator")).isFalse();
		admin.submit(page, page + "/lock", Map.of("confirm", "yes"));
		assertThat(column(id, "locked_by_administrator")).isTrue();
		assertThat(demo.browser().submit("/login", "/login", Map.of("username", username, "password", password)).body())
			.contains("A node administrator has locked this account");
		admin.submit(page, page + "/unlock", Map.of());
		assertThat(column(id, "locked_by_administrator")).isFalse();

		admin.submit(page, page + "/second-factor/reset", Map.of("confirm", "yes"));
		assertThat(jdbc.sql("select totp_secret is null from identity_user where id = ?::uuid").param(id).query(Boolean.class).single()).isTrue();
		HttpResponse<String> again = demo.browser().submit("/login", "/login", Map.of("username", username, "password", password));
		assertThat(again.headers().firstValue("Location").orElse("")).endsWith("/login/enrol");

		admin.submit(page, page + "/password-change", Map.of());
		assertThat(column(id, "password_change_required")).isTrue();

		HttpResponse<String> issued = admin.submit(page, page + "/tokens", List.of(Map.entry("label", "acts laptop"), Map.entry("roles", "SUPERVISOR")));
		String token = shown(issued.body(), "issued-token");
		assertThat(demo.get("/api/v1/identity/me", token).statusCode()).isEqualTo(200);
		assertThat(admin.get(page).body()).contains("acts laptop").doesNotContain(token);

		admin.submit(page, page + "/deactivate", Map.of("confirm", "yes"));
		assertThat(admin.get(page).body()).contains("Deactivated on");
		assertThat(demo.get("/api/v1/identity/me", token).statusCode()).isEqualTo(401);

		List<String> types = audit.search(id, 50).stream().map(AuditLeaf::type).toList();
		assertThat(types).contains("identity.user-created", "identity.roles-changed", "identity.user-locked", "identity.user-unlocked",
				"identity.second-factor-reset", "identity.password-change-requested", "identity.token-issued",
				"identity.user-deactivated");
		String tokenId = jdbc.sql("select id::text from identity_api_token where holder = ?::uuid").param(id).query(String.class).single();
		assertThat(audit.search(tokenId, 10).stream().map(AuditLeaf::type)).contains("identity.token-issued", "identity.token-revoked");
		assertThat(audit.search(id, 50)).allSatisfy(leaf -> assertThat(new String(leaf.data(), StandardCharsets.UTF_8))
			.doesNotContain(username, password, token));
	}

	@Test
	void aUserAskedForANewPasswordChoosesItBeforeAnyOtherPage() {
		DemoLogins.Browser admin = admin("VN");
		String username = "vn-renew-" + UUID.randomUUID().toString().substring(0, 6);
		String password = shown(admin.submit("/admin/users/new", "/admin/users",
				List.of(Map.entry("username", username), Map.entry("authority", VN_CENTRAL_AUTHORITY), Map.entry("roles", "OBSERVER")))
			.body(), "initial-password");
		String id = userId(username);
		assertThat(admin.get("/admin/users?q=" + username).body()).contains("Not needed (observer)");
		DemoLogins.Browser observer = demo.browser();
		observer.submit("/login", "/login", Map.of("username", username, "password", password));
		assertThat(observer.get("/assistance").statusCode()).isEqualTo(200);

		admin.submit("/admin/users/" + id, "/admin/users/" + id + "/password-change", Map.of());

		HttpResponse<String> sentBack = observer.get("/assistance");
		assertThat(sentBack.statusCode()).isEqualTo(302);
		assertThat(sentBack.headers().firstValue("Location").orElse("")).endsWith("/account");
		assertThat(observer.get("/account").body()).contains("A node administrator asks you to choose a new password");
		observer.submit("/account", "/account/password", Map.of("currentPassword", password, "newPassword", "a long new passphrase"));
		assertThat(observer.get("/assistance").statusCode()).isEqualTo(200);
		assertThat(column(id, "password_change_required")).isFalse();
	}

	@Test
	void anAdministratorCannotLockOrDeactivateThemselvesNorTakeAwayTheLastAdministrator() {
		assertThat(jdbc.sql("""
				select count(*) from identity_user u join identity_user_role r on r.user_id = u.id
				where u.state = 'GH' and r.role = 'NODE_ADMIN' and u.deactivated_at is null and not u.locked_by_administrator""")
			.query(Long.class)
			.single()).as("Ghana's demo node administrator is the only one").isEqualTo(1);
		DemoLogins.Browser admin = admin("GH");
		String self = userId("gh-node-admin");
		String page = "/admin/users/" + self;

		HttpResponse<String> lock = admin.submit(page, page + "/lock", Map.of("confirm", "yes"));
		HttpResponse<String> deactivate = admin.submit(page, page + "/deactivate", Map.of("confirm", "yes"));
		HttpResponse<String> roles = admin.submit(page, page + "/roles", Map.of("roles", "CASE_HANDLER"));

		assertThat(lock.statusCode()).isEqualTo(409);
		assertThat(lock.body()).contains("You cannot lock your own account");
		assertThat(deactivate.statusCode()).isEqualTo(409);
		assertThat(deactivate.body()).contains("You cannot deactivate your own account");
		assertThat(roles.statusCode()).isEqualTo(409);
		assertThat(roles.body()).contains("This is the last active node administrator of your State");
		assertThat(admin.get(page).statusCode()).as("still signed in as an administrator").isEqualTo(200);
		assertThat(column(self, "locked_by_administrator")).isFalse();
		assertThat(jdbc.sql("select count(*) from identity_user_role where user_id = ?::uuid and role = 'NODE_ADMIN'")
			.param(self)
			.query(Long.class)
			.single()).isEqualTo(1);
		HttpResponse<String> overApi = demo.send("PUT", "/api/v1/identity/users/" + self + "/roles", demo.of("GH", Role.NODE_ADMIN).apiToken(),
				"{\"roles\":[\"CASE_HANDLER\"]}");
		assertThat(overApi.statusCode()).isEqualTo(409);
		assertThat(overApi.body()).contains("urn:hanoinet:problem:account-act-refused", "last-administrator");
	}

	@Test
	void badInputIsRefusedWithTheApisMessageNextToTheFieldInEitherLanguage() {
		DemoLogins.Browser admin = admin("VN");
		String token = demo.of("VN", Role.NODE_ADMIN).apiToken();
		JsonMapper json = JsonMapper.builder().build();

		HttpResponse<String> badName = admin.submit("/admin/users/new", "/admin/users",
				List.of(Map.entry("username", "X!"), Map.entry("authority", VN_CENTRAL_AUTHORITY), Map.entry("roles", "OBSERVER")));
		HttpResponse<String> noRoles = admin.submit("/admin/users/new", "/admin/users",
				List.of(Map.entry("username", "vn-without-roles"), Map.entry("authority", VN_CENTRAL_AUTHORITY)));
		String apiBadName = json.readTree(demo.send("POST", "/api/v1/identity/users", token,
				"{\"username\":\"X!\",\"authority\":\"" + VN_CENTRAL_AUTHORITY + "\",\"roles\":[\"OBSERVER\"]}").body()).path("detail").asString();
		String apiTaken = json.readTree(demo.send("POST", "/api/v1/identity/users", token,
				"{\"username\":\"vn-auditor\",\"authority\":\"" + VN_CENTRAL_AUTHORITY + "\",\"roles\":[\"OBSERVER\"]}").body()).path("detail").asString();
		HttpResponse<String> taken = admin.submit("/admin/users/new", "/admin/users",
				List.of(Map.entry("username", "vn-auditor"), Map.entry("authority", VN_CENTRAL_AUTHORITY), Map.entry("roles", "OBSERVER")));
		HttpResponse<String> vietnamese = admin.submit("/admin/users/new", "/admin/users?lang=vi",
				List.of(Map.entry("username", "X!"), Map.entry("authority", VN_CENTRAL_AUTHORITY), Map.entry("roles", "OBSERVER")));

		assertThat(badName.statusCode()).isEqualTo(400);
		assertThat(shown(badName.body(), "username-error")).isEqualTo(apiBadName);
		assertThat(badName.body()).contains("aria-invalid=\"true\"", "value=\"X!\"");
		assertThat(shown(taken.body(), "username-error").replace("&#39;", "'")).isEqualTo(apiTaken);
		assertThat(noRoles.statusCode()).isEqualTo(400);
		assertThat(shown(noRoles.body(), "roles-error")).isEqualTo("A user needs at least one role.");
		assertThat(shown(vietnamese.body(), "username-error")).startsWith("Tên đăng nhập có từ 3 đến 64 ký tự");
		assertThat(jdbc.sql("select count(*) from identity_user where username = 'vn-without-roles'").query(Long.class).single()).isZero();
	}

	private DemoLogins.Browser admin(String state) {
		return demo.signedIn(state, Role.NODE_ADMIN, new UnusedTotpCodes(jdbc, clock));
	}

	/** Signs a new user in for the first time: the password, then enrolment of an app with the secret the page shows. */
	private void signInAndEnrol(String username, String password) {
		DemoLogins.Browser user = demo.browser();
		HttpResponse<String> first = user.submit("/login", "/login", Map.of("username", username, "password", password));
		assertThat(first.headers().firstValue("Location").orElse("")).endsWith("/login/enrol");
		Matcher secret = TOTP_SECRET.matcher(user.get("/login/enrol").body());
		assertThat(secret.find()).isTrue();
		HttpResponse<String> enrolled = user.submit("/login/enrol", "/login/enrol",
				Map.of("code", DemoLogins.totp(secret.group(1), clock.instant())));
		assertThat(enrolled.body()).contains("Your recovery codes");
	}

	private String userId(String username) {
		return jdbc.sql("select id::text from identity_user where username = ?").param(username).query(String.class).single();
	}

	private boolean column(String id, String column) {
		return jdbc.sql("select " + column + " from identity_user where id = ?::uuid").param(id).query(Boolean.class).single();
	}

	private static String shown(String body, String id) {
		Matcher shown = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]+)<").matcher(body);
		assertThat(shown.find()).as("an element #" + id).isTrue();
		return shown.group(1).strip();
	}

	private static String between(String body, String start, String end) {
		int from = body.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return body.substring(from, body.indexOf(end, from));
	}

	private static List<String> rows(String body) {
		Matcher row = Pattern.compile("<th scope=\"row\"><a href=\"[^\"]+\">([^<]+)</a></th>").matcher(body);
		List<String> names = new ArrayList<>();
		while (row.find()) {
			names.add(row.group(1));
		}
		return names;
	}
}
