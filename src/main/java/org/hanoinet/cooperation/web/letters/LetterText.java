package org.hanoinet.cooperation.web.letters;

import java.util.List;

/** A formal letter in words, in its language, ready to be laid out on paper. */
record LetterText(String title, Side requesting, Side requested, String date, String reference, String subject,
		String urgency, boolean urgent, String opening, List<String> basis, String contentsHeading, List<Entry> contents,
		String conditionsHeading, List<String> conditions, String closing, String approved, String verificationHeading,
		String hashLabel, String hash, String contentsHash, String howToCheck, String language) {

	/** One side in the letterhead: its heading, the State and the authority with its contact. */
	record Side(String heading, String state, String authority, String localName, String contact) {
	}

	/** One element of the request: its label with the article asking for it, and the answer. */
	record Entry(String label, String answer) {
	}
}
