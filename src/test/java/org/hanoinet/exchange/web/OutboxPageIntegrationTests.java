package org.hanoinet.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.NodeTest;
import org.hanoinet.exchange.MessageKind;
import org.hanoinet.exchange.Outbox;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.UnusedTotpCodes;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** An administrator sees an envelope that cannot be delivered, with its last error; a case handler does not see the outbox. */
@NodeTest
class OutboxPageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	NodeProperties node;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorSeesAPendingEnvelopeWithItsLastErrorAndACaseHandlerIsRefused() {
		UUID id = transactions.execute(status -> outbox.send("node-unreachable", MessageKind.PING, Map.of(), null, true));
		await().atMost(Duration.ofSeconds(10)).until(() -> outbox.latest("PENDING", 1000).stream()
			.anyMatch(entry -> entry.messageId().equals(id) && entry.lastError() != null));

		HttpResponse<String> pending = signIn("BR", Role.NODE_ADMIN).get("/exchange/outbox?state=pending");
		HttpResponse<String> officer = signIn("BR", Role.CASE_HANDLER).get("/exchange/outbox");

		assertThat(pending.statusCode()).isEqualTo(200);
		assertThat(pending.body()).contains(id.toString(), "node-unreachable", "is not in the directory", "Pending");
		assertThat(officer.statusCode()).isEqualTo(403);
	}

	private DemoLogins.Browser signIn(String state, Role role) {
		return new DemoLogins(node.dataDir(), port).signedIn(state, role, new UnusedTotpCodes(jdbc, clock));
	}
}
