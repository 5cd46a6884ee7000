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
 */
public record User(UserId id, String username, AuthorityId authority, CountryCode state, Set<Role> roles,
		boolean secondFactorEnrolled, Instant lockedUntil) {

	public User {
		roles = Set.copyOf(roles);
	}

	/** Whether this user must present a second factor: true as soon as one role requires it. */
	public boolean requiresSecondFactor() {
		return roles.stream().anyMatch(Role::requiresSecondFactor);
	}
}
