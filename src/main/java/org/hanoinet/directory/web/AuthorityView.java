package org.hanoinet.directory.web;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.hanoinet.directory.Authority;

/** An authority as the directory pages show it, in the reader's language. */
record AuthorityView(String id, String kind, String name, String localName, String localLanguage, String email,
		String phone, List<String> languages, String timeZone, String utcOffset, String availability, String hours,
		String validFrom, String validTo, boolean pointOfContact) {

	static AuthorityView of(Authority authority, Locale reader, Clock clock) {
		ZonedDateTime local = clock.instant().atZone(authority.timeZone());
		List<String> languages = authority.languages()
			.stream()
			.map(tag -> Locale.forLanguageTag(tag).getDisplayName(reader))
			.toList();
		String hours = authority.officeHours() == null ? null
				: authority.officeHours().opens() + "–" + authority.officeHours().closes();
		return new AuthorityView(authority.id().toString(), authority.kind().name(), authority.name(),
				authority.localName(), authority.languages().get(0), authority.email(), authority.phone(), languages,
				authority.timeZone().getId(), local.getOffset().getId().replace("Z", "+00:00"),
				authority.availability().name(), hours, authority.designation().validFrom().toString().substring(0, 10),
				authority.designation().validTo() == null ? null : authority.designation().validTo().toString().substring(0, 10),
				authority.kind() == org.hanoinet.directory.AuthorityKind.POINT_OF_CONTACT);
	}
}
