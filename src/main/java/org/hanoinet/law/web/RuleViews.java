package org.hanoinet.law.web;

import java.util.List;
import java.util.Locale;

import org.hanoinet.law.Confidence;
import org.hanoinet.law.LegalRule;
import org.hanoinet.law.LegalRules;
import org.hanoinet.law.RuleKind;
import org.hanoinet.shared.InvalidValue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The rows of the rules table as a reader sees them: titled in their language and filtered by kind or article. */
@Component
class RuleViews {

	private final MessageSource messages;

	RuleViews(MessageSource messages) {
		this.messages = messages;
	}

	/** The rules of {@code kind} (all when blank) under {@code article} (all when null), titled in {@code locale}. */
	List<RuleView> rules(String kind, Integer article, Locale locale) {
		RuleKind wanted = kind(kind);
		if (article != null && (article < 1 || article > 68)) {
			throw new InvalidValue("article", "The Convention has articles 1 to 68; there is no article " + article + ".");
		}
		return LegalRules.standard().all().stream().filter(rule -> wanted == null || rule.kind() == wanted)
			.filter(rule -> article == null || rule.article() == article).map(rule -> view(rule, locale)).toList();
	}

	private RuleView view(LegalRule rule, Locale locale) {
		return new RuleView(rule.id(), rule.kind().name(), text("law.kind." + rule.kind().name(), locale), title(rule, locale),
				rule.article(), rule.paragraph(), rule.confidence() == Confidence.VERIFIED, rule.citation(),
				rule.confidence().name(), text("law.confidence." + rule.confidence().name(), locale), rule.source(),
				rule.setting(), rule.anchor());
	}

	/** The rule's name from the labels the case pages already use, or from the law bundle for the others. */
	private String title(LegalRule rule, Locale locale) {
		String[] parts = rule.id().split("\\.", 3);
		return switch (rule.kind()) {
			case CONTENTS -> text("cooperation.type." + parts[1], locale) + ": " + text("cooperation.element." + parts[2], locale);
			case GROUND -> text("cooperation.type." + parts[1], locale) + ": " + text("cooperation.ground." + parts[2], locale);
			case CLOCK -> text("cooperation.clock.kind." + parts[1], locale);
			default -> text("law.rule." + rule.id(), locale);
		};
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static RuleKind kind(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return RuleKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidValue("kind", "'" + kind + "' is not a kind of rule: use contents, ground, bar, clock,"
					+ " admissibility or registry.");
		}
	}

	/**
	 * One rule as shown and served.
	 *
	 * @param paragraphVerified whether the paragraph was read in the Convention's text; otherwise it is approximate
	 * @param citation how the node cites the rule in forms, errors and letters
	 */
	record RuleView(String id, String kind, String kindLabel, String title, int article, String paragraph,
			boolean paragraphVerified, String citation, String confidence, String confidenceLabel, String source,
			String setting, String anchor) {
	}
}
