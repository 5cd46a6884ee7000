package org.hanoinet.identity;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.hanoinet.identity.IdentityEvents.ApiTokenRevoked;
import org.hanoinet.identity.IdentityEvents.PasswordChanged;
import org.hanoinet.identity.IdentityEvents.RolesChanged;
import org.hanoinet.identity.internal.JdbcApiTokens;
import org.hanoinet.identity.internal.JdbcUsers;
import org.hanoinet.identity.internal.Provisioning;
import org.hanoinet.identity.internal.Secrets;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.InvalidValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of users and API tokens by a NODE_ADMIN, always within the administrator's own State:
 * the checks are made here, whatever the URL rules in front of it say.
 */
@Service
public class IdentityManagement {

	private final Users users;

	private final JdbcUsers userStore;

	private final JdbcApiTokens tokens;

	private final Provisioning provisioning;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PasswordEncoder passwords;

	IdentityManagement(Users users, JdbcUsers userStore, JdbcApiTokens tokens, Provisioning provisioning,
			ApplicationEventPublisher events, Clock clock, PasswordEncoder passwords) {
		this.users = users;
		this.userStore = userStore;
		this.tokens = tokens;
		this.provisioning = provisioning;
		this.events = events;
		this.clock = clock;
		this.passwords = passwords;
	}

	/** A signed-in user replaces their own password, proving they know the current one. */
	@Transactional
	public void changeOwnPassword(Caller caller, String current, String replacement) {
		if (caller.kind() != Caller.Kind.USER) {
			throw new AccessRefused("Only a signed-in user has a password to change.");
		}
		UserId id = new UserId(caller.id());
		JdbcUsers.Credentials credentials = userStore.credentialsOf(id).orElseThrow(() -> new UserNotFound(id));
		if (current == null || !passwords.matches(current, credentials.passwordHash())) {
			throw new InvalidValue("currentPassword", "The current password is wrong.");
		}
		if (replacement == null || replacement.length() < 12 || replacement.length() > 200) {
			throw new InvalidValue("newPassword", "A new password has 12 to 200 characters.");
		}
		if (replacement.toLowerCase().contains(credentials.user().username()) || replacement.equals(current)) {
			throw new InvalidValue("newPassword", "A new password must differ from the current one and not contain the username.");
		}
		userStore.setPasswordHash(id, passwords.encode(replacement));
		events.publishEvent(new PasswordChanged(id, clock.instant()));
	}

	/** Creates a user of an authority of the administrator's State, with an initial password shown once. */
	@Transactional
	public CreatedUser createUser(Caller admin, String username, AuthorityId authority, Set<Role> roles) {
		requireAdminOf(admin, authority);
		String password = Secrets.newPassword();
		User user = provisioning.addUser(username, authority, roles, password, null, false, actor(admin));
		return new CreatedUser(user, password);
	}

	/** Replaces a user's roles. */
	@Transactional
	public User changeRoles(Caller admin, UserId id, Set<Role> roles) {
		requireAdmin(admin);
		User user = users.findVisible(id, admin).orElseThrow(() -> new UserNotFound(id));
		if (roles == null || roles.isEmpty()) {
			throw new InvalidValue("roles", "A user needs at least one role.");
		}
		userStore.setRoles(id, roles);
		events.publishEvent(new RolesChanged(id, user.roles(), Set.copyOf(roles), actor(admin), clock.instant()));
		return users.findVisible(id, admin).orElseThrow();
	}

	/** The API tokens of the administrator's State, without their secrets. */
	public List<ApiToken> tokens(Caller admin) {
		requireAdmin(admin);
		return tokens.visibleTo(admin);
	}

	/** Issues an API token for an authority of the administrator's State; the token is returned this once. */
	@Transactional
	public IssuedApiToken issueToken(Caller admin, String label, AuthorityId authority, Set<Role> roles) {
		requireAdminOf(admin, authority);
		String secret = Secrets.newApiToken();
		return new IssuedApiToken(provisioning.addToken(label, authority, roles, secret, false, actor(admin)), secret);
	}

	/** Revokes an API token of the administrator's State; it is refused from the next request on. */
	@Transactional
	public void revokeToken(Caller admin, ApiTokenId id) {
		requireAdmin(admin);
		tokens.findVisible(id, admin).orElseThrow(() -> new TokenNotFound(id));
		if (tokens.revoke(id, clock.instant())) {
			events.publishEvent(new ApiTokenRevoked(id, actor(admin), clock.instant()));
		}
	}

	private void requireAdmin(Caller caller) {
		if (!caller.has(Role.NODE_ADMIN)) {
			throw new AccessRefused("Only a node administrator may manage users and API tokens.");
		}
	}

	private void requireAdminOf(Caller caller, AuthorityId authority) {
		requireAdmin(caller);
		if (!provisioning.authority(authority).state().equals(caller.state())) {
			throw new AccessRefused("A node administrator manages the users and tokens of the authorities of their own State only.");
		}
	}

	static String actor(Caller caller) {
		return (caller.kind() == Caller.Kind.USER ? "user:" : "token:") + caller.id();
	}

	/** A new user and the initial password to hand over; the user enrols a second factor at the first sign-in. */
	public record CreatedUser(User user, String initialPassword) {
	}

	/** A new API token with the secret value, shown this once and never again. */
	public record IssuedApiToken(ApiToken token, String secret) {
	}
}
