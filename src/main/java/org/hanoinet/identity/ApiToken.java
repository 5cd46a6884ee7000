package org.hanoinet.identity;

import java.time.Instant;
import java.util.Set;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;

/**
 * An API token of a machine client (a national case system) or of one user, scoped to one authority and to roles. The node
 * keeps only the SHA-256 of the token; the token is shown once, when it is issued.
 *
 * @param id stable identifier, used to revoke it
 * @param label what the token is for, e.g. "national case system"
 * @param authority the authority the client acts for
 * @param state that authority's State
 * @param roles what the client may do
 * @param createdAt when it was issued
 * @param lastUsedAt when it last authenticated a request; null if never
 * @param revokedAt when it was revoked; null while valid
 * @param holder the user the token was issued to; null for a machine client of the authority
 */
public record ApiToken(ApiTokenId id, String label, AuthorityId authority, CountryCode state, Set<Role> roles,
		Instant createdAt, Instant lastUsedAt, Instant revokedAt, UserId holder) {

	public ApiToken {
		roles = Set.copyOf(roles);
	}

	/** The caller a request with this token acts as. */
	public Caller caller() {
		return new Caller(Caller.Kind.API_TOKEN, id.value(), label, authority, state, roles);
	}
}
