package org.hanoinet.cooperation;

/** No case with this id exists, or none the caller's State may see (the two are not told apart). */
public class CaseNotFound extends RuntimeException {

	public CaseNotFound(CaseId id) {
		super("There is no case " + id + " that you may see.");
	}
}
