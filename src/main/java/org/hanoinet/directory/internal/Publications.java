package org.hanoinet.directory.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.hanoinet.directory.SignedDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every version of the directory the secretariat signed, kept for the publication history. */
@Repository
class Publications {

	private static final String COLUMNS = "select version, issued_at, expires_at, key_id, jws from directory_publication ";

	private final JdbcClient jdbc;

	Publications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SignedDirectory> latest() {
		return jdbc.sql(COLUMNS + "order by version desc limit 1").query(Publications::map).optional();
	}

	List<SignedDirectory> history() {
		return jdbc.sql(COLUMNS + "order by version desc").query(Publications::map).list();
	}

	/** The next version number; the caller's transaction holds a lock so two publications never share one. */
	long nextVersion() {
		jdbc.sql("lock table directory_publication in exclusive mode").update();
		return jdbc.sql("select coalesce(max(version), 0) + 1 from directory_publication").query(Long.class).single();
	}

	void add(SignedDirectory signed) {
		jdbc.sql("insert into directory_publication (version, issued_at, expires_at, key_id, jws) values (?, ?, ?, ?, ?)")
			.params(signed.version(), Timestamp.from(signed.issuedAt()), Timestamp.from(signed.expiresAt()),
					signed.keyId(), signed.jws())
			.update();
	}

	private static SignedDirectory map(java.sql.ResultSet row, int n) throws java.sql.SQLException {
		return new SignedDirectory(row.getLong("version"), row.getTimestamp("issued_at").toInstant(),
				row.getTimestamp("expires_at").toInstant(), row.getString("key_id"), row.getString("jws"));
	}
}
