package org.hanoinet.cooperation.web.letters;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.hanoinet.cooperation.AssistanceType;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.FormElement;
import org.hanoinet.shared.CountryCode;
import org.springframework.context.MessageSource;

/**
 * The sentences of a letter in one language. Labels of types, form elements and assistance types come from the
 * language's template when it has them, else from the cooperation bundle (English and Vietnamese), so a case
 * type added later gets letters without a change here; only its labels may then print in English.
 */
final class LetterTemplate {

	/** A trailing "(art. 42)" or "(Điều 42)" of a UI label: the letter cites the article itself. */
	private static final Pattern ARTICLE_SUFFIX = Pattern.compile("\\s*\\([^()]*\\d[^()]*\\)\\s*$");

	private final Locale locale;

	private final Properties sentences;

	private final MessageSource messages;

	LetterTemplate(Locale locale, Properties sentences, MessageSource messages) {
		this.locale = locale;
		this.sentences = sentences;
		this.messages = messages;
	}

	Locale locale() {
		return locale;
	}

	String language() {
		return locale.getLanguage();
	}

	/** The sentence {@code key} with its arguments filled in. */
	String text(String key, Object... arguments) {
		String pattern = sentences.getProperty(key);
		if (pattern == null) {
			throw new IllegalStateException("The letter template '" + language() + "' has no sentence '" + key + "'.");
		}
		return new MessageFormat(pattern, locale).format(arguments);
	}

	String typeName(CaseType type) {
		return ARTICLE_SUFFIX.matcher(label("type." + type.name(), "cooperation.type." + type.name(), humanized(type.name())))
			.replaceFirst("");
	}

	String elementLabel(FormElement element) {
		return label("element." + element.name(), "cooperation.element." + element.name(), element.label());
	}

	String assistanceName(AssistanceType type) {
		return label("assistance." + type.name(), "cooperation.assistance." + type.name(), humanized(type.name()));
	}

	/** A reference such as "art. 42, item 2" or "arts. 2 and 41" in this language. */
	String reference(String reference) {
		return reference.replace("arts. ", text("ref.arts") + " ")
			.replace("art. ", text("ref.art") + " ")
			.replace(", item ", ", " + text("ref.item") + " ")
			.replace(" and ", " " + text("ref.and") + " ");
	}

	String stateName(CountryCode state) {
		return state.displayName(locale);
	}

	String date(Instant instant) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZoneOffset.UTC).format(instant);
	}

	String time(Instant instant) {
		return DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC).format(instant);
	}

	private String label(String ownKey, String bundleKey, String fallback) {
		String own = sentences.getProperty(ownKey);
		if (own != null) {
			return own;
		}
		return messages.getMessage(bundleKey, null, fallback, locale);
	}

	private static String humanized(String name) {
		String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
