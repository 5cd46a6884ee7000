package org.hanoinet.cooperation.web.letters;

import org.hanoinet.cooperation.CaseStatus;

/** A formal letter exists only once a supervisor has approved and so sent the request; this one is not sent yet. */
public class LetterNotSent extends RuntimeException {

	private final CaseStatus status;

	LetterNotSent(CaseStatus status) {
		super("The request has not been approved and sent (its status is " + status
				+ "): a formal letter exists only for a sent request, from its approval on.");
		this.status = status;
	}

	public CaseStatus status() {
		return status;
	}
}
