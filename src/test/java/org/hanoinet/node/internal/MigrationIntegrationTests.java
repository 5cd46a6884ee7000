package org.hanoinet.node.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.UUID;

import org.hanoinet.NodeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@NodeTest
class MigrationIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyMigrationIsAppliedSuccessfullyOnPostgresql() throws IOException {
		int shipped = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;

		var applied = jdbc.sql("select version, success from flyway_schema_history where version is not null order by installed_rank")
			.query((row, n) -> row.getBoolean("success"))
			.list();

		assertThat(shipped).isPositive();
		assertThat(applied).hasSize(shipped).containsOnly(true);
		assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
	}

	@Test
	void theSchemaRefusesAnAuthorityWithAMalformedStateCode() {
		assertThatThrownBy(() -> jdbc
			.sql("insert into directory_authority (id, state, kind, name) values (?, 'vn', 'CENTRAL_AUTHORITY', 'X')")
			.param(UUID.randomUUID())
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc
			.sql("insert into directory_authority (id, state, kind, name) values (?, 'VN', 'EMBASSY', 'X')")
			.param(UUID.randomUUID())
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseStopsAnyStatementOfTheNodeThatRunsLongerThanThirtySeconds() {
		assertThat(jdbc.sql("show statement_timeout").query(String.class).single()).isEqualTo("30s");
	}
}
