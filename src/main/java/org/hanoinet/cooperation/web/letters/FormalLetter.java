package org.hanoinet.cooperation.web.letters;

import org.hanoinet.cooperation.CaseEvent;

/**
 * The formal letter of a sent request as a PDF.
 *
 * @param pdf the document
 * @param language the language it is written in
 * @param sendingEvent the approval that sent the request, whose hash the letter prints
 */
public record FormalLetter(byte[] pdf, String language, CaseEvent sendingEvent) {

	/** A file name that says what the letter is: "request-<case>-<language>.pdf". */
	public String fileName() {
		return "request-" + sendingEvent.caseId() + "-" + language + ".pdf";
	}
}
