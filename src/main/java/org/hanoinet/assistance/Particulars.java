package org.hanoinet.assistance;

import java.time.LocalDate;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.InvalidValue;
import org.hanoinet.treaty.RegionalGroup;

/**
 * What a need or an offer of technical assistance says (art. 54): its title and description, the languages in which
 * it is given or wanted, the UN regional group it concerns, the dates between which it applies and the authority of
 * the recording State to contact about it.
 *
 * @param title a short name, e.g. "Course on 24/7 point of contact procedures"
 * @param description what is needed or offered, for whom and in what form
 * @param languages the languages, as BCP 47 tags ("en", "vi", "fr")
 * @param region the UN regional group it concerns
 * @param from the first day it applies
 * @param to the last day it applies, not before {@code from}
 * @param contact the authority of the directory to contact, which belongs to the recording State
 */
public record Particulars(String title, String description, List<String> languages, RegionalGroup region, LocalDate from,
		LocalDate to, AuthorityId contact) {

	/** The longest title accepted. */
	public static final int TITLE_LENGTH = 200;

	/** The longest description accepted. */
	public static final int DESCRIPTION_LENGTH = 4000;

	public Particulars {
		title = title == null ? "" : title.strip();
		if (title.isEmpty()) {
			throw new InvalidValue("title", "Give a title, such as \"Course on 24/7 point of contact procedures\".");
		}
		if (title.length() > TITLE_LENGTH) {
			throw new InvalidValue("title", "A title has at most " + TITLE_LENGTH + " characters; this one has " + title.length() + ".");
		}
		description = description == null ? "" : description.strip();
		if (description.isEmpty()) {
			throw new InvalidValue("description", "Describe what is needed or offered, for whom and in what form.");
		}
		if (description.length() > DESCRIPTION_LENGTH) {
			throw new InvalidValue("description", "A description has at most " + DESCRIPTION_LENGTH + " characters; this one has "
					+ description.length() + ".");
		}
		if (languages == null || languages.stream().allMatch(tag -> tag == null || tag.isBlank())) {
			throw new InvalidValue("languages", "Give at least one language, as a tag such as en, vi or fr.");
		}
		languages = languages.stream().filter(tag -> tag != null && !tag.isBlank()).map(Particulars::languageTag).distinct().toList();
		if (region == null) {
			throw new InvalidValue("region", "Say which UN regional group it concerns: one of " + List.of(RegionalGroup.values()) + ".");
		}
		if (from == null) {
			throw new InvalidValue("from", "Give the first day, as YYYY-MM-DD.");
		}
		if (to == null) {
			throw new InvalidValue("to", "Give the last day, as YYYY-MM-DD.");
		}
		if (to.isBefore(from)) {
			throw new InvalidValue("to", "The last day, " + to + ", comes before the first, " + from + ".");
		}
		if (contact == null) {
			throw new InvalidValue("contact", "Name the authority to contact (its id in the directory).");
		}
	}

	private static String languageTag(String tag) {
		try {
			String tagged = new Locale.Builder().setLanguageTag(tag.strip()).build().toLanguageTag();
			if (tagged.isEmpty() || "und".equals(tagged)) {
				throw new IllformedLocaleException("no language");
			}
			return tagged;
		}
		catch (IllformedLocaleException malformed) {
			throw new InvalidValue("languages", "'" + tag + "' is not a language tag such as en, vi or fr.");
		}
	}
}
