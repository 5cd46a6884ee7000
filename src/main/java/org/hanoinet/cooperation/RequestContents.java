package org.hanoinet.cooperation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.hanoinet.cooperation.FormElement.Requirement;
import org.hanoinet.law.LegalRules;
import org.hanoinet.shared.InvalidValue;

/**
 * What a request says: the fields common to every type and the elements of its type's form. A draft may be
 * partial; {@link #missing(CaseType)} lists what still keeps it from being sent, one item each, so the drafter
 * can check the request at any time.
 *
 * @param legalBasis the Convention article, treaty or reciprocity the request rests on; may be absent in a draft
 * @param offenceBasis why cooperation applies to the conduct; may be absent in a draft
 * @param urgency how fast the answer is needed
 * @param language the language the request is written in, as a BCP 47 tag ("en", "vi")
 * @param conditions confidentiality, limitation of use and data-protection conditions
 * @param elements the answers to the type's form, by element
 * @param follows the earlier case this request follows up (a preservation followed by access to the data), if any
 */
public record RequestContents(LegalBasis legalBasis, OffenceBasis offenceBasis, Urgency urgency, String language,
		Conditions conditions, Map<FormElement, String> elements, CaseId follows) {

	public RequestContents {
		urgency = urgency == null ? Urgency.ROUTINE : urgency;
		language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
		conditions = conditions == null ? Conditions.NONE : conditions;
		Map<FormElement, String> answered = new EnumMap<>(FormElement.class);
		if (elements != null) {
			elements.forEach((element, text) -> {
				if (element != null && text != null && !text.isBlank()) {
					answered.put(element, text.strip());
				}
			});
		}
		elements = Collections.unmodifiableMap(answered);
	}

	/** The answer given to {@code element}, or {@code null}. */
	public String answer(FormElement element) {
		return elements.get(element);
	}

	/** The assistance types named in the form, in the order given; unknown codes are reported by {@link #missing}. */
	public Set<AssistanceType> assistanceTypes() {
		Set<AssistanceType> types = new LinkedHashSet<>();
		String answer = answer(FormElement.ASSISTANCE_TYPES);
		if (answer != null) {
			for (String code : answer.split("[,\\s]+")) {
				if (!code.isBlank()) {
					try {
						types.add(AssistanceType.of(code));
					}
					catch (InvalidValue unknown) {
						// reported by missing()
					}
				}
			}
		}
		return types;
	}

	/** Everything this request lacks to be sent as a request of {@code type}, in form order; empty when complete. */
	public List<Missing> missing(CaseType type) {
		List<Missing> missing = new ArrayList<>();
		if (legalBasis == null) {
			missing.add(new Missing("legalBasis", LegalRules.cite("admissibility.legal-basis-named"),
					"Name the legal basis: an article of the Convention, a treaty or reciprocity."));
		}
		if (offenceBasis == null) {
			missing.add(new Missing("offenceBasis", LegalRules.cite("admissibility.offence-basis"),
					"Say whether the offence is one the Convention establishes (arts. 7 to 17), a serious crime or another offence."));
		}
		else if (offenceBasis.kind() == OffenceBasis.Kind.SERIOUS_CRIME && legalBasis != null
				&& legalBasis.kind() == LegalBasis.Kind.CONVENTION && !type.servesSeriousCrimeEvidence()) {
			missing.add(new Missing("offenceBasis", LegalRules.cite("admissibility.serious-crime"), "On the Convention, a serious crime is a basis only for"
					+ " the evidence requests of arts. 40 to 46; a request under art. " + type.article()
					+ " needs an offence the Convention establishes (arts. 7 to 17), or a treaty or reciprocity as its legal basis."));
		}
		if (language == null) {
			missing.add(new Missing("language", LegalRules.cite("admissibility.language-named"), "Say in which language the request is written."));
		}
		if (type == CaseType.EMERGENCY_DISCLOSURE && urgency != Urgency.EMERGENCY) {
			missing.add(new Missing("urgency", LegalRules.cite("admissibility.emergency-marked"),
					"An emergency disclosure request must be marked as an emergency."));
		}
		for (Requirement requirement : type.form()) {
			if (!requirement.appliesTo(this)) {
				continue;
			}
			FormElement element = requirement.element();
			String answer = answer(element);
			if (answer == null) {
				if (requirement.required() && !exempt(type, element)) {
					missing.add(new Missing(element.name(), requirement.reference(),
							"Missing: " + element.label() + " (" + requirement.reference() + ")."));
				}
				continue;
			}
			invalid(element, answer).ifPresent(problem -> missing.add(new Missing(element.name(), requirement.reference(),
					problem + " (" + requirement.reference() + ").")));
		}
		return missing;
	}

	/** The canonical text of the contents, field by field, for the case chain and for comparison. */
	public SortedMap<String, String> canonical() {
		SortedMap<String, String> fields = new TreeMap<>();
		if (legalBasis != null) {
			fields.put("legalBasis", legalBasis.describe());
		}
		if (offenceBasis != null) {
			fields.put("offenceBasis", offenceBasis.kind() + (offenceBasis.article() == null ? "" : " art. " + offenceBasis.article())
					+ (offenceBasis.description() == null ? "" : ": " + offenceBasis.description()));
		}
		fields.put("urgency", urgency.name());
		if (language != null) {
			fields.put("language", language);
		}
		fields.put("conditions.confidential", Boolean.toString(conditions.confidential()));
		fields.put("conditions.limitedUse", Boolean.toString(conditions.limitedUse()));
		if (conditions.dataProtection() != null) {
			fields.put("conditions.dataProtection", conditions.dataProtection());
		}
		elements.forEach((element, text) -> fields.put("element." + element.name(), text));
		if (follows != null) {
			fields.put("follows", follows.toString());
		}
		return fields;
	}

	/** The facts of a request for service of judicial documents only need no summary (art. 40 (c)). */
	private boolean exempt(CaseType type, FormElement element) {
		return element == FormElement.SUMMARY_OF_FACTS && type == CaseType.MUTUAL_LEGAL_ASSISTANCE
				&& assistanceTypes().equals(Set.of(AssistanceType.SERVICE_OF_DOCUMENTS));
	}

	private static Optional<String> invalid(FormElement element, String answer) {
		return switch (element.kind()) {
			case TEXT -> Optional.empty();
			case DAYS -> {
				try {
					int days = Integer.parseInt(answer);
					yield days >= 1 ? Optional.empty()
							: Optional.of("The period of collection must be at least one day");
				}
				catch (NumberFormatException notNumber) {
					yield Optional.of("The period of collection must be a whole number of days, not '" + answer + "'");
				}
			}
			case ASSISTANCE_TYPES -> {
				List<String> unknown = new ArrayList<>();
				for (String code : answer.split("[,\\s]+")) {
					try {
						AssistanceType.of(code);
					}
					catch (InvalidValue notAType) {
						unknown.add(code);
					}
				}
				yield unknown.isEmpty() ? Optional.empty()
						: Optional.of("Not types of assistance of art. 40: " + String.join(", ", unknown));
			}
			case AFFIRMATION -> answer.equalsIgnoreCase("yes") || answer.equalsIgnoreCase("true")
					? Optional.empty()
					: Optional.of(element == FormElement.INTENT_TO_REQUEST_ASSISTANCE
							? "The requesting State must state that it intends to submit a request for search, seizure or disclosure"
							: "Confirm " + element.label() + " with \"yes\"");
			case MONTHS -> {
				try {
					yield Integer.parseInt(answer) >= 1 ? Optional.empty()
							: Optional.of("Give " + element.label() + " as at least one month");
				}
				catch (NumberFormatException notNumber) {
					yield Optional.of("Give " + element.label() + " as a whole number of months, not '" + answer + "'");
				}
			}
			case AMOUNT -> Amount.parse(answer).isPresent() ? Optional.empty()
					: Optional.of("Give " + element.label() + " as an amount and a currency or asset code, e.g. 250000 USD, not '"
							+ answer + "'");
			case CHOICE -> element.options().contains(answer) ? Optional.empty()
					: Optional.of("Choose " + element.label() + " from " + String.join(", ", element.options()));
			case CHOICES -> {
				List<String> unknown = new ArrayList<>();
				for (String code : answer.split("[,\\s]+")) {
					if (!element.options().contains(code)) {
						unknown.add(code);
					}
				}
				yield unknown.isEmpty() ? Optional.empty()
						: Optional.of("Not " + element.label() + ": " + String.join(", ", unknown));
			}
		};
	}
}
