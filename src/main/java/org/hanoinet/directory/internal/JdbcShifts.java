package org.hanoinet.directory.internal;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.hanoinet.directory.Shift;
import org.hanoinet.directory.Shifts;
import org.hanoinet.shared.AuthorityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcShifts implements Shifts {

	private final JdbcClient jdbc;

	JdbcShifts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(Shift shift) {
		jdbc.sql("insert into directory_shift (id, authority_id, officer, starts_at, ends_at) values (?, ?, ?, ?, ?) on conflict (id) do nothing")
			.params(shift.id(), shift.authority().value(), shift.officer(), Timestamp.valueOf(shift.startsAt()),
					Timestamp.valueOf(shift.endsAt()))
			.update();
	}

	@Override
	public List<Shift> overlapping(AuthorityId authority, LocalDateTime from, LocalDateTime to) {
		return jdbc.sql("""
				select id, authority_id, officer, starts_at, ends_at from directory_shift
				where authority_id = ? and ends_at > ? and starts_at < ? order by starts_at""")
			.params(authority.value(), Timestamp.valueOf(from), Timestamp.valueOf(to))
			.query((row, n) -> new Shift(row.getObject("id", UUID.class), new AuthorityId(row.getObject("authority_id", UUID.class)),
					row.getString("officer"), row.getTimestamp("starts_at").toLocalDateTime(),
					row.getTimestamp("ends_at").toLocalDateTime()))
			.list();
	}
}
