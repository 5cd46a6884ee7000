package org.hanoinet.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The Vietnamese interface is complete: no key is missing, empty, or left in English. */
class MessageBundleTests {

	static final List<String> BUNDLES = List.of("messages", "i18n/treaty", "i18n/directory", "i18n/identity", "i18n/audit",
			"i18n/cooperation", "i18n/exchange", "i18n/duty", "i18n/evidence", "i18n/letters", "i18n/law",
			"i18n/reporting", "i18n/assistance");

	@ParameterizedTest
	@FieldSource("BUNDLES")
	void everyEnglishMessageHasAVietnameseTranslation(String bundle) throws IOException {
		Properties english = load("/" + bundle + ".properties");
		Properties vietnamese = load("/" + bundle + "_vi.properties");

		assertThat(vietnamese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		for (String key : english.stringPropertyNames()) {
			assertThat(vietnamese.getProperty(key)).as(key).isNotBlank();
			if (!key.equals("app.name") && !key.endsWith(".untranslated")) {
				assertThat(vietnamese.getProperty(key)).as("%s is still in English", key).isNotEqualTo(english.getProperty(key));
			}
		}
	}

	@ParameterizedTest
	@FieldSource("BUNDLES")
	void placeholdersAreKeptInTranslation(String bundle) throws IOException {
		Properties english = load("/" + bundle + ".properties");
		Properties vietnamese = load("/" + bundle + "_vi.properties");

		for (String key : english.stringPropertyNames()) {
			for (int argument = 0; argument < 5; argument++) {
				String placeholder = "{" + argument;
				assertThat(vietnamese.getProperty(key).contains(placeholder)).as("%s keeps %s}", key, placeholder)
					.isEqualTo(english.getProperty(key).contains(placeholder));
			}
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(MessageBundleTests.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
