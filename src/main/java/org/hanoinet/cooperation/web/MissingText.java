package org.hanoinet.cooperation.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.CooperationRules;
import org.hanoinet.cooperation.FormElement;
import org.hanoinet.cooperation.Missing;
import org.hanoinet.cooperation.OffenceBasis;
import org.hanoinet.cooperation.Party;
import org.hanoinet.cooperation.RequestContents;
import org.hanoinet.shared.CountryCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The completeness checker's items and the Convention references in the reader's language. The domain names each
 * missing item by field and reference; the sentence is rebuilt here from the cooperation bundle, falling back to
 * the domain's English sentence for an item this page does not know.
 */
@Component
class MissingText {

	private final MessageSource messages;

	private final CooperationRules rules;

	MissingText(MessageSource messages, CooperationRules rules) {
		this.messages = messages;
		this.rules = rules;
	}

	/** The items in the reader's language, in the order given. */
	List<String> describe(List<Missing> missing, RequestContents contents, Party requesting, Party requested,
			List<String> acceptedLanguages, Locale locale) {
		return missing.stream().map(item -> describe(item, contents, requesting, requested, acceptedLanguages, locale)).toList();
	}

	String describe(Missing item, RequestContents contents, Party requesting, Party requested, List<String> acceptedLanguages,
			Locale locale) {
		String reference = reference(item.reference(), locale);
		switch (item.field()) {
			case "legalBasis" -> {
				if ("art. 37".equals(item.reference()) && requested != null) {
					return text(extraditionBasisKey(item), locale, requested.state().displayName(locale), reference);
				}
				if (item.reference() != null && item.reference().contains("65")) {
					for (Party side : sides(requesting, requested)) {
						if (mentions(item.message(), side.state())) {
							return text("cooperation.missing.notParty", locale, side.state().displayName(locale), reference);
						}
					}
					return text("cooperation.missing.conventionBasis", locale, reference);
				}
				return text("cooperation.missing.legalBasis", locale, reference);
			}
			case "offenceBasis" -> {
				if (contents.offenceBasis() != null && contents.offenceBasis().kind() == OffenceBasis.Kind.SERIOUS_CRIME) {
					return text("cooperation.missing.seriousCrimeScope", locale, reference);
				}
				return text("cooperation.missing.offenceBasis", locale, reference);
			}
			case "language" -> {
				if (contents.language() == null || requested == null) {
					return text("cooperation.missing.language", locale, reference);
				}
				String accepted = acceptedLanguages.stream().map(tag -> languageName(tag, locale)).collect(Collectors.joining(", "));
				return text("cooperation.missing.languageNotAccepted", locale, requested.state().displayName(locale),
						languageName(contents.language(), locale), accepted, reference);
			}
			case "urgency" -> {
				return text("cooperation.missing.emergency", locale, reference);
			}
			default -> {
				FormElement element = element(item.field());
				if (element == null) {
					return item.message();
				}
				if (contents.answer(element) == null) {
					return text("cooperation.missing.element", locale, label(element, locale), reference);
				}
				if (item.warning() && element.kind() == FormElement.Kind.MONTHS) {
					return text("cooperation.warning.penalty", locale, label(element, locale), contents.answer(element),
							rules.extraditionMinimumPenaltyMonths(), reference);
				}
				if (element.kind() == FormElement.Kind.AFFIRMATION && element != FormElement.INTENT_TO_REQUEST_ASSISTANCE) {
					return text("cooperation.invalid.statement", locale, label(element, locale), reference);
				}
				return text("cooperation.invalid." + element.kind().name(), locale, label(element, locale), reference);
			}
		}
	}

	/**
	 * Which sentence explains an art. 37 finding: the domain's English sentence says whether the requested State
	 * declared against the Convention, is recorded as needing a treaty, is presumed to need one, or is not recorded.
	 */
	private static String extraditionBasisKey(Missing item) {
		if (item.warning()) {
			return "cooperation.warning.extraditionBasis";
		}
		String message = item.message() == null ? "" : item.message();
		if (message.contains("its declaration under art. 37")) {
			return "cooperation.missing.extraditionDeclaredNo";
		}
		if (message.startsWith("The treaty registry does not record")) {
			return "cooperation.missing.extraditionBasisPresumed";
		}
		return "cooperation.missing.extraditionBasis";
	}

	/** The element's label in the reader's language. */
	String label(FormElement element, Locale locale) {
		return messages.getMessage("cooperation.element." + element.name(), null, element.label(), locale);
	}

	/** A reference such as "art. 42, item 2" or "arts. 2 and 41" in the reader's language. */
	String reference(String reference, Locale locale) {
		if (reference == null) {
			return "";
		}
		return reference.replace("arts. ", word("arts", locale) + " ")
			.replace("art. ", word("art", locale) + " ")
			.replace(", item ", ", " + word("item", locale) + " ")
			.replace("para. ", word("para", locale) + " ")
			.replace(" and ", " " + word("and", locale) + " ");
	}

	/** The article governing {@code type}, cited in the reader's language. */
	String typeReference(CaseType type, Locale locale) {
		return reference("art. " + type.article(), locale);
	}

	static String languageName(String tag, Locale locale) {
		String name = Locale.forLanguageTag(tag).getDisplayLanguage(locale);
		return name.isBlank() ? tag : name + " (" + tag + ")";
	}

	private String word(String key, Locale locale) {
		return messages.getMessage("cooperation.ref." + key, null, key + ".", locale);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static List<Party> sides(Party requesting, Party requested) {
		return requested == null ? List.of(requesting) : List.of(requesting, requested);
	}

	private static boolean mentions(String message, CountryCode state) {
		return message != null && (message.contains(state.displayName(Locale.ENGLISH)) || message.contains(" " + state.value() + " "));
	}

	private static FormElement element(String field) {
		try {
			return FormElement.valueOf(field);
		}
		catch (IllegalArgumentException notAnElement) {
			return null;
		}
	}
}
