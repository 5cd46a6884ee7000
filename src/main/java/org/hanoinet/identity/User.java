package org.hanoinet.identity;

import java.time.Instant;
import java.util.Set;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;

/**
 * A person who signs in to this node on behalf of one authority (and so of one State).
 *
 * @param id stable identifier
 * @param username what the person types to sign in
 * @param authority the authority the person acts for (arts. 40-41)
 * @param state the State of that authority; every read of users, cases and evidence is scoped by it
 * @param roles what the person may do
 * @param secondFactorEnrolled whether an authenticator app has been enrolled
 * @param lockedUntil until when sign-in is refused after repeated failures; null when not locked
 * @param access what an administrator has set on the account and what its sign-ins left
 */
public record User(UserId id, String username, AuthorityId authority, CountryCode state, Set<Role> roles,
		boolean secondFactorEnrolled, Instant lockedUntil, Access access) {

	public User {
		roles = Set.copyOf(roles);
	}

	/** Whether this user must present a second factor: true as soon as one role requires it. */
	public boolean requiresSecondFactor() {
		return roles.stream().anyMatch(Role::requiresSecondFactor);
	}

	/** Whether the user may still sign in at all: not deactivated. */
	public boolean active() {
		return access.deactivatedAt() == null;
	}

	/** Whether sign-in is refused at this instant: locked by an administrator, or by repeated failures until later. */
	public boolean lockedAt(Instant now) {
		return access.lockedByAdministrator() || (lockedUntil != null && lockedUntil.isAfter(now));
	}

	/**
	 * The state of a user's access, as a node administrator sees it on the users page.
	 *
	 * @param lastSignInAt when the user last completed sign-in; null if never
	 * @param failedAttempts failed sign-in steps since the last success or the last lock
	 * @param lockedByAdministrator whether an administrator locked the account until they unlock it
	 * @param passwordChangeRequired whether the user must choose a new password before any other page
	 * @param deactivatedAt when an administrator deactivated the account; null while active
	 */
	public record Access(Instant lastSignInAt, int failedAttempts, boolean lockedByAdministrator,
			boolean passwordChangeRequired, Instant deactivatedAt) {

		/** A user who never signed in and on whom no administrator has acted. */
		public static final Access NEW = new Access(null, 0, false, false, null);
	}
}
