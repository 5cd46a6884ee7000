package org.hanoinet.cooperation;

/**
 * One thing that keeps a request from being sent: a required element left out, an answer of the wrong
 * form, or a legal condition not met (language, party status).
 *
 * @param field the form field concerned, e.g. {@code NECESSITY} or {@code language}
 * @param reference where the Convention asks for it, e.g. "art. 42, item 5"
 * @param message what is wrong, in one sentence
 */
public record Missing(String field, String reference, String message) {
}
