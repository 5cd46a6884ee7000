package org.hanoinet.node.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.node.NodeStartupFailure;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the node's database: the external PostgreSQL named by {@code HANOINET_DATABASE_URL}, or else the
 * embedded one in the data directory. Either way the connection is tried once at start-up, so a wrong URL
 * or password is reported before anything else runs.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	/**
	 * The longest a statement of the node may run. PostgreSQL enforces it (a setting given when each pooled
	 * connection starts), so the driver arms no timer per statement, which cost about 7 % of the CPU of envelope
	 * delivery under load when JdbcTemplate's query timeout did the same.
	 */
	static final String STATEMENT_TIMEOUT = "30s";

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(NodeProperties properties, EmbeddedDatabaseLifecycle embedded) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("hanoinet");
		config.setMaximumPoolSize(10);
		config.setConnectionTimeout(10_000);
		NodeProperties.Database database = properties.database();
		if (database.external()) {
			config.setJdbcUrl(database.url());
			config.setUsername(database.user());
			config.setPassword(database.password());
		}
		else {
			config.setJdbcUrl(embedded.get().jdbcUrl());
			config.setUsername("postgres");
		}
		try {
			tryConnection(config);
		}
		catch (SQLException unreachable) {
			throw new NodeStartupFailure("Cannot connect to the database at " + config.getJdbcUrl() + " as user '"
					+ config.getUsername() + "': " + rootMessage(unreachable)
					+ ". Check HANOINET_DATABASE_URL, HANOINET_DATABASE_USER and HANOINET_DATABASE_PASSWORD.", unreachable);
		}
		config.addDataSourceProperty("options", "-c statement_timeout=" + STATEMENT_TIMEOUT);
		HikariDataSource dataSource = new HikariDataSource(config);
		return dataSource;
	}

	/**
	 * Migrations get connections of their own, outside the pool and without its statement timeout: building an
	 * index on a large table may rightly take longer than any statement of a request.
	 */
	@Bean
	FlywayConfigurationCustomizer migrationsWithoutStatementTimeout(HikariDataSource dataSource) {
		return configuration -> configuration.dataSource(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
	}

	@Bean
	EmbeddedDatabaseLifecycle embeddedDatabaseLifecycle(NodeProperties properties) {
		return new EmbeddedDatabaseLifecycle(properties);
	}

	/** One plain connection, so that a failure is reported once and briefly rather than by the pool. */
	private static void tryConnection(HikariConfig config) throws SQLException {
		Properties connection = new Properties();
		if (config.getUsername() != null) {
			connection.setProperty("user", config.getUsername());
		}
		if (config.getPassword() != null) {
			connection.setProperty("password", config.getPassword());
		}
		connection.setProperty("connectTimeout", "10");
		connection.setProperty("loginTimeout", "15");
		try (Connection tried = DriverManager.getConnection(config.getJdbcUrl(), connection)) {
			tried.isValid(5);
		}
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return message.lines().findFirst().orElse(message).replaceAll("[.\\s]+$", "");
	}

	/**
	 * Starts the embedded database only when it is asked for, and stops it when the node stops (after the
	 * connection pool, which depends on it).
	 */
	static final class EmbeddedDatabaseLifecycle implements AutoCloseable {

		private final NodeProperties properties;

		private EmbeddedDatabase database;

		EmbeddedDatabaseLifecycle(NodeProperties properties) {
			this.properties = properties;
		}

		synchronized EmbeddedDatabase get() {
			if (database == null) {
				database = EmbeddedDatabase.start(properties.embeddedDatabaseDir().toAbsolutePath().normalize());
			}
			return database;
		}

		@Override
		public synchronized void close() throws Exception {
			if (database != null) {
				database.close();
				database = null;
			}
		}
	}
}
