package org.hanoinet.cooperation.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.Conditions;
import org.hanoinet.cooperation.FormElement;
import org.hanoinet.cooperation.LegalBasis;
import org.hanoinet.cooperation.OffenceBasis;
import org.hanoinet.cooperation.RequestContents;
import org.hanoinet.cooperation.Urgency;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Request contents, event details and condition lists as the JSON columns of the case tables hold them. */
final class ContentsCodec {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ContentsCodec() {
	}

	static String write(RequestContents contents) {
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
		return JSON.writeValueAsString(json);
	}

	static RequestContents read(String text) {
		Map<String, Object> json = JSON.readValue(text, new TypeReference<Map<String, Object>>() {
		});
		LegalBasis legalBasis = json.get("legalBasis") == null ? null
				: new LegalBasis(LegalBasis.Kind.valueOf((String) json.get("legalBasis")),
						(Integer) json.get("legalBasisArticle"), (String) json.get("legalBasisInstrument"));
		OffenceBasis offenceBasis = json.get("offenceBasis") == null ? null
				: new OffenceBasis(OffenceBasis.Kind.valueOf((String) json.get("offenceBasis")),
						(Integer) json.get("offenceArticle"), (String) json.get("offenceDescription"));
		Map<FormElement, String> elements = new EnumMap<>(FormElement.class);
		@SuppressWarnings("unchecked")
		Map<String, String> stored = (Map<String, String>) json.getOrDefault("elements", Map.of());
		stored.forEach((name, answer) -> elements.put(FormElement.valueOf(name), answer));
		return new RequestContents(legalBasis, offenceBasis, Urgency.valueOf((String) json.get("urgency")),
				(String) json.get("language"), new Conditions(Boolean.TRUE.equals(json.get("confidential")),
						Boolean.TRUE.equals(json.get("limitedUse")), (String) json.get("dataProtection")),
				elements, json.get("follows") == null ? null : CaseId.of((String) json.get("follows")));
	}

	static String writeDetails(SortedMap<String, String> details) {
		return JSON.writeValueAsString(details);
	}

	static SortedMap<String, String> readDetails(String text) {
		return new TreeMap<>(JSON.readValue(text, new TypeReference<Map<String, String>>() {
		}));
	}

	static String writeList(List<String> items) {
		return JSON.writeValueAsString(items);
	}

	static List<String> readList(String text) {
		return List.copyOf(JSON.readValue(text, new TypeReference<List<String>>() {
		}));
	}
}
