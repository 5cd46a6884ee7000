package org.hanoinet.cooperation.web.letters;

import java.util.List;

/** No letter template exists for the request's language; a letter in another language would be wrong. */
public class LetterLanguageUnavailable extends RuntimeException {

	private final String language;

	private final List<String> available;

	LetterLanguageUnavailable(String language, List<String> available) {
		super("The request is written in '" + language + "', for which no letter template exists; formal letters are available in "
				+ String.join(", ", available) + ".");
		this.language = language;
		this.available = List.copyOf(available);
	}

	public String language() {
		return language;
	}

	public List<String> available() {
		return available;
	}
}
