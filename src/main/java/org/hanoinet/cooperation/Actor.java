package org.hanoinet.cooperation;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;

/**
 * The person performing an act, by user id, and the authority and State they act for; {@code supervisor} says whether
 * they may approve outgoing requests, refusals and postponements.
 */
public record Actor(AuthorityId authority, CountryCode state, String user, boolean supervisor) {

	public Actor {
		if (authority == null) {
			throw new InvalidValue("authority", "An act needs the authority it is performed for.");
		}
		if (state == null) {
			throw new InvalidValue("state", "An act needs the State it is performed for.");
		}
		if (user == null || user.isBlank()) {
			throw new InvalidValue("user", "An act needs the id of the person performing it.");
		}
	}
}
