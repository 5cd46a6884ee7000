package org.hanoinet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hanoinet.TestNodes.json;
import static org.hanoinet.TestNodes.logins;
import static org.hanoinet.TestNodes.port;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hanoinet.NodeHttp;
import org.hanoinet.TestNodes;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two real nodes on loopback: node A is the secretariat, node B pins A's key and URL. B follows what A
 * publishes, and keeps its last good copy across a restart when A cannot be reached.
 */
class TwoNodeDirectoryTests {

	static final Duration REFRESH = Duration.ofSeconds(2);

	/** Time for one fetch and verification on a busy build machine, on top of the refresh period. */
	static final Duration FETCH_ALLOWANCE = Duration.ofSeconds(5);

	final String run = UUID.randomUUID().toString();

	ConfigurableApplicationContext nodeA;

	ConfigurableApplicationContext nodeB;

	@AfterEach
	void stopNodes() {
		TestNodes.stop(nodeB, nodeA);
	}

	@Test
	void nodeBPicksUpAnAuthorityPublishedByTheSecretariatWithinOneRefreshPeriod() {
		nodeA = start("a", "--hanoinet.name=Secretariat node", "--hanoinet.directory.secretariat=true");
		NodeHttp a = http(nodeA).withToken(logins(nodeA).of("VN", Role.SECRETARIAT).apiToken());
		nodeB = start("b", TestNodes.following(nodeA, "http://127.0.0.1:" + port(nodeA), REFRESH), "--hanoinet.name=Follower node",
				"--hanoinet.demo=false");
		NodeHttp b = http(nodeB);
		DemoLogins.Browser visitor = DemoLogins.withoutLogins(port(nodeB)).browser();
		assertThat(visitor.get("/login").body()).as("a node not in demo mode lists no demo account")
			.contains("Sign in").doesNotContain("Demo accounts of this node", "/login/demo");
		// over plain HTTP a production node's cookies are Secure, so the form is refused before the route: 403, or 404
		assertThat(visitor.submit("/login", "/login/demo", java.util.Map.of("username", "vn-supervisor")).statusCode())
			.as("nor signs anyone in by the demo route").isIn(403, 404);
		long first = json(a.get("/api/v1/directory/trust")).path("version").asLong();
		await().atMost(REFRESH.plus(FETCH_ALLOWANCE))
			.untilAsserted(() -> assertThat(json(b.get("/api/v1/directory/trust")).path("version").asLong()).isEqualTo(first));

		HttpResponse<String> registered = a.post("/api/v1/directory/authorities", "application/json", """
				{"state":"GH","kind":"COMPETENT_AUTHORITY","name":"Economic and Organised Crime Office",
				 "email":"eoco@gh.example.org","phone":"+233 30 000 0099","languages":["en"],
				 "timeZone":"Africa/Accra","availability":"OFFICE_HOURS","officeOpens":"08:00","officeCloses":"17:00"}""");
		assertThat(registered.statusCode()).isEqualTo(201);
		String newAuthority = json(registered).path("id").asString();
		HttpResponse<String> published = a.post("/api/v1/directory/publications", "application/json", "");
		assertThat(published.statusCode()).isEqualTo(201);
		Instant publishedAt = Instant.now();

		await().atMost(REFRESH.plus(FETCH_ALLOWANCE)).untilAsserted(() -> {
			JsonNode trust = json(b.get("/api/v1/directory/trust"));
			assertThat(trust.path("version").asLong()).isEqualTo(first + 1);
		});
		assertThat(Duration.between(publishedAt, Instant.now())).isLessThan(REFRESH.plus(FETCH_ALLOWANCE));
		TrustedDirectory followed = nodeB.getBean(TrustedDirectory.class);
		assertThat(followed.current().orElseThrow().authorities()).extracting(authority -> authority.id().toString())
			.contains(newAuthority);
		assertThat(b.get("/directory/states/GH").body()).contains("Economic and Organised Crime Office");
		assertThat(b.get("/federation/v1/directory").body()).isEqualTo(a.get("/federation/v1/directory").body());
		assertThat(directoryHealth(nodeB).getStatus().getCode()).isEqualTo("UP");

		nodeB.close();
		nodeB = start("b", TestNodes.following(nodeA, "http://127.0.0.1:9", REFRESH), "--hanoinet.demo=false");
		NodeHttp restarted = http(nodeB);

		assertThat(json(restarted.get("/api/v1/directory/trust")).path("version").asLong()).isEqualTo(first + 1);
		await().atMost(REFRESH.plus(FETCH_ALLOWANCE)).untilAsserted(() -> {
			assertThat(json(restarted.get("/api/v1/directory/trust")).path("refused").asString()).isEqualTo("UNREACHABLE");
			assertThat(directoryHealth(nodeB).getStatus().getCode()).isEqualTo("WARNING");
			assertThat(directoryHealth(nodeB).getDetails()).containsEntry("refused", "UNREACHABLE");
		});
	}

	private ConfigurableApplicationContext start(String name, String... arguments) {
		return start(name, List.of(), arguments);
	}

	private ConfigurableApplicationContext start(String name, List<String> following, String... arguments) {
		List<String> all = new ArrayList<>(following);
		all.addAll(List.of(arguments));
		return TestNodes.start("target/test-nodes/two-nodes-" + run + "-" + name, all.toArray(String[]::new));
	}

	private static Health directoryHealth(ConfigurableApplicationContext node) {
		return node.getBean("directoryHealthIndicator", HealthIndicator.class).health();
	}

	private static NodeHttp http(ConfigurableApplicationContext node) {
		return new NodeHttp(port(node));
	}
}
