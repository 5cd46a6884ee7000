package org.hanoinet.node.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.hanoinet.node.NodeStartupFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server a node runs for itself when no external database is configured. Its cluster lives
 * in the node's data directory, so data survives restarts; it listens on the loopback interface only.
 */
final class EmbeddedDatabase implements AutoCloseable {

	static final String DATABASE = "hanoinet";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/** Starts the server on the cluster in {@code clusterDir}, creating the cluster on first use. */
	static EmbeddedDatabase start(Path clusterDir) {
		if ("root".equals(System.getProperty("user.name"))) {
			throw new NodeStartupFailure("The embedded PostgreSQL refuses to run as root: start the node with "
					+ "./hanoinet run (it takes care of this), as another user, or set HANOINET_DATABASE_URL.");
		}
		boolean firstStart = !Files.exists(clusterDir.resolve("PG_VERSION"));
		stopLeftoverServer(clusterDir);
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(clusterDir)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("listen_addresses", "127.0.0.1")
				// The library's defaults suit throw-away test databases; a node's data must survive a crash.
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("max_connections", "100")
				.start();
			EmbeddedDatabase database = new EmbeddedDatabase(postgres);
			database.createDatabaseIfMissing();
			log.info("Embedded PostgreSQL {} on 127.0.0.1:{} with its data in {}",
					firstStart ? "created and started" : "started", postgres.getPort(), clusterDir);
			return database;
		}
		catch (IOException | SQLException | RuntimeException failed) {
			throw new NodeStartupFailure("The embedded PostgreSQL could not start in " + clusterDir + ": "
					+ firstLine(failed) + ".", failed);
		}
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", DATABASE);
	}

	DataSource adminDataSource() {
		return postgres.getPostgresDatabase();
	}

	@Override
	public void close() throws IOException {
		postgres.close();
		log.info("Embedded PostgreSQL stopped");
	}

	private void createDatabaseIfMissing() throws SQLException {
		try (Connection connection = adminDataSource().getConnection();
				Statement statement = connection.createStatement()) {
			var existing = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
			if (!existing.next()) {
				statement.execute("create database " + DATABASE + " encoding 'UTF8'");
			}
		}
	}

	/**
	 * A node killed without a chance to stop its database leaves the server running on the cluster; the
	 * next start would then fail on the lock file. Stop that server first, politely.
	 */
	private static void stopLeftoverServer(Path clusterDir) {
		Path pidFile = clusterDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		Optional<ProcessHandle> leftover;
		try {
			List<String> lines = Files.readAllLines(pidFile);
			leftover = lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException unreadable) {
			return;
		}
		leftover.filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false))
			.ifPresent(process -> {
				log.warn("Stopping the PostgreSQL server (pid {}) left running on {} by an earlier run", process.pid(),
						clusterDir);
				process.destroy();
				process.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
			});
	}

	private static String firstLine(Throwable failure) {
		String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		return message.lines().findFirst().orElse(message).replaceAll("[.\\s]+$", "");
	}
}
