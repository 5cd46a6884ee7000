package org.hanoinet.exchange;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.hanoinet.TestNodes;
import org.hanoinet.identity.Role;

import tools.jackson.databind.JsonNode;

/**
 * The partition campaign of {@code ./hanoinet chaos partition} (and, in short form, of {@link NodePartitionTests}):
 * Brazil's node is frozen with SIGSTOP (its sockets stay open and nothing answers, the worst kind of partition for a
 * sender) while Viet Nam's officers send urgent preservation requests to it. Each request must be escalated to Viet
 * Nam's duty officer within the urgent-alert target of the sending node, each case must say to its users that it is
 * not yet delivered and why, and after the heal every request must arrive exactly once, with every alert closed by
 * the delivery.
 */
public final class PartitionCampaign {

	/** The campaign's figures; delays are from a request's approval to its alert at Viet Nam's node. */
	record Report(int requests, Duration partition, Duration target, int escalated, int escalatedInTarget,
			Duration medianDelay, Duration longestDelay, int shownUndelivered, int shownWithReason, String sampleReason,
			Duration deliveredAfterHeal, ProcessNetwork.Comparison cases, int alertsClosedByDelivery, long dead) {

		boolean clean() {
			return escalatedInTarget == requests && shownWithReason == requests && cases.identical() == requests
					&& alertsClosedByDelivery == requests && dead == 0;
		}
	}

	private PartitionCampaign() {
	}

	public static void main(String[] args) throws Exception {
		int requests = args.length > 0 ? Integer.parseInt(args[0]) : 100;
		Duration partition = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 600);
		Duration target = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 60);
		if (requests < 1 || requests > 1000) {
			throw new IllegalArgumentException("chaos partition sends from 1 to 1,000 requests, not " + requests);
		}
		if (partition.toSeconds() < 10 || partition.toSeconds() > 3600 || partition.compareTo(target.multipliedBy(2)) < 0) {
			throw new IllegalArgumentException("chaos partition lasts from 10 s to an hour and at least twice the alert target, not "
					+ partition.toSeconds() + " s");
		}
		Path root = Path.of("target/chaos-partition/" + UUID.randomUUID()).toAbsolutePath();
		Report report;
		try (ProcessNetwork network = start(root, target)) {
			report = run(network, requests, partition, target, System.out::println);
		}
		print(report);
		System.exit(report.clean() ? 0 : 1);
	}

	/** The two nodes, Viet Nam's alerting its duty officer when an urgent envelope is undelivered after {@code target}. */
	static ProcessNetwork start(Path root, Duration target) throws Exception {
		return ProcessNetwork.start(root, List.of("--hanoinet.exchange.urgent-alert-after=" + target.toSeconds() + "s"), List.of());
	}

	/**
	 * Freezes Brazil's node for {@code partition}, sends {@code requests} urgent requests during its first half, reads
	 * what Viet Nam's users see just before the heal, thaws Brazil's node and waits for everything to arrive.
	 */
	static Report run(ProcessNetwork network, int requests, Duration partition, Duration target, Consumer<String> progress)
			throws Exception {
		network.send(1);
		network.drain(Duration.ofMinutes(1));
		String officer = network.atVietNam.of("VN", Role.DUTY_OFFICER).apiToken();
		List<String> cases = new ArrayList<>();
		long frozenAt = System.nanoTime();
		network.brazil.freeze();
		progress.accept("froze Brazil's node (SIGSTOP) for " + partition.toSeconds() + " s");
		Duration healed;
		int shownUndelivered = 0;
		int shownWithReason = 0;
		String sampleReason = null;
		try {
			long spacing = partition.toNanos() / 2 / requests;
			for (int index = 0; index < requests; index++) {
				sleepUntil(frozenAt + spacing * index);
				cases.add(network.sendOne());
			}
			progress.accept(requests + " requests sent; the partition goes on");
			sleepUntil(frozenAt + partition.toNanos() - Duration.ofSeconds(2).toNanos());
			for (String id : cases) {
				JsonNode delivery = TestNodes.json(network.atVietNam.get("/api/v1/cases/" + id, officer)).path("delivery");
				if (delivery.path("state").asString("").equals("PENDING")) {
					shownUndelivered++;
					if (!delivery.path("lastError").asString("").isBlank()) {
						shownWithReason++;
						sampleReason = delivery.path("lastError").asString();
					}
				}
			}
			sleepUntil(frozenAt + partition.toNanos());
		}
		finally {
			network.brazil.thaw();
		}
		progress.accept("thawed Brazil's node after " + Duration.ofNanos(System.nanoTime() - frozenAt).toSeconds() + " s");
		healed = network.drain(Duration.ofMinutes(10));

		List<Duration> delays = new ArrayList<>();
		int closedByDelivery = 0;
		for (String id : cases) {
			JsonNode view = TestNodes.json(network.atVietNam.get("/api/v1/cases/" + id, officer));
			Instant approved = view.path("events").valueStream().filter(event -> event.path("act").asString().equals("APPROVE"))
				.map(event -> Instant.parse(event.path("occurredAt").asString())).findFirst().orElseThrow();
			HttpResponse<String> alerts = network.atVietNam.get("/api/v1/duty/alerts?case=" + id, officer);
			for (JsonNode alert : TestNodes.json(alerts)) {
				if (alert.path("kind").asString().equals("UNDELIVERED_ENVELOPE")) {
					delays.add(Duration.between(approved, Instant.parse(alert.path("raisedAt").asString())));
					if (!alert.path("open").asBoolean() && alert.path("acknowledgedVia").asString().equals("DELIVERED")) {
						closedByDelivery++;
					}
					break;
				}
			}
		}
		List<Duration> sorted = delays.stream().sorted().toList();
		// The exchange looks for overdue envelopes once a second, so an alert may come up to a second after the target.
		Duration allowed = target.plusSeconds(2);
		int inTarget = (int) sorted.stream().filter(delay -> delay.compareTo(allowed) <= 0).count();
		return new Report(requests, partition, target, sorted.size(), inTarget,
				sorted.isEmpty() ? Duration.ZERO : sorted.get(sorted.size() / 2), sorted.isEmpty() ? Duration.ZERO : sorted.getLast(),
				shownUndelivered, shownWithReason, sampleReason, healed, network.compare(cases), closedByDelivery,
				network.outbox(network.atVietNam, "dead") + network.outbox(network.atBrazil, "dead"));
	}

	static void print(Report report) {
		System.out.println();
		System.out.printf("chaos partition: Brazil's node frozen (SIGSTOP) for %d s while Viet Nam's node sent %d urgent requests%n",
				report.partition().toSeconds(), report.requests());
		System.out.printf("  escalated to Viet Nam's duty officer: %d of %d, %d within the %d s target (+2 s); delay from approval"
				+ " median %.1f s, longest %.1f s%n", report.escalated(), report.requests(), report.escalatedInTarget(),
				report.target().toSeconds(), report.medianDelay().toMillis() / 1000.0, report.longestDelay().toMillis() / 1000.0);
		System.out.printf("  shown as not yet delivered before the heal: %d, with the reason: %d (e.g. \"%s\")%n",
				report.shownUndelivered(), report.shownWithReason(), report.sampleReason());
		System.out.printf("  after the heal: both outboxes empty in %.1f s; identical chains %d, lost %d, doubled %d, otherwise"
				+ " different %d; alerts closed by the delivery %d; dead envelopes %d%n", report.deliveredAfterHeal().toMillis() / 1000.0,
				report.cases().identical(), report.cases().lost(), report.cases().doubled(), report.cases().different(),
				report.alertsClosedByDelivery(), report.dead());
		System.out.println(report.clean() ? "  RESULT: every request escalated in time and delivered exactly once" : "  RESULT: FAILED");
	}

	private static void sleepUntil(long nanoTime) throws InterruptedException {
		long left = nanoTime - System.nanoTime();
		if (left > 0) {
			Thread.sleep(Duration.ofNanos(left));
		}
	}
}
