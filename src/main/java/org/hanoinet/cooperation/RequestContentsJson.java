package org.hanoinet.cooperation;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Request contents as plain JSON values, for storage and for federation. */
public final class RequestContentsJson {

	private RequestContentsJson() {
	}

	/** The contents as a JSON object of strings, numbers, booleans and one nested object of elements. */
	public static Map<String, Object> write(RequestContents contents) {
		Map<String, Object> json = new LinkedHashMap<>();
		if (contents.legalBasis() != null) {
			json.put("legalBasis", contents.legalBasis().kind().name());
			json.put("legalBasisArticle", contents.legalBasis().article());
			json.put("legalBasisInstrument", contents.legalBasis().instrument());
		}
		if (contents.offenceBasis() != null) {
			json.put("offenceBasis", contents.offenceBasis().kind().name());
			json.put("offenceArticle", contents.offenceBasis().article());
			json.put("offenceDescription", contents.offenceBasis().description());
		}
		json.put("urgency", contents.urgency().name());
		json.put("language", contents.language());
		json.put("confidential", contents.conditions().confidential());
		json.put("limitedUse", contents.conditions().limitedUse());
		json.put("dataProtection", contents.conditions().dataProtection());
		Map<String, String> elements = new TreeMap<>();
		contents.elements().forEach((element, text) -> elements.put(element.name(), text));
		json.put("elements", elements);
		json.put("follows", contents.follows() == null ? null : contents.follows().toString());
		return json;
	}

	/** The contents written by {@link #write}. */
	public static RequestContents read(Map<String, Object> json) {
		LegalBasis legalBasis = json.get("legalBasis") == null ? null
				: new LegalBasis(LegalBasis.Kind.valueOf((String) json.get("legalBasis")), integer(json.get("legalBasisArticle")),
						(String) json.get("legalBasisInstrument"));
		OffenceBasis offenceBasis = json.get("offenceBasis") == null ? null
				: new OffenceBasis(OffenceBasis.Kind.valueOf((String) json.get("offenceBasis")), integer(json.get("offenceArticle")),
						(String) json.get("offenceDescription"));
		Map<FormElement, String> elements = new EnumMap<>(FormElement.class);
		@SuppressWarnings("unchecked")
		Map<String, String> stored = (Map<String, String>) json.getOrDefault("elements", Map.of());
		stored.forEach((name, answer) -> elements.put(FormElement.valueOf(name), answer));
		return new RequestContents(legalBasis, offenceBasis, Urgency.valueOf((String) json.get("urgency")),
				(String) json.get("language"), new Conditions(Boolean.TRUE.equals(json.get("confidential")),
						Boolean.TRUE.equals(json.get("limitedUse")), (String) json.get("dataProtection")),
				elements, json.get("follows") == null ? null : CaseId.of((String) json.get("follows")));
	}

	private static Integer integer(Object value) {
		return value == null ? null : ((Number) value).intValue();
	}
}
