package org.hanoinet.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hanoinet.identity.Caller;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.User;
import org.hanoinet.identity.UserId;
import org.hanoinet.identity.Users;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users and their credentials in PostgreSQL. */
@Repository
public class JdbcUsers implements Users {

	private static final String SELECT = """
			select u.id, u.username, u.authority_id, u.state, u.password_hash, u.totp_secret, u.last_totp_step,
			       u.failed_attempts, u.locked_until, u.last_signed_in_at, u.locked_by_administrator,
			       u.password_change_required, u.deactivated_at,
			       coalesce(array_agg(r.role order by r.role) filter (where r.role is not null), '{}') as roles
			from identity_user u left join identity_user_role r on r.user_id = u.id
			""";

	/** The users of one State, by a part of the username and a role, each optional; never another State's. */
	private static final String SEARCH = """
			where u.state = ? and strpos(u.username, ?) > 0
			  and (?::text is null or exists (select 1 from identity_user_role m where m.user_id = u.id and m.role = ?::text))
			""";

	private final JdbcClient jdbc;

	private final SecretBox secrets;

	JdbcUsers(JdbcClient jdbc, SecretBox secrets) {
		this.jdbc = jdbc;
		this.secrets = secrets;
	}

	@Override
	public List<User> visibleTo(Caller caller) {
		return jdbc.sql(SELECT + "where u.state = ? group by u.id order by u.username")
			.param(caller.state().value())
			.query(this::credentials)
			.list()
			.stream()
			.map(Credentials::user)
			.toList();
	}

	@Override
	public Optional<User> findVisible(UserId id, Caller caller) {
		return jdbc.sql(SELECT + "where u.id = ? and u.state = ? group by u.id")
			.params(id.value(), caller.state().value())
			.query(this::credentials)
			.optional()
			.map(Credentials::user);
	}

	/** For sign-in only: the user with the given username, whatever the State. */
	public Optional<Credentials> credentialsOf(String username) {
		return jdbc.sql(SELECT + "where u.username = ? group by u.id").param(username).query(this::credentials).optional();
	}

	public Optional<Credentials> credentialsOf(UserId id) {
		return jdbc.sql(SELECT + "where u.id = ? group by u.id").param(id.value()).query(this::credentials).optional();
	}

	public boolean usernameTaken(String username) {
		return jdbc.sql("select count(*) from identity_user where username = ?").param(username).query(Long.class).single() > 0;
	}

	public void add(UserId id, String username, AuthorityId authority, CountryCode state, Set<Role> roles,
			String passwordHash, String totpSecret, boolean demo, Instant now) {
		jdbc.sql("""
				insert into identity_user (id, username, authority_id, state, password_hash, totp_secret, demo, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), username, authority.value(), state.value(), passwordHash,
					totpSecret == null ? null : secrets.seal(totpSecret, id.toString()), demo, Timestamp.from(now))
			.update();
		setRoles(id, roles);
	}

	public void setRoles(UserId id, Set<Role> roles) {
		jdbc.sql("delete from identity_user_role where user_id = ?").param(id.value()).update();
		for (Role role : roles) {
			jdbc.sql("insert into identity_user_role (user_id, role) values (?, ?)").params(id.value(), role.name()).update();
		}
	}

	/** Replaces the password, which also meets an administrator's demand for a new one. */
	public void setPasswordHash(UserId id, String passwordHash) {
		jdbc.sql("update identity_user set password_hash = ?, password_change_required = false where id = ?")
			.params(passwordHash, id.value())
			.update();
	}

	/**
	 * One page of the users of the caller's State whose username contains {@code text} (any, when blank) and who hold
	 * {@code role} (any, when null), by username.
	 */
	public List<User> search(Caller caller, String text, Role role, int offset, int limit) {
		return jdbc.sql(SELECT + SEARCH + "group by u.id order by u.username offset ? limit ?")
			.params(searchParameters(caller, text, role, offset, limit))
			.query(this::credentials)
			.list()
			.stream()
			.map(Credentials::user)
			.toList();
	}

	/** How many users {@link #search} finds in all its pages. */
	public long count(Caller caller, String text, Role role) {
		return jdbc.sql("select count(*) from identity_user u " + SEARCH)
			.params(searchParameters(caller, text, role))
			.query(Long.class)
			.single();
	}

	private static List<Object> searchParameters(Caller caller, String text, Role role, Object... page) {
		String name = role == null ? null : role.name();
		String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		List<Object> parameters = new ArrayList<>(Arrays.asList(caller.state().value(), typed, name, name));
		parameters.addAll(Arrays.asList(page));
		return parameters;
	}

	/** Locks the account until an administrator unlocks it. */
	public void lockByAdministrator(UserId id) {
		jdbc.sql("update identity_user set locked_by_administrator = true where id = ?").param(id.value()).update();
	}

	/** Lifts both locks, the administrator's and the one repeated failures set, and starts counting failures again. */
	public void unlock(UserId id) {
		jdbc.sql("update identity_user set locked_by_administrator = false, locked_until = null, failed_attempts = 0 where id = ?")
			.param(id.value())
			.update();
	}

	/** Forgets the authenticator secret and the recovery codes: the user enrols an app again at the next sign-in. */
	public void resetSecondFactor(UserId id) {
		jdbc.sql("update identity_user set totp_secret = null where id = ?").param(id.value()).update();
		jdbc.sql("delete from identity_recovery_code where user_id = ?").param(id.value()).update();
	}

	public void requirePasswordChange(UserId id) {
		jdbc.sql("update identity_user set password_change_required = true where id = ?").param(id.value()).update();
	}

	public void deactivate(UserId id, Instant now) {
		jdbc.sql("update identity_user set deactivated_at = ? where id = ? and deactivated_at is null")
			.params(Timestamp.from(now), id.value())
			.update();
	}

	/** The users of the State who hold NODE_ADMIN and may still sign in: active and not locked by an administrator. */
	public long countActiveAdministratorsOf(CountryCode state) {
		return jdbc.sql("""
				select count(*) from identity_user u join identity_user_role r on r.user_id = u.id
				where u.state = ? and r.role = 'NODE_ADMIN' and u.deactivated_at is null and not u.locked_by_administrator""")
			.param(state.value())
			.query(Long.class)
			.single();
	}

	/** Counts one more failure; locks the account until {@code lockUntil} when given, and starts counting again. */
	public void recordFailure(UserId id, Instant lockUntil) {
		if (lockUntil == null) {
			jdbc.sql("update identity_user set failed_attempts = failed_attempts + 1 where id = ?").param(id.value()).update();
		}
		else {
			jdbc.sql("update identity_user set failed_attempts = 0, locked_until = ? where id = ?")
				.params(Timestamp.from(lockUntil), id.value())
				.update();
		}
	}

	public void recordSuccess(UserId id, Instant now) {
		jdbc.sql("update identity_user set failed_attempts = 0, locked_until = null, last_signed_in_at = ? where id = ?")
			.params(Timestamp.from(now), id.value())
			.update();
	}

	/** Accepts a TOTP time step only if it is newer than the last accepted one, so no code is used twice. */
	public boolean acceptTotpStep(UserId id, long step) {
		return jdbc.sql("update identity_user set last_totp_step = ? where id = ? and last_totp_step < ?")
			.params(step, id.value(), step)
			.update() == 1;
	}

	public void enrolTotp(UserId id, String secret, long acceptedStep) {
		jdbc.sql("update identity_user set totp_secret = ?, last_totp_step = ? where id = ?")
			.params(secrets.seal(secret, id.toString()), acceptedStep, id.value())
			.update();
	}

	public void replaceRecoveryCodes(UserId id, List<byte[]> hashes) {
		jdbc.sql("delete from identity_recovery_code where user_id = ?").param(id.value()).update();
		for (byte[] hash : hashes) {
			jdbc.sql("insert into identity_recovery_code (user_id, code_hash) values (?, ?)").params(id.value(), hash).update();
		}
	}

	/** Marks an unused recovery code as used; false when there is no such unused code. */
	public boolean useRecoveryCode(UserId id, byte[] hash, Instant now) {
		return jdbc.sql("update identity_recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null")
			.params(Timestamp.from(now), id.value(), hash)
			.update() == 1;
	}

	public int unusedRecoveryCodes(UserId id) {
		return jdbc.sql("select count(*) from identity_recovery_code where user_id = ? and used_at is null")
			.param(id.value())
			.query(Integer.class)
			.single();
	}

	public long countAdministratorsOf(AuthorityId authority) {
		return jdbc.sql("""
				select count(*) from identity_user u join identity_user_role r on r.user_id = u.id
				where u.authority_id = ? and r.role = 'NODE_ADMIN'""")
			.param(authority.value())
			.query(Long.class)
			.single();
	}

	public long countDemo() {
		return jdbc.sql("select count(*) from identity_user where demo").query(Long.class).single();
	}

	private Credentials credentials(ResultSet row, int number) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Array array = row.getArray("roles");
		Arrays.stream((Object[]) array.getArray()).map(Object::toString).map(Role::valueOf).forEach(roles::add);
		UUID id = row.getObject("id", UUID.class);
		String sealed = row.getString("totp_secret");
		User.Access access = new User.Access(instant(row.getTimestamp("last_signed_in_at")), row.getInt("failed_attempts"),
				row.getBoolean("locked_by_administrator"), row.getBoolean("password_change_required"),
				instant(row.getTimestamp("deactivated_at")));
		User user = new User(new UserId(id), row.getString("username"),
				new AuthorityId(row.getObject("authority_id", UUID.class)), CountryCode.of(row.getString("state")), roles,
				sealed != null, instant(row.getTimestamp("locked_until")), access);
		return new Credentials(user, row.getString("password_hash"), sealed, row.getLong("last_totp_step"),
				row.getInt("failed_attempts"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** The user's TOTP secret in clear, for checking a code; null when none is enrolled. */
	public String totpSecretOf(Credentials credentials) {
		return credentials.sealedTotpSecret() == null ? null
				: secrets.open(credentials.sealedTotpSecret(), credentials.user().id().toString());
	}

	/** A user with what sign-in checks (the TOTP secret still sealed); never leaves the identity module. */
	public record Credentials(User user, String passwordHash, String sealedTotpSecret, long lastTotpStep, int failedAttempts) {
	}
}
