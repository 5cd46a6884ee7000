package org.hanoinet.cooperation;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;

/** One side of a case: a State and the authority that acts for it (central authority or point of contact). */
public record Party(CountryCode state, AuthorityId authority) {

	public Party {
		if (state == null) {
			throw new InvalidValue("state", "The State of each side of a case is required.");
		}
		if (authority == null) {
			throw new InvalidValue("authority", "The authority of each side of a case is required.");
		}
	}
}
