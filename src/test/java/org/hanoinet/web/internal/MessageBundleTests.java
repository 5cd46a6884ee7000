package org.hanoinet.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The Vietnamese interface is complete: no key is missing, empty, or left in English. */
class MessageBundleTests {

	@Test
	void everyEnglishMessageHasAVietnameseTranslation() throws IOException {
		Properties english = load("/messages.properties");
		Properties vietnamese = load("/messages_vi.properties");

		assertThat(vietnamese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		for (String key : english.stringPropertyNames()) {
			assertThat(vietnamese.getProperty(key)).as(key).isNotBlank();
			if (!key.equals("app.name")) {
				assertThat(vietnamese.getProperty(key)).as("%s is still in English", key).isNotEqualTo(english.getProperty(key));
			}
		}
	}

	@Test
	void placeholdersAreKeptInTranslation() throws IOException {
		Properties english = load("/messages.properties");
		Properties vietnamese = load("/messages_vi.properties");

		for (String key : english.stringPropertyNames()) {
			assertThat(vietnamese.getProperty(key).contains("{0")).as(key).isEqualTo(english.getProperty(key).contains("{0"));
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
