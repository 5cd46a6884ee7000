package org.hanoinet.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.hanoinet.directory.Authorities;
import org.hanoinet.directory.Authority;
import org.hanoinet.identity.ApiToken;
import org.hanoinet.identity.ApiTokenId;
import org.hanoinet.identity.IdentityEvents.ApiTokenIssued;
import org.hanoinet.identity.IdentityEvents.UserCreated;
import org.hanoinet.identity.InvalidIdentityValue;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.User;
import org.hanoinet.identity.UserId;
import org.hanoinet.shared.AuthorityId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates users and API tokens once the caller's right to do so has been checked (or at start-up). */
@Component
public class Provisioning {

	private final JdbcUsers users;

	private final JdbcApiTokens tokens;

	private final Authorities authorities;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Provisioning(JdbcUsers users, JdbcApiTokens tokens, Authorities authorities, PasswordEncoder passwords,
			ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.authorities = authorities;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	public Authority authority(AuthorityId id) {
		return authorities.findById(id)
			.orElseThrow(() -> new InvalidIdentityValue("authority", "unknown", "No authority " + id + " is registered on this node.", id));
	}

	/** Adds a user; {@code totpSecret} may be null, and the user then enrols at the first sign-in. */
	public User addUser(String username, AuthorityId authorityId, Set<Role> roles, String password, String totpSecret,
			boolean demo, String actor) {
		String name = username == null ? "" : username.trim().toLowerCase();
		if (!name.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
			throw new InvalidIdentityValue("username", "format",
					"A username has 3 to 64 characters: lower-case letters, digits, dots, dashes or underscores.");
		}
		if (roles == null || roles.isEmpty()) {
			throw new InvalidIdentityValue("roles", "none", "A user needs at least one role.");
		}
		if (users.usernameTaken(name)) {
			throw new InvalidIdentityValue("username", "taken", "The username '" + name + "' is already taken.", name);
		}
		Authority authority = authority(authorityId);
		UserId id = new UserId(UUID.randomUUID());
		Instant now = clock.instant();
		users.add(id, name, authority.id(), authority.state(), roles, passwords.encode(password), totpSecret, demo, now);
		events.publishEvent(new UserCreated(id, authority.id().toString(), Set.copyOf(roles), actor, now));
		return users.credentialsOf(id).orElseThrow().user();
	}

	/** Issues an API token of a machine client with the given secret value; only its SHA-256 is stored. */
	public ApiToken addToken(String label, AuthorityId authorityId, Set<Role> roles, String secret, boolean demo, String actor) {
		return addToken(label, authorityId, roles, secret, demo, actor, null);
	}

	/** Issues an API token with the given secret value to {@code holder}, or to a machine client when null. */
	public ApiToken addToken(String label, AuthorityId authorityId, Set<Role> roles, String secret, boolean demo, String actor,
			UserId holder) {
		if (label == null || label.isBlank()) {
			throw new InvalidIdentityValue("label", "blank", "A token needs a label that says what it is for.");
		}
		if (roles == null || roles.isEmpty()) {
			throw new InvalidIdentityValue("roles", "none-for-token", "A token needs at least one role.");
		}
		Authority authority = authority(authorityId);
		Instant now = clock.instant();
		ApiToken token = new ApiToken(new ApiTokenId(UUID.randomUUID()), label.trim(), authority.id(), authority.state(),
				roles, now, null, null, holder);
		tokens.add(token, Secrets.sha256(secret), demo);
		events.publishEvent(new ApiTokenIssued(token.id(), Secrets.sha256Hex(secret), authority.id().toString(),
				Set.copyOf(roles), holder, actor, now));
		return token;
	}
}
