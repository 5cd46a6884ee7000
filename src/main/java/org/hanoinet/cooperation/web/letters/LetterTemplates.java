package org.hanoinet.cooperation.web.letters;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The fixed sentences and labels of formal letters, one file per language ({@code letters/letter_<tag>.properties}):
 * a language has letters exactly when its file exists. Each file must carry every sentence of the English one,
 * which is checked at start-up, so a letter is never half in another language.
 */
@Component
class LetterTemplates {

	private static final Pattern FILE = Pattern.compile("letter_([a-z]{2,3})\\.properties");

	private final Map<String, LetterTemplate> templates = new TreeMap<>();

	LetterTemplates(MessageSource messages) {
		Map<String, Properties> files = new TreeMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:letters/letter_*.properties")) {
				Matcher name = FILE.matcher(String.valueOf(resource.getFilename()));
				if (name.matches()) {
					files.put(name.group(1), load(resource));
				}
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("The letter templates cannot be read", unreadable);
		}
		Properties english = files.get("en");
		if (english == null) {
			throw new IllegalStateException("The English letter template letters/letter_en.properties is missing.");
		}
		files.forEach((language, sentences) -> {
			Set<String> missing = new TreeSet<>(english.stringPropertyNames());
			missing.removeAll(sentences.stringPropertyNames());
			if (!missing.isEmpty()) {
				throw new IllegalStateException("The letter template letters/letter_" + language + ".properties lacks " + missing + ".");
			}
			templates.put(language, new LetterTemplate(Locale.forLanguageTag(language), sentences, messages));
		});
	}

	/** The template for a request written in {@code language} (a BCP 47 tag; "pt-BR" takes the "pt" template). */
	Optional<LetterTemplate> of(String language) {
		if (language == null || language.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(templates.get(Locale.forLanguageTag(language.strip()).getLanguage()));
	}

	/** The languages in which letters can be written, as tags, in alphabetical order. */
	SortedSet<String> languages() {
		return new TreeSet<>(templates.keySet());
	}

	private static Properties load(Resource resource) throws IOException {
		Properties sentences = new Properties();
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			sentences.load(reader);
		}
		return sentences;
	}
}
