package org.hanoinet.cooperation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an act carries besides the act itself: the text it requires (reasons, a question, an answer), the
 * grounds of a refusal, the conditions offered, the days of an extension, and the named fields of the acts of
 * part 2 (the third State of a forwarding, the terms of a joint investigation, the sums of a return decision).
 */
public record ActInput(String text, Set<RefusalGround> grounds, List<String> conditions, Integer days,
		Map<String, String> fields) {

	public ActInput {
		grounds = grounds == null ? Set.of() : Set.copyOf(grounds);
		conditions = conditions == null ? List.of() : List.copyOf(conditions);
		TreeMap<String, String> given = new TreeMap<>();
		if (fields != null) {
			fields.forEach((name, value) -> {
				if (name != null && value != null && !value.isBlank()) {
					given.put(name, value.strip());
				}
			});
		}
		fields = java.util.Collections.unmodifiableSortedMap(given);
	}

	public ActInput(String text, Set<RefusalGround> grounds, List<String> conditions, Integer days) {
		this(text, grounds, conditions, days, null);
	}

	/** An act with only a text. */
	public static ActInput text(String text) {
		return new ActInput(text, null, null, null);
	}

	/** An act with nothing more. */
	public static ActInput none() {
		return new ActInput(null, null, null, null);
	}

	/** An act with a text and named fields. */
	public static ActInput of(String text, Map<String, String> fields) {
		return new ActInput(text, null, null, null, fields);
	}

	/** The named field, or null. */
	public String field(String name) {
		return fields.get(name);
	}
}
