package org.hanoinet.identity;

import java.util.Set;
import java.util.UUID;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;

/**
 * Who is making the current request: a signed-in user or a machine client holding an API token, with the
 * authority it acts for, that authority's State and its roles. Modules scope every read by {@link #state()}.
 *
 * @param kind whether a person or a machine client is calling
 * @param id the user id or the API token id
 * @param name the username, or the label of the token
 * @param authority the authority the caller acts for
 * @param state the State of that authority
 * @param roles what the caller may do
 */
public record Caller(Kind kind, UUID id, String name, AuthorityId authority, CountryCode state, Set<Role> roles) {

	public Caller {
		roles = Set.copyOf(roles);
	}

	/** Whether the caller holds the role. */
	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Whether the caller acts for the given State. */
	public boolean actsFor(CountryCode other) {
		return state.equals(other);
	}

	/** How the caller proved who it is. */
	public enum Kind {

		/** A person signed in with a password and, for every role but the observer, a second factor. */
		USER,

		/** A machine client (a national case system) with an API token. */
		API_TOKEN
	}
}
