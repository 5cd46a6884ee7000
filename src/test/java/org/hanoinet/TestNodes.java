package org.hanoinet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hanoinet.directory.ThisNode;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeKeys;
import org.hanoinet.node.NodeProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whole demo nodes started in this JVM, each with its own data directory (so its own embedded PostgreSQL and
 * key), for tests and load drivers that need two nodes talking over loopback: node A is the secretariat serving
 * Viet Nam, node B follows A's directory and serves Brazil once A has registered it.
 */
public final class TestNodes {

	public static final String BR_CENTRAL_AUTHORITY = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000003";

	public static final String BR_POINT_OF_CONTACT = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000004";

	/** The contents of Viet Nam's urgent preservation request to Brazil, complete for the checker. */
	public static final String PRESERVATION = """
			{"legalBasis":{"kind":"TREATY","instrument":"Viet Nam-Brazil treaty on mutual legal assistance (demo)"},
			 "offenceBasis":{"kind":"CONVENTION_OFFENCE","article":7},"urgency":"URGENT","language":"en",
			 "conditions":{"confidential":true,"limitedUse":true},
			 "elements":{"OFFENCE_AND_FACTS":"Illegal access to a bank's servers on 2026-11-20.",
			   "DATA_AND_RELATION":"Connection logs of the account used in the intrusion.",
			   "CUSTODIAN_OR_LOCATION":"A webmail provider in São Paulo (fictitious).",
			   "NECESSITY":"The provider keeps logs for 30 days only.","INTENT_TO_REQUEST_ASSISTANCE":"yes"}}""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TestNodes() {
	}

	/**
	 * A node with its data under {@code dataDir} and the given command-line arguments, on a free port unless they
	 * name one.
	 */
	public static ConfigurableApplicationContext start(String dataDir, String... arguments) {
		return start(new Class<?>[0], dataDir, arguments);
	}

	/** The same, with test configurations (a movable clock…) added to the application's. */
	public static ConfigurableApplicationContext start(Class<?>[] configurations, String dataDir, String... arguments) {
		List<String> all = new ArrayList<>(List.of("--hanoinet.data-dir=" + dataDir));
		if (List.of(arguments).stream().noneMatch(argument -> argument.startsWith("--server.port="))) {
			all.add("--server.port=0");
		}
		all.addAll(List.of(arguments));
		List<Class<?>> sources = new ArrayList<>(List.of(HanoiNetApplication.class));
		sources.addAll(List.of(configurations));
		return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(all.toArray(String[]::new));
	}

	/** How a node run in a process of its own ended: its exit code and what it wrote. */
	public record Exit(int exitCode, String output) {
	}

	/**
	 * A node in a JVM of its own with the given arguments, run until it stops by itself (a start that fails), its
	 * output written to {@code log}; a node still running after 90 s fails the test.
	 */
	public static Exit runUntilStopped(Path log, String... arguments) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
				HanoiNetApplication.class.getName()));
		command.addAll(List.of(arguments));
		Process node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!node.waitFor(90, TimeUnit.SECONDS)) {
			node.destroyForcibly();
			throw new AssertionError("the node neither started nor stopped within 90 s:\n" + Files.readString(log));
		}
		return new Exit(node.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
	}

	/** Node A: the secretariat, serving Viet Nam and Ghana as {@code node-a}. */
	public static ConfigurableApplicationContext startSecretariat(Class<?>[] configurations, String dataDir, String... arguments) {
		List<String> all = new ArrayList<>(List.of("--hanoinet.directory.secretariat=true", "--hanoinet.directory.node-id=node-a",
				"--hanoinet.directory.served-states=VN,GH"));
		all.addAll(List.of(arguments));
		return start(configurations, dataDir, all.toArray(String[]::new));
	}

	public static ConfigurableApplicationContext startSecretariat(String dataDir, String... arguments) {
		return startSecretariat(new Class<?>[0], dataDir, arguments);
	}

	/**
	 * Node B: {@code node-b}, which pins the secretariat's key and fetches its directory every {@code refresh}; it
	 * serves nobody until {@link #registerBrazil} has run.
	 */
	public static ConfigurableApplicationContext startFollower(ConfigurableApplicationContext secretariat, Duration refresh,
			String dataDir, String... arguments) {
		List<String> all = new ArrayList<>(List.of("--hanoinet.directory.node-id=node-b"));
		all.addAll(following(secretariat, "http://127.0.0.1:" + port(secretariat), refresh));
		all.addAll(List.of(arguments));
		return start(dataDir, all.toArray(String[]::new));
	}

	/** The settings of a node that follows the directory {@code secretariat} publishes, fetched from {@code url}. */
	public static List<String> following(ConfigurableApplicationContext secretariat, String url, Duration refresh) {
		return List.of("--hanoinet.directory.secretariat-url=" + url,
				"--hanoinet.directory.secretariat-key=" + secretariatKey(logins(secretariat)),
				"--hanoinet.directory.refresh-period=" + refresh.toSeconds() + "s");
	}

	/** Stops the nodes that were started, in the order given (the follower before its secretariat). */
	public static void stop(ConfigurableApplicationContext... nodes) {
		for (ConfigurableApplicationContext node : nodes) {
			if (node != null) {
				node.close();
			}
		}
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
		return json(secretariat.get("/api/v1/directory/trust", null)).path("secretariatKey").asString();
	}

	/**
	 * The secretariat registers {@code node} at {@code endpoint} as serving Brazil's central authority and point of
	 * contact, publishes the directory, and waits until the node has taken that version.
	 */
	public static void registerBrazil(DemoLogins secretariat, ConfigurableApplicationContext node, String endpoint, Duration within) {
		registerBrazil(secretariat, node.getBean(ThisNode.class).id(), node.getBean(NodeKeys.class).rawPublicKey(), endpoint, logins(node),
				within);
	}

	/** The same for a node known by its id and key, whose directory {@code follower} reads (a node in its own process). */
	public static void registerBrazil(DemoLogins secretariat, String nodeId, byte[] publicKey, String endpoint, DemoLogins follower,
			Duration within) {
		String token = secretariat.of("VN", Role.SECRETARIAT).apiToken();
		String key = Base64.getUrlEncoder().withoutPadding().encodeToString(publicKey);
		var registered = secretariat.send("PUT", "/api/v1/directory/nodes/" + nodeId, token,
				"{\"endpoint\":\"" + endpoint + "\",\"publicKey\":\"" + key + "\",\"authorities\":[\"" + BR_CENTRAL_AUTHORITY + "\",\""
						+ BR_POINT_OF_CONTACT + "\"]}");
		if (registered.statusCode() != 200) {
			throw new IllegalStateException("The secretariat refused to register the node: " + registered.body());
		}
		var published = secretariat.send("POST", "/api/v1/directory/publications", token, null);
		if (published.statusCode() != 201) {
			throw new IllegalStateException("The secretariat did not publish the directory: " + published.body());
		}
		long version = json(published).path("version").asLong();
		await().atMost(within).pollInterval(Duration.ofMillis(200)).until(
				() -> json(follower.get("/api/v1/directory/trust", null)).path("version").asLong() >= version);
	}

	/**
	 * Viet Nam's duty officer drafts and submits {@link #PRESERVATION} to Brazil's point of contact and a supervisor
	 * approves it; the case as the approval returned it.
	 */
	public static JsonNode sendPreservation(DemoLogins vietNam) {
		String officer = vietNam.of("VN", Role.DUTY_OFFICER).apiToken();
		String id = ok(vietNam.send("POST", "/api/v1/cases", officer, "{\"type\":\"PRESERVATION\",\"requestedAuthority\":\""
				+ BR_POINT_OF_CONTACT + "\",\"contents\":" + PRESERVATION + "}"), 201).path("id").asString();
		ok(vietNam.send("POST", "/api/v1/cases/" + id + "/submit", officer, null), 200);
		return ok(vietNam.send("POST", "/api/v1/cases/" + id + "/approve", vietNam.of("VN", Role.SUPERVISOR).apiToken(), null), 200);
	}

	/** The body of a response, as JSON. */
	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** The body of a response as JSON, once its status is {@code status} (else the body says why not). */
	public static JsonNode ok(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return json(response);
	}
}
