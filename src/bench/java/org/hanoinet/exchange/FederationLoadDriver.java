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

import org.hanoinet.HanoiNetApplication;
import org.hanoinet.directory.ThisNode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Load driver for federation delivery, run by {@code ./hanoinet load-federation} (never by the tests). It
 * starts one node on loopback with its embedded PostgreSQL and sends urgent envelopes through the outbox to
 * the node's own inbox at fixed rates: each delivery is a durable outbox write, a signature, a loopback
 * HTTP exchange, a verification, a durable inbox write with a signed receipt, and the receipt's
 * verification and storage. Prints throughput and the latency from submit to stored receipt.
 */
public final class FederationLoadDriver {

	private FederationLoadDriver() {
	}

	public static void main(String[] args) throws Exception {
		int[] rates = args.length > 0 ? java.util.Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
				: new int[] { 100, 500, 1000, 1500 };
		Duration each = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 10);
		String dataDir = "target/load-federation/" + UUID.randomUUID();
		ConfigurableApplicationContext node = new SpringApplicationBuilder(HanoiNetApplication.class).run("--server.port=0",
				"--hanoinet.data-dir=" + dataDir, "--logging.level.root=WARN", "--logging.level.org.hanoinet=WARN");
		try {
			Outbox outbox = node.getBean(Outbox.class);
			TransactionTemplate transactions = node.getBean(TransactionTemplate.class);
			JdbcClient jdbc = node.getBean(JdbcClient.class);
			String self = node.getBean(ThisNode.class).id();
			System.out.printf("%nFederation load: one node on loopback sending to its own inbox, %d s per rate%n", each.toSeconds());
			System.out.printf("%8s %8s %10s %9s %9s %9s %9s %7s%n", "rate/s", "sent", "deliv/s", "p50 ms", "p95 ms", "p99 ms",
					"max ms", "dead");
			for (int rate : rates) {
				run(rate, each, outbox, transactions, jdbc, self);
			}
		}
		finally {
			node.close();
		}
	}

	private static void run(int rate, Duration each, Outbox outbox, TransactionTemplate transactions, JdbcClient jdbc,
			String self) throws InterruptedException {
		ConcurrentLinkedQueue<UUID> sent = new ConcurrentLinkedQueue<>();
		ScheduledExecutorService senders = Executors.newScheduledThreadPool(2);
		long periodNanos = 1_000_000_000L / rate;
		Instant start = Instant.now();
		senders.scheduleAtFixedRate(() -> sent.add(transactions.execute(status -> outbox.send(self, MessageKind.PING,
				Map.of("text", "urgent test"), null, true))), 0, periodNanos, TimeUnit.NANOSECONDS);
		Thread.sleep(each.toMillis());
		senders.shutdown();
		senders.awaitTermination(10, TimeUnit.SECONDS);
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
		Collections.sort(latencies);
		double seconds = Duration.between(start, last.toInstant()).toNanos() / 1e9;
		System.out.printf("%8d %8d %10.0f %9.2f %9.2f %9.2f %9.2f %7d%n", rate, ids.size(), latencies.size() / seconds,
				percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
				latencies.isEmpty() ? Double.NaN : latencies.getLast(), dead);
	}

	private static double percentile(List<Double> sorted, int percent) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index));
	}
}
