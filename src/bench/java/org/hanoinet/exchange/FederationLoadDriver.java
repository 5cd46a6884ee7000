package org.hanoinet.exchange;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.hanoinet.TestNodes;
import org.hanoinet.directory.ThisNode;
import org.hanoinet.identity.DemoLogins;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Load driver for federation delivery, run by {@code ./hanoinet load-federation} (never by the tests). It
 * starts two nodes in this JVM, each with its own embedded PostgreSQL and key, on loopback: A (the
 * secretariat, serving Viet Nam) registers B (serving Brazil) in the directory, and then sends urgent
 * envelopes through its outbox to B's inbox at fixed rates. Each delivery is a durable outbox write at A, a
 * signature, a loopback HTTP exchange, a verification and a durable inbox write with a signed receipt at B,
 * and the receipt's verification and storage at A. Prints throughput and the latency from submit to stored
 * receipt; both nodes share the machine's cores.
 */
public final class FederationLoadDriver {

	/** How long the warm-up runs at each of its rates. */
	private static final int WARM_UP_SECONDS = Integer.getInteger("load.warmup", 10);

	private FederationLoadDriver() {
	}

	public static void main(String[] args) throws Exception {
		int[] rates = args.length > 0 ? java.util.Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
				: new int[] { 100, 500, 1000, 1500 };
		Duration each = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 10);
		String run = "target/load-federation/" + UUID.randomUUID();
		// Node A is the secretariat and serves Viet Nam; node B follows A's directory and serves Brazil.
		ConfigurableApplicationContext nodeA = TestNodes.startSecretariat(run + "/a", quiet());
		ConfigurableApplicationContext nodeB = null;
		try {
			DemoLogins secretariat = TestNodes.logins(nodeA);
			nodeB = TestNodes.startFollower(nodeA, Duration.ofSeconds(1), run + "/b", quiet("--hanoinet.directory.served-states=BR"));
			TestNodes.registerBrazil(secretariat, nodeB, "http://127.0.0.1:" + TestNodes.port(nodeB), Duration.ofSeconds(30));
			Outbox outbox = nodeA.getBean(Outbox.class);
			TransactionTemplate transactions = nodeA.getBean(TransactionTemplate.class);
			JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
			JdbcClient peer = nodeB.getBean(JdbcClient.class);
			String recipient = nodeB.getBean(ThisNode.class).id();
			// Warm-up, not reported: the JIT compiles the hot path (single and batched delivery) and the connection
			// pools fill, so that the figures are those of a node that has been running, not of its first minute.
			System.out.printf("%nWarming up: %d s each at 200, 500 and 1,000 envelopes per second%n", WARM_UP_SECONDS);
			for (int rate : new int[] { 200, 500, 1000 }) {
				run(rate, Duration.ofSeconds(WARM_UP_SECONDS), outbox, transactions, jdbc, peer, recipient, false);
			}
			// What the two idle nodes cost (timers, pollers, the directory refresh), to read the CPU per envelope against.
			long idleBefore = cpuNanos();
			Thread.sleep(5_000);
			System.out.printf("Both nodes idle: %.0f ms of CPU per second%n", (cpuNanos() - idleBefore) / 1e6 / 5);
			System.out.printf("%nFederation load: node A to node B, two nodes (two databases) on loopback, %d s per rate%n",
					each.toSeconds());
			System.out.printf("%8s %8s %10s %9s %9s %9s %9s %7s %9s %9s %13s %13s  %s%n", "rate/s", "sent", "deliv/s", "p50 ms",
					"p95 ms", "p99 ms", "max ms", "dead", "commits/e", "cpu ms/e", "to B p50/p99", "to A p50/p99",
					"load average (1, 5, 15 min) after");
			for (int rate : rates) {
				run(rate, each, outbox, transactions, jdbc, peer, recipient, true);
			}
		}
		finally {
			if (nodeB != null) {
				nodeB.close();
			}
			nodeA.close();
		}
	}

	/** The arguments, and logging of warnings only, so that the figures stand out. */
	private static String[] quiet(String... arguments) {
		List<String> all = new ArrayList<>(List.of("--logging.level.root=WARN", "--logging.level.org.hanoinet=WARN"));
		all.addAll(List.of(arguments));
		return all.toArray(String[]::new);
	}

	private static void run(int rate, Duration each, Outbox outbox, TransactionTemplate transactions, JdbcClient jdbc,
			JdbcClient peer, String recipient, boolean report) throws InterruptedException {
		ConcurrentLinkedQueue<UUID> sent = new ConcurrentLinkedQueue<>();
		// The clock thread only hands out submissions; each is its own transaction with a durable commit, so
		// they run on a pool large enough that the offered rate is really offered.
		ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
		java.util.concurrent.ExecutorService senders = Executors.newFixedThreadPool(16);
		long periodNanos = 1_000_000_000L / rate;
		long commitsBefore = commits(jdbc) + commits(peer);
		long cpuBefore = cpuNanos();
		Instant start = Instant.now();
		clock.scheduleAtFixedRate(() -> senders.execute(() -> sent.add(transactions.execute(status -> outbox.send(recipient,
				MessageKind.PING, Map.of("text", "urgent test"), null, true)))), 0, periodNanos, TimeUnit.NANOSECONDS);
		Thread.sleep(each.toMillis());
		clock.shutdown();
		clock.awaitTermination(10, TimeUnit.SECONDS);
		senders.shutdown();
		senders.awaitTermination(60, TimeUnit.SECONDS);
		List<UUID> ids = new ArrayList<>(sent);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		long delivered = 0;
		while (Instant.now().isBefore(deadline)) {
			delivered = jdbc.sql("select count(*) from exchange_outbox where message_id in (:ids) and state <> 'PENDING'")
				.param("ids", ids).query(Long.class).single();
			if (delivered == ids.size()) {
				break;
			}
			Thread.sleep(100);
		}
		List<Double> latencies = new ArrayList<>(jdbc.sql("""
				select extract(epoch from (delivered_at - created_at)) * 1000 from exchange_outbox
				where message_id in (:ids) and state = 'DELIVERED'
				""").param("ids", ids).query(Double.class).list());
		long dead = jdbc.sql("select count(*) from exchange_outbox where message_id in (:ids) and state = 'DEAD'")
			.param("ids", ids).query(Long.class).single();
		Timestamp last = jdbc.sql("select max(delivered_at) from exchange_outbox where message_id in (:ids)")
			.param("ids", ids).query(Timestamp.class).single();
		if (!report) {
			return;
		}
		// Where the time goes: submit to stored at B (submit commit, lease, HTTP, verification), and from there to
		// the receipt stored at A (B's commit, the answer, the receipt's verification, A's commit).
		Map<UUID, Instant> received = new java.util.HashMap<>();
		peer.sql("select message_id, received_at from exchange_inbox where message_id in (:ids)").param("ids", ids)
			.query((rs, row) -> received.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant())).list();
		List<Double> toInbox = new ArrayList<>();
		List<Double> toReceipt = new ArrayList<>();
		jdbc.sql("select message_id, created_at, delivered_at from exchange_outbox where message_id in (:ids) and state = 'DELIVERED'")
			.param("ids", ids)
			.query((rs, row) -> {
				Instant at = received.get(rs.getObject(1, UUID.class));
				if (at != null) {
					toInbox.add(Duration.between(rs.getTimestamp(2).toInstant(), at).toNanos() / 1e6);
					toReceipt.add(Duration.between(at, rs.getTimestamp(3).toInstant()).toNanos() / 1e6);
				}
				return null;
			}).list();
		Collections.sort(toInbox);
		Collections.sort(toReceipt);
		// Figures that the other work on the machine does not change: both databases' commits and this JVM's CPU
		// time (both nodes' Java work; PostgreSQL's own processes not included) per envelope delivered.
		double commitsPerEnvelope = (commits(jdbc) + commits(peer) - commitsBefore) / (double) Math.max(1, ids.size());
		double cpuMsPerEnvelope = (cpuNanos() - cpuBefore) / 1e6 / Math.max(1, ids.size());
		Collections.sort(latencies);
		double seconds = Duration.between(start, last.toInstant()).toNanos() / 1e9;
		System.out.printf("%8d %8d %10.0f %9.2f %9.2f %9.2f %9.2f %7d %9.2f %9.3f %6.2f/%-6.2f %6.2f/%-6.2f  %s%n", rate, ids.size(),
				latencies.size() / seconds, percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
				latencies.isEmpty() ? Double.NaN : latencies.getLast(), dead, commitsPerEnvelope, cpuMsPerEnvelope,
				percentile(toInbox, 50), percentile(toInbox, 99), percentile(toReceipt, 50), percentile(toReceipt, 99), loadAverage());
	}

	/** Commits of the node's database so far (statistics are flushed at each transaction end, so this lags a little). */
	private static long commits(JdbcClient jdbc) {
		return jdbc.sql("select xact_commit from pg_stat_database where datname = current_database()").query(Long.class).single();
	}

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** The machine's load average, so that figures taken while others compile on the same cores can be told apart. */
	private static String loadAverage() {
		try {
			String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (java.io.IOException | RuntimeException unavailable) {
			return "n/a";
		}
	}

	private static double percentile(List<Double> sorted, int percent) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index));
	}
}
