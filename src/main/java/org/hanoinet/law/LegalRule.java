package org.hanoinet.law;

import java.util.Objects;

/**
 * One row of the rules table.
 *
 * @param id stable name of the rule, starting with its kind, e.g. {@code contents.PRESERVATION.NECESSITY}
 * @param article the article of the Convention the rule applies (1 to 68)
 * @param paragraph where in the article, as the project's notes place it (e.g. "para. 6", "item 5"); empty when
 *     not placed. Unless the rule is {@link Confidence#VERIFIED}, this place is approximate and is left out of
 *     {@link #citation()}
 * @param confidence how far the rule rests on a text that was read
 * @param source the text it follows: a model treaty's provision, the notes, or both
 * @param setting the setting that changes the rule on a node, empty when none does
 */
public record LegalRule(String id, int article, String paragraph, Confidence confidence, String source, String setting) {

	public LegalRule {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(confidence, "confidence");
		paragraph = paragraph == null ? "" : paragraph.strip();
		source = source == null ? "" : source.strip();
		setting = setting == null ? "" : setting.strip();
		if (article < 1 || article > 68) {
			throw new IllegalArgumentException("Rule " + id + ": the Convention has articles 1 to 68, not " + article + ".");
		}
		if (source.isEmpty()) {
			throw new IllegalArgumentException("Rule " + id + " names no source: say which text it follows.");
		}
		if (confidence == Confidence.SETTING && setting.isEmpty()) {
			throw new IllegalArgumentException("Rule " + id + " is a setting but names none.");
		}
		kind(id);
	}

	/** What the rule governs, read from its id. */
	public RuleKind kind() {
		return kind(id);
	}

	/**
	 * How the node cites the rule to its users and in letters: "art. 42", with the paragraph only when the
	 * Convention's text was read ("art. 65, para. 1").
	 */
	public String citation() {
		return confidence == Confidence.VERIFIED && !paragraph.isEmpty() ? "art. " + article + ", " + paragraph
				: "art. " + article;
	}

	/** The anchor of the rule's row on the page {@code /law}. */
	public String anchor() {
		return "rule-" + id.replace('.', '-');
	}

	private static RuleKind kind(String id) {
		return RuleKind.ofId(id);
	}
}
