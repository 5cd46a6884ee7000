package org.hanoinet.cooperation.web.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.hanoinet.cooperation.AssistanceType;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.FormElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The letter templates without a node: every language has every sentence, and the languages that the cooperation
 * bundle does not cover (French, Spanish, Portuguese) name every type, element and assistance type of part 1 in
 * their own words.
 */
class LetterTemplatesTests {

	/** The part-1 types; types added later print their labels from the cooperation bundle until translated here. */
	static final List<CaseType> PART_ONE = List.of(CaseType.PRESERVATION, CaseType.TRAFFIC_DATA_DISCLOSURE,
			CaseType.STORED_DATA_ACCESS, CaseType.REAL_TIME_TRAFFIC_DATA, CaseType.CONTENT_INTERCEPTION,
			CaseType.MUTUAL_LEGAL_ASSISTANCE, CaseType.EMERGENCY_DISCLOSURE);

	final LetterTemplates templates = new LetterTemplates(bundle());

	@ParameterizedTest
	@ValueSource(strings = { "en", "vi", "fr", "es", "pt" })
	void everyLanguageWritesEverySentenceAndLabel(String language) {
		LetterTemplate template = templates.of(language).orElseThrow();
		assertThat(template.text("subject", "X", "42")).contains("42").doesNotContain("{");
		assertThat(template.text("verification.how", "https://node.example/cases/1", "3", "https://node.example/audit?q=ab"))
			.contains("https://node.example/cases/1", "3", "https://node.example/audit?q=ab");
		for (CaseType type : PART_ONE) {
			assertThat(template.typeName(type)).as(type.name()).isNotBlank().doesNotContain("(").doesNotContain("_");
			for (FormElement.Requirement requirement : type.form()) {
				assertThat(template.elementLabel(requirement.element())).isNotEqualTo(requirement.element().name());
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "fr", "es", "pt" })
	void languagesWithoutAUiBundleNameTypesElementsAndAssistanceInTheirOwnWords(String language) {
		LetterTemplate template = templates.of(language).orElseThrow();
		LetterTemplate english = templates.of("en").orElseThrow();
		for (CaseType type : PART_ONE) {
			assertThat(template.typeName(type)).as(type.name()).isNotEqualTo(english.typeName(type));
			for (FormElement.Requirement requirement : type.form()) {
				assertThat(template.elementLabel(requirement.element())).as(requirement.element().name())
					.isNotEqualTo(english.elementLabel(requirement.element()));
			}
		}
		for (AssistanceType type : AssistanceType.values()) {
			assertThat(template.assistanceName(type)).as(type.name()).isNotEqualTo(english.assistanceName(type));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "pt-BR", "PT", "es-419" })
	void regionalTagsTakeTheirLanguagesTemplate(String tag) {
		assertThat(templates.of(tag)).hasValueSatisfying(
				template -> assertThat(template.language()).isEqualTo(Locale.forLanguageTag(tag).getLanguage()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ar", "zh", "ru", "" })
	void languagesWithoutTemplateHaveNone(String tag) {
		assertThat(templates.of(tag)).isEmpty();
		assertThat(templates.languages()).containsExactly("en", "es", "fr", "pt", "vi");
	}

	private static ResourceBundleMessageSource bundle() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "i18n/cooperation");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
