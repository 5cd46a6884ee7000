package org.hanoinet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hanoinet.NodeTest;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.DemoLogins.Login;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.UnusedTotpCodes;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.shared.AuditableEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the audit log receives from identity: each change is an auditable event published inside the
 * transaction of the change (so the audit leaf commits with it), carrying ids and hashes, never secrets or names.
 */
@NodeTest
class AuditedIdentityEventsIntegrationTests {

	static final String GH_CENTRAL_AUTHORITY = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000005";

	record Published(AuditableEvent event, boolean inTransaction) {
	}

	@LocalServerPort
	int port;

	@Autowired
	NodeProperties node;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	final List<Published> published = new CopyOnWriteArrayList<>();

	final ApplicationListener<PayloadApplicationEvent<?>> recorder = event -> {
		if (event.getPayload() instanceof AuditableEvent auditable) {
			published.add(new Published(auditable, TransactionSynchronizationManager.isActualTransactionActive()));
		}
	};

	DemoLogins demo;

	@BeforeEach
	void listen() {
		demo = new DemoLogins(node.dataDir(), port);
		context.addApplicationListener(recorder);
	}

	@AfterEach
	void stopListening() {
		context.removeApplicationListener(recorder);
	}

	@Test
	void creatingAUserChangingItsRolesAndIssuingAndRevokingATokenAreAuditedInsideTheirTransactions() {
		String admin = demo.of("GH", Role.NODE_ADMIN).apiToken();
		JsonNode user = JsonMapper.builder().build().readTree(demo.send("POST", "/api/v1/identity/users", admin,
				"{\"username\":\"gh-audited\",\"authority\":\"" + GH_CENTRAL_AUTHORITY + "\",\"roles\":[\"CASE_HANDLER\"]}").body());
		String userId = user.path("user").path("id").asString();
		HttpResponse<String> changed = demo.send("PUT", "/api/v1/identity/users/" + userId + "/roles", admin,
				"{\"roles\":[\"CASE_HANDLER\",\"SUPERVISOR\"]}");
		JsonNode token = JsonMapper.builder().build().readTree(demo.send("POST", "/api/v1/identity/tokens", admin,
				"{\"label\":\"audited\",\"authority\":\"" + GH_CENTRAL_AUTHORITY + "\",\"roles\":[\"OBSERVER\"]}").body());
		demo.send("DELETE", "/api/v1/identity/tokens/" + token.path("token").path("id").asString(), admin, null);

		assertThat(changed.body()).contains("\"roles\":[\"CASE_HANDLER\",\"SUPERVISOR\"]");
		assertThat(published).extracting(recorded -> recorded.event().auditType())
			.containsExactly("identity.user-created", "identity.roles-changed", "identity.token-issued", "identity.token-revoked");
		assertThat(published).allSatisfy(recorded -> assertThat(recorded.inTransaction()).isTrue());
		assertThat(published.get(1).event().auditFields()).containsEntry("user", userId)
			.containsEntry("before", "CASE_HANDLER")
			.containsEntry("after", "CASE_HANDLER,SUPERVISOR");
		assertThat(published.get(2).event().auditFields()).containsEntry("tokenSha256",
				Secrets.sha256Hex(token.path("secret").asString()));
		assertThat(published).allSatisfy(recorded -> assertThat(recorded.event().auditFields().values())
			.doesNotContain("gh-audited", token.path("secret").asString(), user.path("initialPassword").asString()));
	}

	@Test
	void signInStepsAreAuditedInsideTheirTransactionsWithoutTheUsername() {
		Login observer = demo.of("GH", Role.OBSERVER);

		DemoLogins.Browser browser = demo.browser();
		browser.submit("/login", "/login", Map.of("username", observer.user(), "password", "wrong"));
		browser.submit("/login", "/login", Map.of("username", observer.user(), "password", observer.password()));
		browser.submit("/login/code", "/login/code", Map.of("code", new UnusedTotpCodes(jdbc, clock).codeFor(observer)));

		assertThat(published).extracting(recorded -> recorded.event().auditType())
			.containsExactly("identity.login-failed", "identity.login-succeeded");
		assertThat(published.get(0).event().auditFields()).containsEntry("usernameSha256", Secrets.sha256Hex(observer.user()))
			.containsEntry("reason", "wrong-password");
		assertThat(published.get(1).event().auditFields()).containsEntry("method", "password+totp");
		assertThat(published).allSatisfy(recorded -> {
			assertThat(recorded.inTransaction()).isTrue();
			assertThat(recorded.event().auditFields().values()).doesNotContain(observer.user(), observer.password(), "127.0.0.1");
		});
	}
}
