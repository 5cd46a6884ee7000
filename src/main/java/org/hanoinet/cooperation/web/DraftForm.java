package org.hanoinet.cooperation.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.Conditions;
import org.hanoinet.cooperation.FormElement;
import org.hanoinet.cooperation.LegalBasis;
import org.hanoinet.cooperation.OffenceBasis;
import org.hanoinet.cooperation.RequestContents;
import org.hanoinet.cooperation.Urgency;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.InvalidValue;
import org.springframework.util.MultiValueMap;

/**
 * What the drafter typed into the request form, kept as typed so that the form can be shown again, and
 * turned into {@link RequestContents} with one error per field that cannot be read. Each error is a message key
 * of the cooperation bundle.
 */
final class DraftForm {

	static final String ELEMENT = "element.";

	final Map<String, String> values = new LinkedHashMap<>();

	final Map<FormElement, List<String>> multiple = new EnumMap<>(FormElement.class);

	/** Field name to message key of what is wrong with it. */
	final Map<String, String> errors = new LinkedHashMap<>();

	private DraftForm() {
	}

	/** An empty form for a request of {@code type}, urgent when the type's answer is needed at once. */
	static DraftForm empty(CaseType type) {
		DraftForm form = new DraftForm();
		if (type != null) {
			form.values.put("type", type.name());
		}
		form.values.put("urgency", type == CaseType.EMERGENCY_DISCLOSURE ? Urgency.EMERGENCY.name() : Urgency.ROUTINE.name());
		return form;
	}

	/** The form showing what a saved draft says, for editing it. */
	static DraftForm of(Case draft) {
		DraftForm form = empty(draft.type());
		RequestContents contents = draft.contents();
		form.values.put("requestedAuthority", draft.requested().authority().toString());
		LegalBasis basis = contents.legalBasis();
		if (basis != null) {
			form.put("legalBasisKind", basis.kind().name());
			form.put("legalBasisArticle", basis.article());
			form.put("legalBasisInstrument", basis.instrument());
		}
		OffenceBasis offence = contents.offenceBasis();
		if (offence != null) {
			form.put("offenceKind", offence.kind().name());
			form.put("offenceArticle", offence.article());
			form.put("offenceDescription", offence.description());
		}
		form.put("urgency", contents.urgency().name());
		form.put("language", contents.language());
		if (contents.conditions().confidential()) {
			form.put("confidential", "true");
		}
		if (contents.conditions().limitedUse()) {
			form.put("limitedUse", "true");
		}
		form.put("dataProtection", contents.conditions().dataProtection());
		form.put("follows", contents.follows());
		contents.elements().forEach((element, answer) -> {
			if (element.kind() == FormElement.Kind.ASSISTANCE_TYPES) {
				form.multiple.put(element, contents.assistanceTypes().stream().map(Enum::name).toList());
			}
			else if (element.kind() == FormElement.Kind.CHOICES) {
				form.multiple.put(element, List.of(answer.split("[,\\s]+")));
			}
			else {
				form.put(ELEMENT + element.name(), answer);
			}
		});
		return form;
	}

	private void put(String field, Object value) {
		if (value != null) {
			values.put(field, value.toString());
		}
	}

	/** The form as posted. */
	static DraftForm of(MultiValueMap<String, String> posted) {
		DraftForm form = new DraftForm();
		posted.forEach((name, given) -> {
			if (name.equals("_csrf") || given == null || given.isEmpty()) {
				return;
			}
			if (name.startsWith(ELEMENT)) {
				FormElement element = element(name.substring(ELEMENT.length()));
				if (element != null && (element.kind() == FormElement.Kind.ASSISTANCE_TYPES
						|| element.kind() == FormElement.Kind.CHOICES)) {
					form.multiple.put(element, given.stream().filter(value -> !value.isBlank()).toList());
					return;
				}
			}
			String value = given.getLast();
			if (value != null && !value.isBlank()) {
				form.values.put(name, value);
			}
		});
		return form;
	}

	/** The value typed into {@code field}, or an empty string. */
	String value(String field) {
		return values.getOrDefault(field, "");
	}

	boolean checked(String field) {
		return values.containsKey(field);
	}

	/** Whether {@code code} is among the values chosen for {@code element} (the assistance types). */
	boolean chosen(FormElement element, String code) {
		return multiple.getOrDefault(element, List.of()).contains(code);
	}

	String error(String field) {
		return errors.get(field);
	}

	CaseType type() {
		String type = value("type");
		if (type.isEmpty()) {
			return null;
		}
		try {
			return CaseType.valueOf(type);
		}
		catch (IllegalArgumentException unknown) {
			errors.put("type", "cooperation.error.type");
			return null;
		}
	}

	AuthorityId requestedAuthority() {
		String id = value("requestedAuthority");
		if (id.isEmpty()) {
			return null;
		}
		try {
			return AuthorityId.of(id);
		}
		catch (RuntimeException unreadable) {
			errors.put("requestedAuthority", "cooperation.error.requestedAuthority");
			return null;
		}
	}

	/** The request's contents; fields that cannot be read are left out and named in {@link #errors}. */
	RequestContents contents() {
		LegalBasis legalBasis = read("legalBasis", () -> legalBasis());
		OffenceBasis offenceBasis = read("offenceBasis", () -> offenceBasis());
		Urgency urgency = read("urgency", () -> value("urgency").isEmpty() ? null : Urgency.valueOf(value("urgency")));
		Conditions conditions = new Conditions(checked("confidential"), checked("limitedUse"), value("dataProtection"));
		Map<FormElement, String> elements = new EnumMap<>(FormElement.class);
		for (FormElement element : FormElement.values()) {
			if (element.kind() == FormElement.Kind.ASSISTANCE_TYPES || element.kind() == FormElement.Kind.CHOICES) {
				List<String> chosen = multiple.getOrDefault(element, List.of());
				if (!chosen.isEmpty()) {
					elements.put(element, String.join(",", chosen));
				}
			}
			else if (values.containsKey(ELEMENT + element.name())) {
				elements.put(element, value(ELEMENT + element.name()));
			}
		}
		CaseId follows = read("follows", () -> value("follows").isEmpty() ? null : new CaseId(UUID.fromString(value("follows"))));
		return new RequestContents(legalBasis, offenceBasis, urgency, value("language"), conditions, elements, follows);
	}

	/** The errors as the checker lists them: message keys, in form order. */
	List<String> errorKeys() {
		return new ArrayList<>(errors.values());
	}

	private LegalBasis legalBasis() {
		String kind = value("legalBasisKind");
		if (kind.isEmpty()) {
			return null;
		}
		LegalBasis.Kind chosen = LegalBasis.Kind.valueOf(kind);
		Integer article = chosen == LegalBasis.Kind.CONVENTION ? number("legalBasis.article") : null;
		if (chosen == LegalBasis.Kind.CONVENTION && article == null) {
			throw new InvalidValue("legalBasis.article", "article");
		}
		return new LegalBasis(chosen, article, value("legalBasisInstrument"));
	}

	private OffenceBasis offenceBasis() {
		String kind = value("offenceKind");
		if (kind.isEmpty()) {
			return null;
		}
		OffenceBasis.Kind chosen = OffenceBasis.Kind.valueOf(kind);
		Integer article = chosen == OffenceBasis.Kind.CONVENTION_OFFENCE ? number("offenceBasis.article") : null;
		if (chosen == OffenceBasis.Kind.CONVENTION_OFFENCE && article == null) {
			throw new InvalidValue("offenceBasis.article", "article");
		}
		return new OffenceBasis(chosen, article, value("offenceDescription"));
	}

	private Integer number(String errorField) {
		String field = errorField.startsWith("legalBasis") ? "legalBasisArticle" : "offenceArticle";
		String typed = value(field).strip();
		if (typed.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(typed);
		}
		catch (NumberFormatException notNumber) {
			throw new InvalidValue(errorField, "not a number");
		}
	}

	private <T> T read(String field, java.util.function.Supplier<T> value) {
		try {
			return value.get();
		}
		catch (InvalidValue invalid) {
			errors.put(fieldOf(invalid.field()), "cooperation.error." + invalid.field());
			return null;
		}
		catch (IllegalArgumentException unreadable) {
			errors.put(fieldOf(field), "cooperation.error." + field);
			return null;
		}
	}

	/** The input next to which an error of the domain's field is shown. */
	static String fieldOf(String domainField) {
		return switch (domainField) {
			case "legalBasis.article" -> "legalBasisArticle";
			case "legalBasis.instrument" -> "legalBasisInstrument";
			case "legalBasis" -> "legalBasisKind";
			case "offenceBasis.article" -> "offenceArticle";
			case "offenceBasis.description" -> "offenceDescription";
			case "offenceBasis" -> "offenceKind";
			default -> domainField;
		};
	}

	private static FormElement element(String name) {
		try {
			return FormElement.valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}
}
