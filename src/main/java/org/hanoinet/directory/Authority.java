package org.hanoinet.directory;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;

/**
 * An authority a State has designated: its central authority (art. 40) or its 24/7 point of contact
 * (art. 41), with the channels through which it is reached.
 *
 * @param id stable identifier of the authority
 * @param state the State that designated it
 * @param kind what it was designated as
 * @param name its official name, e.g. "Ministry of Public Security"
 * @param email its functional mailbox
 * @param phone the telephone number that reaches it, at any hour for a point of contact
 */
public record Authority(AuthorityId id, CountryCode state, AuthorityKind kind, String name, String email, String phone) {

	public Authority {
		if (id == null || state == null || kind == null) {
			throw new InvalidValue("authority", "An authority needs an id, a State and a kind.");
		}
		if (name == null || name.isBlank()) {
			throw new InvalidValue("name", "An authority needs a name.");
		}
	}
}
