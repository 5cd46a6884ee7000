package org.hanoinet.exchange;

import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hanoinet.TestNodes;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;

/**
 * Two demo nodes as JVM processes of their own on loopback, for the campaigns that kill or freeze a node: Viet Nam's
 * (the secretariat, also serving Ghana) and Brazil's, registered with each other. Its requests are what an officer
 * and a supervisor of Viet Nam do: draft an urgent preservation request to Brazil's 24/7 point of contact, submit
 * it, approve it. A step whose answer is lost because a node died is retried as a person would, after looking at
 * the case.
 */
final class ProcessNetwork implements AutoCloseable {

	final NodeProcess vietNam;

	final NodeProcess brazil;

	final DemoLogins atVietNam;

	final DemoLogins atBrazil;

	private final ExecutorService clients = Executors.newFixedThreadPool(4);

	private ProcessNetwork(NodeProcess vietNam, NodeProcess brazil, DemoLogins atVietNam, DemoLogins atBrazil) {
		this.vietNam = vietNam;
		this.brazil = brazil;
		this.atVietNam = atVietNam;
		this.atBrazil = atBrazil;
	}

	/** Starts both nodes under {@code root}, with extra settings for each, and registers Brazil's with the secretariat. */
	static ProcessNetwork start(Path root, List<String> vietNamSettings, List<String> brazilSettings) throws Exception {
		List<String> first = new ArrayList<>(List.of("--hanoinet.directory.secretariat=true", "--hanoinet.directory.node-id=node-vn",
				"--hanoinet.directory.served-states=VN,GH"));
		first.addAll(vietNamSettings);
		NodeProcess vietNam = new NodeProcess(root.resolve("vn"), first.toArray(String[]::new)).start();
		NodeProcess brazil = null;
		try {
			DemoLogins atVietNam = new DemoLogins(vietNam.dataDir(), vietNam.port());
			String secretariatKey = TestNodes.secretariatKey(atVietNam);
			List<String> second = new ArrayList<>(List.of("--hanoinet.directory.node-id=node-br",
					"--hanoinet.directory.secretariat-url=http://127.0.0.1:" + vietNam.port(),
					"--hanoinet.directory.secretariat-key=" + secretariatKey, "--hanoinet.directory.refresh-period=2s"));
			second.addAll(brazilSettings);
			brazil = new NodeProcess(root.resolve("br"), second.toArray(String[]::new)).start();
			ProcessNetwork network = new ProcessNetwork(vietNam, brazil, atVietNam, new DemoLogins(brazil.dataDir(), brazil.port()));
			network.register();
			return network;
		}
		catch (Exception | Error failed) {
			if (brazil != null) {
				brazil.stop();
			}
			vietNam.stop();
			throw failed;
		}
	}

	/** Sends {@code count} urgent requests from Viet Nam to Brazil, four at a time, and returns their case ids. */
	List<String> send(int count) throws Exception {
		List<Future<String>> sent = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			sent.add(clients.submit(this::sendOne));
		}
		List<String> ids = new ArrayList<>();
		for (Future<String> id : sent) {
			ids.add(id.get());
		}
		return ids;
	}

	/**
	 * Drafts, submits and approves one urgent preservation request at Viet Nam's node and returns its id. While the
	 * node is down each step is tried again every half second, for up to three minutes; a step whose answer was lost
	 * is not repeated once the case shows it was done.
	 */
	String sendOne() throws InterruptedException {
		String officer = atVietNam.of("VN", Role.DUTY_OFFICER).apiToken();
		String supervisor = atVietNam.of("VN", Role.SUPERVISOR).apiToken();
		String id = retrying(() -> {
			HttpResponse<String> drafted = atVietNam.send("POST", "/api/v1/cases", officer, "{\"type\":\"PRESERVATION\","
					+ "\"requestedAuthority\":\"" + TestNodes.BR_POINT_OF_CONTACT + "\",\"contents\":" + TestNodes.PRESERVATION + "}");
			return drafted.statusCode() == 201 ? TestNodes.json(drafted).path("id").asString() : null;
		});
		retrying(() -> step(id, "/submit", officer, "AWAITING_APPROVAL"));
		retrying(() -> step(id, "/approve", supervisor, "SENT"));
		return id;
	}

	/** Performs the step, or recognises that it was done before its answer was lost; {@code null} to try again. */
	private String step(String id, String path, String token, String after) {
		HttpResponse<String> answer = atVietNam.send("POST", "/api/v1/cases/" + id + path, token, null);
		if (answer.statusCode() == 200) {
			return id;
		}
		HttpResponse<String> now = atVietNam.get("/api/v1/cases/" + id, token);
		if (now.statusCode() == 200 && !TestNodes.json(now).path("status").asString().equals(statusBefore(after))) {
			return id;
		}
		return null;
	}

	private static String statusBefore(String after) {
		return after.equals("SENT") ? "AWAITING_APPROVAL" : "DRAFT";
	}

	private interface Attempt {
		String attempt();
	}

	private static String retrying(Attempt attempt) throws InterruptedException {
		long giveUp = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		RuntimeException last = null;
		while (System.nanoTime() < giveUp) {
			try {
				String done = attempt.attempt();
				if (done != null) {
					return done;
				}
			}
			catch (UncheckedIOException nodeDown) {
				last = nodeDown;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("Viet Nam's node did not take the request within three minutes", last);
	}

	/** How many envelopes of the node's outbox are in {@code state} (PENDING or DEAD; the API lists at most 1,000). */
	long outbox(DemoLogins node, String state) {
		String administrator = node.of(node == atVietNam ? "VN" : "BR", Role.NODE_ADMIN).apiToken();
		HttpResponse<String> answer = node.get("/api/v1/exchange/outbox?limit=1000&state=" + state.toLowerCase(), administrator);
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("The outbox answered " + answer.statusCode() + ": " + answer.body());
		}
		return TestNodes.json(answer).size();
	}

	/** Waits until neither node has an envelope pending; returns how long that took. */
	Duration drain(Duration atMost) {
		long started = System.nanoTime();
		await().atMost(atMost).pollInterval(Duration.ofMillis(500))
			.until(() -> outbox(atVietNam, "pending") == 0 && outbox(atBrazil, "pending") == 0);
		return Duration.ofNanos(System.nanoTime() - started);
	}

	/** What each side holds of each case, read by the two States' duty officers. */
	Comparison compare(List<String> cases) throws Exception {
		String vietNamsOfficer = atVietNam.of("VN", Role.DUTY_OFFICER).apiToken();
		String brazilsOfficer = atBrazil.of("BR", Role.DUTY_OFFICER).apiToken();
		List<Future<String>> verdicts = new ArrayList<>();
		for (String id : cases) {
			verdicts.add(clients.submit(() -> {
				List<String> sent = hashes(atVietNam.get("/api/v1/cases/" + id, vietNamsOfficer));
				HttpResponse<String> there = atBrazil.get("/api/v1/cases/" + id, brazilsOfficer);
				if (there.statusCode() == 404) {
					return "lost";
				}
				List<String> received = hashes(there);
				if (received.equals(sent)) {
					return "identical";
				}
				return received.size() > sent.size() || received.stream().distinct().count() < received.size() ? "doubled" : "different";
			}));
		}
		int identical = 0;
		int lost = 0;
		int doubled = 0;
		int different = 0;
		for (Future<String> verdict : verdicts) {
			switch (verdict.get()) {
				case "identical" -> identical++;
				case "lost" -> lost++;
				case "doubled" -> doubled++;
				default -> different++;
			}
		}
		return new Comparison(cases.size(), identical, lost, doubled, different);
	}

	/** The outcome over every case sent: identical chains at both nodes, missing at Brazil, doubled, or otherwise apart. */
	record Comparison(int sent, int identical, int lost, int doubled, int different) {
	}

	private static List<String> hashes(HttpResponse<String> view) {
		if (view.statusCode() != 200) {
			throw new IllegalStateException("The case answered " + view.statusCode() + ": " + view.body());
		}
		return TestNodes.json(view).path("events").valueStream().map(event -> event.path("hash").asString()).toList();
	}

	private void register() throws Exception {
		TestNodes.registerBrazil(atVietNam, "node-br", brazil.rawPublicKey(), "http://127.0.0.1:" + brazil.port(), atBrazil,
				Duration.ofSeconds(30));
	}

	@Override
	public void close() throws InterruptedException {
		clients.shutdownNow();
		brazil.stop();
		vietNam.stop();
	}
}
