package org.hanoinet.identity;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.hanoinet.identity.IdentityEvents.ApiTokenRevoked;
import org.hanoinet.identity.IdentityEvents.PasswordChangeRequested;
import org.hanoinet.identity.IdentityEvents.PasswordChanged;
import org.hanoinet.identity.IdentityEvents.RolesChanged;
import org.hanoinet.identity.IdentityEvents.SecondFactorReset;
import org.hanoinet.identity.IdentityEvents.UserDeactivated;
import org.hanoinet.identity.IdentityEvents.UserLocked;
import org.hanoinet.identity.IdentityEvents.UserUnlocked;
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

	/** How many users one page of the administration lists. */
	public static final int PAGE_SIZE = 50;

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

	/**
	 * One page of the users of the administrator's State, by username, filtered by a part of the username and by a
	 * role (each optional); {@code page} counts from 1, and a page past the last one shows the last.
	 */
	public UserPage search(Caller admin, String text, Role role, int page) {
		requireAdmin(admin);
		long total = userStore.count(admin, text, role);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(page, 1), pages);
		return new UserPage(userStore.search(admin, text, role, (shown - 1) * PAGE_SIZE, PAGE_SIZE), shown, pages, total);
	}

	/** One user of the administrator's State. */
	public User user(Caller admin, UserId id) {
		requireAdmin(admin);
		return users.findVisible(id, admin).orElseThrow(() -> new UserNotFound(id));
	}

	/** Replaces a user's roles; the State keeps at least one active node administrator. */
	@Transactional
	public User changeRoles(Caller admin, UserId id, Set<Role> roles) {
		User user = changeable(admin, id);
		if (roles == null || roles.isEmpty()) {
			throw new InvalidIdentityValue("roles", "none", "A user needs at least one role.");
		}
		if (!roles.contains(Role.NODE_ADMIN)) {
			keepAnAdministrator(user);
		}
		userStore.setRoles(id, roles);
		events.publishEvent(new RolesChanged(id, user.roles(), Set.copyOf(roles), actor(admin), clock.instant()));
		return users.findVisible(id, admin).orElseThrow();
	}

	/** Locks a user's account until an administrator unlocks it; an administrator cannot lock themselves. */
	@Transactional
	public User lock(Caller admin, UserId id) {
		User user = changeable(admin, id);
		if (self(admin, id)) {
			throw new AccountActRefused(AccountActRefused.Reason.OWN_LOCK);
		}
		keepAnAdministrator(user);
		userStore.lockByAdministrator(id);
		events.publishEvent(new UserLocked(id, actor(admin), clock.instant()));
		return user(admin, id);
	}

	/** Lifts the administrator's lock and the one repeated failures set; the failures are counted from zero again. */
	@Transactional
	public User unlock(Caller admin, UserId id) {
		changeable(admin, id);
		userStore.unlock(id);
		events.publishEvent(new UserUnlocked(id, actor(admin), clock.instant()));
		return user(admin, id);
	}

	/**
	 * Forgets a user's authenticator app and recovery codes (a lost phone): at the next sign-in the user, after the
	 * password, enrols an app again.
	 */
	@Transactional
	public User resetSecondFactor(Caller admin, UserId id) {
		changeable(admin, id);
		userStore.resetSecondFactor(id);
		events.publishEvent(new SecondFactorReset(id, actor(admin), clock.instant()));
		return user(admin, id);
	}

	/** Requires the user to choose a new password at the next page they open, before any other. */
	@Transactional
	public User requirePasswordChange(Caller admin, UserId id) {
		changeable(admin, id);
		userStore.requirePasswordChange(id);
		events.publishEvent(new PasswordChangeRequested(id, actor(admin), clock.instant()));
		return user(admin, id);
	}

	/**
	 * Deactivates a user for good: sign-in is refused, an open session ends at its next page and every token the user
	 * holds is revoked. An administrator cannot deactivate themselves, nor the State's last active administrator.
	 */
	@Transactional
	public User deactivate(Caller admin, UserId id) {
		User user = changeable(admin, id);
		if (self(admin, id)) {
			throw new AccountActRefused(AccountActRefused.Reason.OWN_DEACTIVATION);
		}
		keepAnAdministrator(user);
		userStore.deactivate(id, clock.instant());
		events.publishEvent(new UserDeactivated(id, actor(admin), clock.instant()));
		for (ApiToken token : tokens.heldBy(id)) {
			if (tokens.revoke(token.id(), clock.instant())) {
				events.publishEvent(new ApiTokenRevoked(token.id(), actor(admin), clock.instant()));
			}
		}
		return user(admin, id);
	}

	/** The API tokens issued to a user of the administrator's State, revoked ones included, without their secrets. */
	public List<ApiToken> tokensOf(Caller admin, UserId id) {
		user(admin, id);
		return tokens.heldBy(id);
	}

	/**
	 * Issues an API token to a user of the administrator's State, acting for the user's authority with some of the
	 * user's roles; the token is returned this once.
	 */
	@Transactional
	public IssuedApiToken issueTokenTo(Caller admin, UserId id, String label, Set<Role> roles) {
		User user = changeable(admin, id);
		if (roles != null && !user.roles().containsAll(roles)) {
			throw new InvalidIdentityValue("roles", "beyond-holder", "A token of a user holds only roles that the user holds.");
		}
		String secret = Secrets.newApiToken();
		return new IssuedApiToken(provisioning.addToken(label, user.authority(), roles, secret, false, actor(admin), id), secret);
	}

	/** One API token of the administrator's State, without its secret. */
	public ApiToken token(Caller admin, ApiTokenId id) {
		requireAdmin(admin);
		return tokens.findVisible(id, admin).orElseThrow(() -> new TokenNotFound(id));
	}

	/** A user of the administrator's State who may still be changed: not deactivated. */
	private User changeable(Caller admin, UserId id) {
		User user = user(admin, id);
		if (!user.active()) {
			throw new AccountActRefused(AccountActRefused.Reason.DEACTIVATED);
		}
		return user;
	}

	private static boolean self(Caller admin, UserId id) {
		return admin.kind() == Caller.Kind.USER && admin.id().equals(id.value());
	}

	/**
	 * Refuses an act that would take away the last active node administrator of the user's State: the user is one
	 * (holds the role, is not locked) and no other is left.
	 */
	private void keepAnAdministrator(User user) {
		boolean counted = user.roles().contains(Role.NODE_ADMIN) && !user.access().lockedByAdministrator();
		if (counted && userStore.countActiveAdministratorsOf(user.state()) <= 1) {
			throw new AccountActRefused(AccountActRefused.Reason.LAST_ADMINISTRATOR);
		}
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

	/**
	 * One page of users.
	 *
	 * @param users the users of the page, by username
	 * @param page which page, from 1
	 * @param pages how many pages there are, at least 1
	 * @param total how many users match in all
	 */
	public record UserPage(List<User> users, int page, int pages, long total) {

		public UserPage {
			users = List.copyOf(users);
		}
	}

	/** A new user and the initial password to hand over; the user enrols a second factor at the first sign-in. */
	public record CreatedUser(User user, String initialPassword) {
	}

	/** A new API token with the secret value, shown this once and never again. */
	public record IssuedApiToken(ApiToken token, String secret) {
	}
}
