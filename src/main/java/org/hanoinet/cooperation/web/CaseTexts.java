package org.hanoinet.cooperation.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.hanoinet.cooperation.Admissibility;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.Missing;
import org.hanoinet.cooperation.Party;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.Directory;
import org.hanoinet.shared.AuthorityId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What every case page says in the reader's language: messages of the cooperation bundle, the two sides by State and
 * authority name, times in UTC, and the completeness checker's items of a saved case.
 */
@Component
class CaseTexts {

	static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final MessageSource messages;

	private final Directory directory;

	private final Admissibility admissibility;

	private final MissingText missingText;

	CaseTexts(MessageSource messages, Directory directory, Admissibility admissibility, MissingText missingText) {
		this.messages = messages;
		this.directory = directory;
		this.admissibility = admissibility;
		this.missingText = missingText;
	}

	/** The message, or its key when the bundles lack it. */
	String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	SideView side(Party party, Locale locale) {
		return new SideView(party.state().value(), party.state().displayName(locale), authorityName(party.authority()));
	}

	String authorityName(AuthorityId id) {
		return directory.authority(id).map(Authority::name).orElse(id.toString());
	}

	/** The items of a saved request in the reader's language, naming the languages its requested authority accepts. */
	List<String> describe(List<Missing> missing, Case request, Locale locale) {
		List<String> accepted = directory.authority(request.requested().authority())
			.map(authority -> admissibility.acceptedLanguages(request.requested().state(), authority))
			.orElse(List.of());
		return missingText.describe(missing, request.contents(), request.requesting(), request.requested(), accepted, locale);
	}

	/** The findings that keep the request from being sent. */
	static List<Missing> blockers(List<Missing> findings) {
		return findings.stream().filter(finding -> !finding.warning()).toList();
	}

	/** The findings to check before sending that do not keep the request from being sent. */
	static List<Missing> warnings(List<Missing> findings) {
		return findings.stream().filter(Missing::warning).toList();
	}

	/** One side of the case: the State and the authority acting for it. */
	record SideView(String code, String state, String authority) {
	}

	/** A choice in a list. */
	record Option(String value, String label) {
	}

	/** An element of the type's form, with what was typed or answered. */
	record ElementField(String name, String kind, String label, String reference, boolean required, String value,
			List<Choice> options) {
	}

	/** One option of a choice element: its code, its label and whether it is chosen. */
	record Choice(String code, String label, boolean chosen) {
	}
}
