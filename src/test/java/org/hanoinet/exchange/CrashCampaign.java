package org.hanoinet.exchange;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The crash campaign of {@code ./hanoinet chaos crash} (and, in short form, of {@link NodeCrashTests}): a stream of
 * urgent preservation requests from Viet Nam's node to Brazil's while each node in turn is killed with SIGKILL and
 * started again on its data, {@code kills} times each. Viet Nam's users keep sending while Brazil's node is down and
 * wait while their own is. Afterwards every request must be at Brazil's node exactly once with the same hash chain
 * as at Viet Nam's, and no envelope may be dead.
 */
public final class CrashCampaign {

	/** The campaign's figures. */
	record Report(ProcessNetwork.Comparison cases, long deadAtVietNam, long deadAtBrazil, List<Kill> kills,
			Duration sending, Duration recovery) {

		boolean clean() {
			return cases.identical() == cases.sent() && deadAtVietNam == 0 && deadAtBrazil == 0;
		}
	}

	/** One kill: which node, after how many requests, how long it was down, what Viet Nam's node held meanwhile. */
	record Kill(String node, int afterRequests, long downMillis, long waitingAtVietNam) {
	}

	private CrashCampaign() {
	}

	public static void main(String[] args) throws Exception {
		int requests = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int kills = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		if (requests < 10 || requests > 10_000) {
			throw new IllegalArgumentException("chaos crash sends from 10 to 10,000 requests, not " + requests);
		}
		if (kills < 1 || kills > 20) {
			throw new IllegalArgumentException("chaos crash kills each node from 1 to 20 times, not " + kills);
		}
		Path root = Path.of("target/chaos-crash/" + UUID.randomUUID()).toAbsolutePath();
		Report report;
		try (ProcessNetwork network = ProcessNetwork.start(root, List.of(), List.of())) {
			report = run(network, requests, kills, line -> System.out.println(line));
		}
		print(report);
		System.exit(report.clean() ? 0 : 1);
	}

	/**
	 * Sends {@code requests} urgent requests over the network while killing Brazil's node, then Viet Nam's, and so
	 * on, {@code kills} times each, evenly spread over the stream; then waits for both outboxes to drain.
	 */
	static Report run(ProcessNetwork network, int requests, int kills, java.util.function.Consumer<String> progress)
			throws Exception {
		List<String> cases = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger started = new AtomicInteger();
		// The killer hands out the requests phase by phase, so that the kills fall evenly over the stream however
		// long a node takes to start again: each node is killed while half of its phase's requests are in flight.
		Semaphore permits = new Semaphore(0);
		ExecutorService officers = Executors.newFixedThreadPool(4);
		long sendingStarted = System.nanoTime();
		List<Future<?>> streams = new ArrayList<>();
		for (int officer = 0; officer < 4; officer++) {
			streams.add(officers.submit(() -> {
				while (true) {
					permits.acquire();
					if (started.getAndIncrement() >= requests) {
						return null;
					}
					cases.add(network.sendOne());
				}
			}));
		}
		List<Kill> done = new ArrayList<>();
		try {
			int step = requests / (2 * kills + 1);
			int released = 0;
			for (int kill = 0; kill < 2 * kills; kill++) {
				NodeProcess victim = kill % 2 == 0 ? network.brazil : network.vietNam;
				String name = kill % 2 == 0 ? "Brazil" : "Viet Nam";
				permits.release(step);
				released += step;
				while (cases.size() < released - step / 2) {
					Thread.sleep(20);
				}
				victim.kill();
				long down = System.nanoTime();
				int after = cases.size();
				progress.accept("killed " + name + "'s node after " + after + " requests");
				long waiting = -1;
				if (victim == network.brazil) {
					// Viet Nam's users go on sending while Brazil's node is down.
					Thread.sleep(2_000);
					waiting = network.outbox(network.atVietNam, "pending");
				}
				victim.start();
				long restarted = System.nanoTime();
				done.add(new Kill(name, after, millis(restarted - down), waiting));
				progress.accept("restarted " + name + "'s node after " + millis(restarted - down) + " ms down");
				while (cases.size() < released) {
					Thread.sleep(20);
				}
			}
			permits.release(requests - released + 4);
			for (Future<?> stream : streams) {
				stream.get();
			}
		}
		finally {
			officers.shutdownNow();
		}
		Duration sending = Duration.ofNanos(System.nanoTime() - sendingStarted);
		progress.accept(cases.size() + " requests sent in " + sending.toSeconds() + " s; waiting for the outboxes to drain");
		Duration recovery = network.drain(Duration.ofMinutes(10));
		ProcessNetwork.Comparison comparison = network.compare(cases);
		return new Report(comparison, network.outbox(network.atVietNam, "dead"), network.outbox(network.atBrazil, "dead"), done,
				sending, recovery);
	}

	static void print(Report report) {
		System.out.println();
		System.out.println("chaos crash: urgent requests from Viet Nam's node to Brazil's while each node is killed (SIGKILL)");
		report.kills().forEach(kill -> System.out.println("  kill -9 " + kill.node() + "'s node after " + kill.afterRequests()
				+ " requests, down " + kill.downMillis() + " ms" + (kill.waitingAtVietNam() < 0 ? ""
						: ", " + kill.waitingAtVietNam() + " envelopes waiting at Viet Nam's node meanwhile")));
		System.out.printf("  sent %d in %.1f s, delivered with identical chains %d, lost %d, doubled %d, otherwise different %d%n",
				report.cases().sent(), report.sending().toMillis() / 1000.0, report.cases().identical(), report.cases().lost(),
				report.cases().doubled(), report.cases().different());
		System.out.printf("  dead envelopes: %d at Viet Nam's node, %d at Brazil's%n", report.deadAtVietNam(), report.deadAtBrazil());
		System.out.printf("  both outboxes empty %.1f s after the last request was approved%n", report.recovery().toMillis() / 1000.0);
		System.out.println(report.clean() ? "  RESULT: nothing lost, nothing doubled" : "  RESULT: FAILED");
	}

	private static long millis(long nanos) {
		return Duration.ofNanos(nanos).toMillis();
	}
}
