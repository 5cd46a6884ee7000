package org.hanoinet.cooperation;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * What a module that follows cases shows with them: the legal clocks of a case (arts. 41 and 42), or how far its
 * envelopes reached the other State's node (arts. 40 and 41). Those modules depend on this one, so the case pages and
 * the cases API never import them; they ask every bean of this interface, in its {@code @Order}, and add what each
 * returns. A contribution sees only a case its caller was already allowed to read.
 */
public interface CaseViewContribution {

	/**
	 * What to add to the model of the case page, by attribute name, for the case template; a value may be
	 * {@code null} (nothing to show).
	 */
	Map<String, Object> pageModel(Case request, Actor viewer, Locale locale);

	/**
	 * What to add to the case's JSON, by field name, after the case's own fields; a value may be {@code null}. The
	 * names and shapes are part of the API that national case systems and other nodes read.
	 */
	Map<String, Object> json(Case request, Actor viewer);

	/** For each of the cases that has one, the nearest deadline an inbox or outbox shows and sorts by. */
	default Map<CaseId, Deadline> nextDeadlines(Collection<CaseId> cases) {
		return Map.of();
	}

	/**
	 * A deadline as a line of an inbox or outbox shows it.
	 *
	 * @param kind what falls due, as the suffix of its message key {@code cooperation.clock.kind.<kind>}
	 * @param dueAt when it falls due
	 */
	record Deadline(String kind, Instant dueAt) {

		public Deadline {
			if (kind == null || kind.isBlank() || dueAt == null) {
				throw new IllegalArgumentException("A deadline names what falls due and when.");
			}
		}
	}
}
