package org.hanoinet.cooperation;

import java.util.List;
import java.util.Set;

/**
 * What an act carries besides the act itself: the text it requires (reasons, a question, an answer), the
 * grounds of a refusal, the conditions offered, the days of an extension.
 */
public record ActInput(String text, Set<RefusalGround> grounds, List<String> conditions, Integer days) {

	public ActInput {
		grounds = grounds == null ? Set.of() : Set.copyOf(grounds);
		conditions = conditions == null ? List.of() : List.copyOf(conditions);
	}

	/** An act with only a text. */
	public static ActInput text(String text) {
		return new ActInput(text, null, null, null);
	}

	/** An act with nothing more. */
	public static ActInput none() {
		return new ActInput(null, null, null, null);
	}
}
