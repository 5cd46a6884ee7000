package org.hanoinet.clocks.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.hanoinet.HanoiNetApplication;
import org.hanoinet.clocks.ClockFired;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How fast due clocks fire, and how late, on a whole node (its embedded PostgreSQL with fsync and synchronous
 * commit on, its worker, its audit log recording one leaf per fired clock) holding one million open clocks.
 * Each measured round makes {@code dueClocks} of them come due evenly over {@code windowSeconds} and waits
 * until all fired; the score is how long a round took (about the window when the worker keeps up). Warm-up
 * rounds make {@code burstClocks} due at the same instant, as after a restart, which shows how many clocks
 * per second the worker can fire at most. The figures that matter are printed after each round: clocks
 * fired per second, and the delay from each clock's due time to its firing, as recorded ({@code fired_at})
 * and as committed (when the fired clock became visible). Goal: every clock within one second of due.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClockFiringBenchmark {

	static final int OPEN_CLOCKS = 1_000_000;

	@Param("100000")
	int dueClocks;

	@Param("50")
	int windowSeconds;

	@Param("20000")
	int burstClocks;

	int roundClocks;

	int roundWindowSeconds;

	Path dataDir;

	ConfigurableApplicationContext node;

	JdbcClient jdbc;

	UUID round;

	Instant windowStart;

	long[] committedDelayMicros;

	final AtomicInteger committed = new AtomicInteger();

	final Clock wall = Clock.systemUTC();

	@Setup(Level.Trial)
	public void startNodeWithAMillionOpenClocks() throws IOException {
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		dataDir = Files.createTempDirectory("hanoinet-bench-clocks");
		node = new SpringApplicationBuilder(HanoiNetApplication.class).logStartupInfo(false)
			.run("--server.port=0", "--hanoinet.demo=true", "--hanoinet.data-dir=" + dataDir, "--logging.level.root=WARN");
		jdbc = node.getBean(JdbcClient.class);
		node.addApplicationListener(ApplicationListener.forPayload(this::recordCommit));
		// Far from due: these stay open through every round, so each round starts with a million open clocks.
		Instant now = wall.instant();
		jdbc.sql("""
				insert into legal_clock (id, case_id, kind, state, started_at, due_at, started_by)
				select gen_random_uuid(), gen_random_uuid(), 'STATUS_RESPONSE', 'RUNNING', ?::timestamptz,
				       ?::timestamptz + i * interval '1 second',
				       gen_random_uuid()
				from generate_series(1, ?::int) i""")
			.params(Timestamp.from(now), Timestamp.from(now.plus(Duration.ofDays(30))), OPEN_CLOCKS - dueClocks)
			.update();
		jdbc.sql("analyze legal_clock").update();
		System.out.printf("%n[clocks bench] %,d open clocks far from due stored in %d s%n", OPEN_CLOCKS - dueClocks,
				Duration.between(now, wall.instant()).toSeconds());
	}

	@Setup(Level.Iteration)
	public void storeClocksDueOverTheWindow(IterationParams iteration) {
		boolean burst = iteration.getType() == IterationType.WARMUP;
		roundClocks = burst ? burstClocks : dueClocks;
		roundWindowSeconds = burst ? 0 : windowSeconds;
		round = UUID.randomUUID();
		committed.set(0);
		committedDelayMicros = new long[roundClocks];
		windowStart = wall.instant().plusSeconds(3);
		long stepMicros = roundWindowSeconds * 1_000_000L / roundClocks;
		jdbc.sql("""
				insert into legal_clock (id, case_id, kind, state, started_at, due_at, started_by)
				select gen_random_uuid(), ?, 'ACKNOWLEDGEMENT', 'RUNNING', ?::timestamptz,
				       ?::timestamptz + (i * ?::bigint) * interval '1 microsecond',
				       gen_random_uuid()
				from generate_series(0, ?::int - 1) i""")
			.params(round, Timestamp.from(wall.instant()), Timestamp.from(windowStart), stepMicros, roundClocks)
			.update();
		node.getBean(ClockWorker.class).wake(windowStart);
	}

	@Benchmark
	public int fireClocksDueOverTheWindow() throws InterruptedException {
		Instant giveUp = windowStart.plusSeconds(roundWindowSeconds + 300L);
		int open;
		do {
			TimeUnit.MILLISECONDS.sleep(200);
			open = jdbc.sql("select count(*) from legal_clock where case_id = ? and state = 'RUNNING'")
				.param(round)
				.query(Integer.class)
				.single();
		}
		while (open > 0 && wall.instant().isBefore(giveUp));
		return open;
	}

	@TearDown(Level.Iteration)
	public void printFigures() {
		Figures recorded = jdbc.sql("""
				select count(*),
				       extract(epoch from max(fired_at) - min(due_at)),
				       percentile_disc(0.5) within group (order by fired_at - due_at),
				       percentile_disc(0.99) within group (order by fired_at - due_at),
				       max(fired_at - due_at),
				       count(*) filter (where fired_at - due_at > interval '1 second')
				from legal_clock where case_id = ? and state = 'FIRED'""")
			.param(round)
			.query((row, number) -> new Figures(row.getLong(1), row.getDouble(2), millis(row.getString(3)),
					millis(row.getString(4)), millis(row.getString(5)), row.getLong(6)))
			.single();
		long[] delays = Arrays.copyOf(committedDelayMicros, Math.min(committed.get(), roundClocks));
		Arrays.sort(delays);
		String round = roundWindowSeconds == 0
				? String.format("%,d came due at the same instant (a backlog, as after a restart)", roundClocks)
				: String.format("%,d came due evenly over %d s (%,.0f per second)", roundClocks, roundWindowSeconds,
						(double) roundClocks / roundWindowSeconds);
		System.out.printf("""

				[clocks bench] %,d open clocks; %s
				[clocks bench]   fired: %,d in %.1f s from the first due time to the last firing: %,.0f per second
				[clocks bench]   delay from due time, as recorded:  p50 %.1f ms, p99 %.1f ms, max %.1f ms; over 1 s: %,d
				[clocks bench]   delay from due time, as committed: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n""",
				OPEN_CLOCKS, round, recorded.fired(), recorded.spanSeconds(), recorded.fired() / recorded.spanSeconds(),
				recorded.p50(), recorded.p99(), recorded.max(), recorded.overOneSecond(), percentile(delays, 0.5),
				percentile(delays, 0.99), delays.length == 0 ? Double.NaN : delays[delays.length - 1] / 1000.0);
	}

	@TearDown(Level.Trial)
	public void stopNode() {
		node.close();
	}

	private void recordCommit(Object payload) {
		if (payload instanceof ClockFired fired && round != null && fired.caseId().value().equals(round)) {
			Instant due = fired.dueAt();
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					int index = committed.getAndIncrement();
					if (index < committedDelayMicros.length) {
						committedDelayMicros[index] = Duration.between(due, wall.instant()).toNanos() / 1000;
					}
				}
			});
		}
	}

	private static double percentile(long[] sortedMicros, double fraction) {
		if (sortedMicros.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(fraction * sortedMicros.length) - 1;
		return sortedMicros[Math.max(0, index)] / 1000.0;
	}

	/** Milliseconds of a PostgreSQL interval in its text form, e.g. {@code 00:00:00.012345}. */
	private static double millis(String interval) {
		if (interval == null) {
			return Double.NaN;
		}
		boolean negative = interval.startsWith("-");
		String[] parts = interval.replace("-", "").split(":");
		double seconds = Integer.parseInt(parts[0]) * 3600.0 + Integer.parseInt(parts[1]) * 60.0 + Double.parseDouble(parts[2]);
		return (negative ? -seconds : seconds) * 1000.0;
	}

	record Figures(long fired, double spanSeconds, double p50, double p99, double max, long overOneSecond) {
	}
}
