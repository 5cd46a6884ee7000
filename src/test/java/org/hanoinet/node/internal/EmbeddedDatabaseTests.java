package org.hanoinet.node.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class EmbeddedDatabaseTests {

	@TempDir
	Path dataDir;

	@Test
	void dataWrittenBeforeAStopIsThereAfterTheNextStart() throws Exception {
		Path cluster = dataDir.resolve("postgres");
		try (EmbeddedDatabase first = EmbeddedDatabase.start(cluster)) {
			JdbcClient jdbc = jdbcOn(first);
			jdbc.sql("create table note (text text)").update();
			jdbc.sql("insert into note values ('preserve the logs of 25 October')").update();
		}
		try (EmbeddedDatabase second = EmbeddedDatabase.start(cluster)) {
			assertThat(jdbcOn(second).sql("select text from note").query(String.class).list())
				.containsExactly("preserve the logs of 25 October");
		}
	}

	@Test
	void theServerRunsWithDurableCommitsAndOnLoopbackOnly() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir.resolve("postgres"))) {
			JdbcClient jdbc = jdbcOn(database);
			assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("show listen_addresses").query(String.class).single()).isEqualTo("127.0.0.1");
		}
	}

	private static JdbcClient jdbcOn(EmbeddedDatabase database) {
		return JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), "postgres", ""));
	}
}
