package org.hanoinet.audit.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.hanoinet.node.NodeKeys;
import org.hanoinet.shared.AuditableEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends per second to the PostgreSQL log by one writer, through the same code the node runs, against an
 * embedded PostgreSQL configured as the node's (fsync and synchronous commit on): one event per
 * transaction, as a change that publishes one event costs, and 100 events per transaction, as a batch.
 * Scores are appends per second in both cases.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PostgresAppendBenchmark {

	static final int BATCH = 100;

	Path dataDir;

	EmbeddedPostgres postgres;

	HikariDataSource dataSource;

	JdbcAuditLog log;

	TransactionTemplate transaction;

	List<AuditableEvent> batch;

	AuditableEvent single;

	@Setup
	public void startDatabase() throws IOException {
		// Keep the figures readable: the database's start-up chatter is not what is measured.
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		dataDir = Files.createTempDirectory("hanoinet-bench-postgres");
		postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(true)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
			.start();
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(4);
		dataSource = new HikariDataSource(config);
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		JdbcTransactionManager transactions = new JdbcTransactionManager(dataSource);
		log = new JdbcAuditLog(JdbcClient.create(dataSource), new JdbcTemplate(dataSource), new BenchKeys(),
				Clock.systemUTC(), transactions);
		transaction = new TransactionTemplate(transactions);
		single = event();
		batch = new ArrayList<>();
		for (int i = 0; i < BATCH; i++) {
			batch.add(event());
		}
	}

	@TearDown
	public void stopDatabase() throws IOException {
		System.out.printf("%n[audit bench] leaves in the PostgreSQL log at the end of the trial: %d%n", log.treeSize());
		dataSource.close();
		postgres.close();
	}

	@Benchmark
	public Object appendOneEventPerTransaction() {
		return transaction.execute(status -> log.append(List.of(single)));
	}

	@Benchmark
	@OperationsPerInvocation(BATCH)
	public Object appendHundredEventsPerTransaction() {
		return transaction.execute(status -> log.append(batch));
	}

	private static AuditableEvent event() {
		Map<String, String> fields = Map.of("userId", UUID.randomUUID().toString(), "authorityId",
				UUID.randomUUID().toString());
		return new BenchEvent("identity.login-succeeded", Instant.parse("2026-11-23T08:15:30.500Z"), fields);
	}

	record BenchEvent(String auditType, Instant occurredAt, Map<String, String> auditFields) implements AuditableEvent {
	}

	/** The benchmark signs nothing; a throw-away key stands in for the node's. */
	static final class BenchKeys implements NodeKeys {

		private final KeyPair pair;

		BenchKeys() {
			try {
				pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			}
			catch (java.security.GeneralSecurityException impossible) {
				throw new IllegalStateException(impossible);
			}
		}

		@Override
		public byte[] sign(byte[] data) {
			throw new UnsupportedOperationException("not needed by the benchmark");
		}

		@Override
		public PublicKey publicKey() {
			return pair.getPublic();
		}

		@Override
		public byte[] rawPublicKey() {
			byte[] encoded = pair.getPublic().getEncoded();
			return java.util.Arrays.copyOfRange(encoded, 12, encoded.length);
		}

		@Override
		public String keyId() {
			return "bench";
		}

		@Override
		public boolean verify(byte[] data, byte[] signature) {
			return false;
		}
	}
}
