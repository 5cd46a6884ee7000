package org.hanoinet.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hanoinet.directory.Authorities;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.AuthorityKind;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAuthorities implements Authorities {

	private static final String COLUMNS = "select id, state, kind, name, email, phone from directory_authority ";

	private final JdbcClient jdbc;

	JdbcAuthorities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Authority> findAll() {
		return jdbc.sql(COLUMNS + "order by state, kind, name").query(JdbcAuthorities::map).list();
	}

	@Override
	public List<Authority> findByState(CountryCode state) {
		return jdbc.sql(COLUMNS + "where state = ? order by kind, name").param(state.value()).query(JdbcAuthorities::map).list();
	}

	@Override
	public Optional<Authority> findById(AuthorityId id) {
		return jdbc.sql(COLUMNS + "where id = ?").param(id.value()).query(JdbcAuthorities::map).optional();
	}

	@Override
	public boolean addIfAbsent(Authority authority) {
		return jdbc.sql("""
				insert into directory_authority (id, state, kind, name, email, phone)
				values (?, ?, ?, ?, ?, ?) on conflict (id) do nothing""")
			.params(authority.id().value(), authority.state().value(), authority.kind().name(), authority.name(),
					authority.email(), authority.phone())
			.update() == 1;
	}

	private static Authority map(ResultSet row, int number) throws SQLException {
		return new Authority(new AuthorityId(row.getObject("id", UUID.class)), CountryCode.of(row.getString("state")),
				AuthorityKind.valueOf(row.getString("kind")), row.getString("name"), row.getString("email"),
				row.getString("phone"));
	}
}
