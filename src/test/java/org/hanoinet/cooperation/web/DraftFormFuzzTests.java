package org.hanoinet.cooperation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.FormElement;
import org.hanoinet.cooperation.RequestContents;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the binding of the request form with any form body a browser may post. Binding never fails: what can be read
 * is kept as typed, and every field that cannot be read is named next to a field of the form with a message that
 * exists in English and Vietnamese; the bound contents can always be checked against every type of request.
 */
class DraftFormFuzzTests {

	/** The inputs next to which the form shows an error, and those the checker names above it. */
	static final Set<String> FIELDS = Set.of("type", "requestedAuthority", "legalBasisKind", "legalBasisArticle",
			"legalBasisInstrument", "offenceKind", "offenceArticle", "offenceDescription", "urgency", "follows");

	static final Properties ENGLISH = messages("i18n/cooperation.properties");

	static final Properties VIETNAMESE = messages("i18n/cooperation_vi.properties");

	@FuzzTest(maxDuration = "15s")
	void bindsWhatCanBeReadAndNamesEveryOtherFieldWithAMessage(byte[] input) {
		DraftForm form = DraftForm.of(posted(new String(input, StandardCharsets.UTF_8)));

		CaseType type = form.type();
		form.requestedAuthority();
		RequestContents contents = form.contents();

		assertThat(form.errors).allSatisfy((field, key) -> {
			assertThat(FIELDS).contains(field);
			assertThat(ENGLISH.getProperty(key)).as("English text of %s", key).isNotBlank();
			assertThat(VIETNAMESE.getProperty(key)).as("Vietnamese text of %s", key).isNotBlank();
		});
		if (type != null) {
			assertThat(type.name()).isEqualTo(form.value("type"));
		}
		if (!form.value("urgency").isEmpty() && !form.errors.containsKey("urgency")) {
			assertThat(contents.urgency().name()).isEqualTo(form.value("urgency"));
		}
		if (!form.value("language").isBlank()) {
			assertThat(contents.language()).isEqualTo(form.value("language").strip().toLowerCase(Locale.ROOT));
		}
		for (FormElement element : FormElement.values()) {
			String typed = form.value(DraftForm.ELEMENT + element.name());
			if (element.kind() == FormElement.Kind.TEXT && !typed.isBlank()) {
				assertThat(contents.answer(element)).isEqualTo(typed.strip());
			}
		}
		for (CaseType each : CaseType.values()) {
			assertThat(contents.missing(each)).allSatisfy(missing -> assertThat(missing.message()).isNotBlank());
		}
		assertThat(contents.canonical()).containsKey("urgency");
	}

	/** The body as the servlet container reads an application/x-www-form-urlencoded post; it drops undecodable pairs. */
	private static MultiValueMap<String, String> posted(String body) {
		MultiValueMap<String, String> posted = new LinkedMultiValueMap<>();
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			try {
				String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
				String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				if (!name.isEmpty()) {
					posted.add(name, value);
				}
			}
			catch (IllegalArgumentException undecodable) {
				// the container skips a parameter it cannot decode
			}
		}
		return posted;
	}

	private static Properties messages(String resource) {
		Properties messages = new Properties();
		try (InputStream in = DraftFormFuzzTests.class.getClassLoader().getResourceAsStream(resource)) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		return messages;
	}
}
