package org.hanoinet.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hanoinet.directory.Authorities;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.AuthorityKind;
import org.hanoinet.directory.Availability;
import org.hanoinet.directory.Designation;
import org.hanoinet.directory.OfficeHours;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAuthorities implements Authorities {

	private static final String COLUMNS = """
			select id, state, kind, name, local_name, email, phone, languages, time_zone, availability,
			       office_opens, office_closes, valid_from, valid_to
			from directory_authority
			""";

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
				insert into directory_authority (state, kind, name, local_name, email, phone, languages, time_zone,
				    availability, office_opens, office_closes, valid_from, valid_to, id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""")
			.params(values(authority))
			.update() == 1;
	}

	@Override
	public void update(Authority authority) {
		jdbc.sql("""
				update directory_authority set state = ?, kind = ?, name = ?, local_name = ?, email = ?, phone = ?,
				    languages = ?, time_zone = ?, availability = ?, office_opens = ?, office_closes = ?,
				    valid_from = ?, valid_to = ?
				where id = ?""").params(values(authority)).update();
	}

	private static List<Object> values(Authority authority) {
		OfficeHours hours = authority.officeHours();
		return Arrays.asList(authority.state().value(), authority.kind().name(), authority.name(), authority.localName(),
				authority.email(), authority.phone(), String.join(",", authority.languages()),
				authority.timeZone().getId(), authority.availability().name(),
				hours == null ? null : Time.valueOf(hours.opens()), hours == null ? null : Time.valueOf(hours.closes()),
				timestamp(authority.designation().validFrom()), timestamp(authority.designation().validTo()),
				authority.id().value());
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Authority map(ResultSet row, int number) throws SQLException {
		Time opens = row.getTime("office_opens");
		Time closes = row.getTime("office_closes");
		Timestamp validTo = row.getTimestamp("valid_to");
		return new Authority(new AuthorityId(row.getObject("id", UUID.class)), CountryCode.of(row.getString("state")),
				AuthorityKind.valueOf(row.getString("kind")), row.getString("name"), row.getString("local_name"),
				row.getString("email"), row.getString("phone"), List.of(row.getString("languages").split(",")),
				Authority.timeZone(row.getString("time_zone")), Availability.valueOf(row.getString("availability")),
				opens == null ? null : new OfficeHours(opens.toLocalTime(), closes.toLocalTime()),
				new Designation(row.getTimestamp("valid_from").toInstant(), validTo == null ? null : validTo.toInstant()));
	}
}
