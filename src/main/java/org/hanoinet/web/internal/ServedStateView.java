package org.hanoinet.web.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.hanoinet.directory.Authority;
import org.hanoinet.directory.AuthorityKind;
import org.hanoinet.directory.Directory.ServedState;

/** A served State as the landing page shows it: its name in the reader's language and its authorities. */
record ServedStateView(String code, String name, List<Authority> centralAuthorities, List<Authority> pointsOfContact) {

	static List<ServedStateView> of(List<ServedState> states, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return states.stream()
			.map(served -> new ServedStateView(served.state().value(), served.state().displayName(locale),
					ofKind(served.authorities(), AuthorityKind.CENTRAL_AUTHORITY),
					ofKind(served.authorities(), AuthorityKind.POINT_OF_CONTACT)))
			.sorted(Comparator.comparing(ServedStateView::name, collator))
			.toList();
	}

	private static List<Authority> ofKind(List<Authority> authorities, AuthorityKind kind) {
		return authorities.stream().filter(authority -> authority.kind() == kind).toList();
	}
}
