package org.hanoinet.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hanoinet.identity.ApiToken;
import org.hanoinet.identity.ApiTokenId;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.UserId;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens in PostgreSQL, by the SHA-256 of the token; the token itself is never stored. */
@Repository
public class JdbcApiTokens {

	private static final String SELECT = """
			select id, label, authority_id, state, roles, created_at, last_used_at, revoked_at, holder from identity_api_token
			""";

	private final JdbcClient jdbc;

	JdbcApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(ApiToken token, byte[] hash, boolean demo) {
		jdbc.sql("""
				insert into identity_api_token (id, token_hash, label, authority_id, state, roles, demo, created_at, holder)
				values (?, ?, ?, ?, ?, ?::text[], ?, ?, ?)""")
			.params(token.id().value(), hash, token.label(), token.authority().value(), token.state().value(),
					token.roles().stream().map(Role::name).sorted().toArray(String[]::new), demo,
					Timestamp.from(token.createdAt()), token.holder() == null ? null : token.holder().value())
			.update();
	}

	public boolean existsByHash(byte[] hash) {
		return jdbc.sql("select count(*) from identity_api_token where token_hash = ?").param(hash).query(Long.class).single() > 0;
	}

	/** The valid (unrevoked) token with this hash, and records that it was used now. */
	public Optional<ApiToken> use(byte[] hash, Instant now) {
		Optional<ApiToken> token = jdbc.sql(SELECT + "where token_hash = ? and revoked_at is null")
			.param(hash)
			.query(JdbcApiTokens::map)
			.optional();
		token.ifPresent(found -> jdbc.sql("update identity_api_token set last_used_at = ? where id = ?")
			.params(Timestamp.from(now), found.id().value())
			.update());
		return token;
	}

	public List<ApiToken> visibleTo(Caller caller) {
		return jdbc.sql(SELECT + "where state = ? order by created_at, label").param(caller.state().value()).query(JdbcApiTokens::map).list();
	}

	public Optional<ApiToken> findVisible(ApiTokenId id, Caller caller) {
		return jdbc.sql(SELECT + "where id = ? and state = ?")
			.params(id.value(), caller.state().value())
			.query(JdbcApiTokens::map)
			.optional();
	}

	/** The tokens issued to one user, revoked ones included, oldest first. */
	public List<ApiToken> heldBy(UserId holder) {
		return jdbc.sql(SELECT + "where holder = ? order by created_at, label").param(holder.value()).query(JdbcApiTokens::map).list();
	}

	public boolean revoke(ApiTokenId id, Instant now) {
		return jdbc.sql("update identity_api_token set revoked_at = ? where id = ? and revoked_at is null")
			.params(Timestamp.from(now), id.value())
			.update() == 1;
	}

	public long countDemo() {
		return jdbc.sql("select count(*) from identity_api_token where demo and revoked_at is null").query(Long.class).single();
	}

	private static ApiToken map(ResultSet row, int number) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((Object[]) row.getArray("roles").getArray()).map(Object::toString).map(Role::valueOf).forEach(roles::add);
		UUID holder = row.getObject("holder", UUID.class);
		return new ApiToken(new ApiTokenId(row.getObject("id", UUID.class)), row.getString("label"),
				new AuthorityId(row.getObject("authority_id", UUID.class)), CountryCode.of(row.getString("state")), roles,
				row.getTimestamp("created_at").toInstant(), instant(row.getTimestamp("last_used_at")),
				instant(row.getTimestamp("revoked_at")), holder == null ? null : new UserId(holder));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
