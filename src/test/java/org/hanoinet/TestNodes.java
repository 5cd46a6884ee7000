package org.hanoinet;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.hanoinet.directory.ThisNode;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeKeys;
import org.hanoinet.node.NodeProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * Whole demo nodes started in this JVM, each with its own data directory (so its own embedded PostgreSQL and
 * key), for tests and load drivers that need two nodes talking over loopback: node A is the secretariat serving
 * Viet Nam, node B follows A's directory and serves Brazil once A has registered it.
 */
public final class TestNodes {

	public static final String BR_CENTRAL_AUTHORITY = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000003";

	public static final String BR_POINT_OF_CONTACT = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000004";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TestNodes() {
	}

	/** A node with its data under {@code dataDir} and the given command-line arguments. */
	public static ConfigurableApplicationContext start(String dataDir, String... arguments) {
		List<String> all = new ArrayList<>(List.of("--hanoinet.data-dir=" + dataDir));
		all.addAll(List.of(arguments));
		return new SpringApplicationBuilder(HanoiNetApplication.class).run(all.toArray(String[]::new));
	}

	/** The demo logins of a node, for its HTTP API. */
	public static DemoLogins logins(ConfigurableApplicationContext node) {
		return new DemoLogins(node.getBean(NodeProperties.class).dataDir(), port(node));
	}

	public static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

	/** The secretariat key a follower pins, as the secretariat node publishes it. */
	public static String secretariatKey(DemoLogins secretariat) {
		return JSON.readTree(secretariat.get("/api/v1/directory/trust", null).body()).path("secretariatKey").asString();
	}

	/**
	 * The secretariat registers {@code node} at {@code endpoint} as serving Brazil's central authority and point of
	 * contact, publishes the directory, and waits until the node has taken that version.
	 */
	public static void registerBrazil(DemoLogins secretariat, ConfigurableApplicationContext node, String endpoint, Duration within) {
		String token = secretariat.of("VN", Role.SECRETARIAT).apiToken();
		String key = Base64.getUrlEncoder().withoutPadding().encodeToString(node.getBean(NodeKeys.class).rawPublicKey());
		var registered = secretariat.send("PUT", "/api/v1/directory/nodes/" + node.getBean(ThisNode.class).id(), token,
				"{\"endpoint\":\"" + endpoint + "\",\"publicKey\":\"" + key + "\",\"authorities\":[\"" + BR_CENTRAL_AUTHORITY + "\",\""
						+ BR_POINT_OF_CONTACT + "\"]}");
		if (registered.statusCode() != 200) {
			throw new IllegalStateException("The secretariat refused to register the node: " + registered.body());
		}
		var published = secretariat.send("POST", "/api/v1/directory/publications", token, null);
		if (published.statusCode() != 201) {
			throw new IllegalStateException("The secretariat did not publish the directory: " + published.body());
		}
		long version = JSON.readTree(published.body()).path("version").asLong();
		DemoLogins follower = logins(node);
		await().atMost(within).pollInterval(Duration.ofMillis(200)).until(
				() -> JSON.readTree(follower.get("/api/v1/directory/trust", null).body()).path("version").asLong() >= version);
	}
}
