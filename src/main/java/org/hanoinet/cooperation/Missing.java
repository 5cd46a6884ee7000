package org.hanoinet.cooperation;

/**
 * One finding of the completeness checker. Most findings keep a request from being sent: a required element
 * left out, an answer of the wrong form, or a legal condition not met (language, party status). A warning
 * names something the drafter should check with the requested State, where the Convention leaves the answer to
 * its law or to a treaty; it does not stop the request.
 *
 * @param field the form field concerned, e.g. {@code NECESSITY} or {@code language}
 * @param reference where the Convention asks for it, e.g. "art. 42, item 5"
 * @param message what is wrong, in one sentence
 * @param warning true when the finding does not keep the request from being sent
 */
public record Missing(String field, String reference, String message, boolean warning) {

	/** A finding that keeps the request from being sent. */
	public Missing(String field, String reference, String message) {
		this(field, reference, message, false);
	}

	/** A finding the drafter should check but that does not keep the request from being sent. */
	public static Missing warning(String field, String reference, String message) {
		return new Missing(field, reference, message, true);
	}
}
