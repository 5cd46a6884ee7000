package org.hanoinet.directory;

import java.time.Instant;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;

/**
 * An authority a State has designated: its central authority (art. 40), its 24/7 point of contact (art. 41),
 * a competent authority for police cooperation or confiscation (arts. 47 and 50), or a liaison; with the
 * channels through which it is reached, the languages it accepts and when it works.
 *
 * @param id stable identifier of the authority
 * @param state the State that designated it
 * @param kind what it was designated as
 * @param name its official name in English, e.g. "Ministry of Public Security"
 * @param localName its official name in the State's language, or {@code null} when it is the English one
 * @param email its functional mailbox
 * @param phone the telephone number that reaches it (the fallback channel), international form "+84 24 ..."
 * @param languages the languages in which it accepts requests, as BCP 47 tags ("en", "vi", "pt-BR")
 * @param timeZone its time zone, in which rosters and office hours are read
 * @param availability whether it works around the clock or office hours
 * @param officeHours its hours when it works office hours, otherwise {@code null}
 * @param designation since when, and until when, it is designated
 */
public record Authority(AuthorityId id, CountryCode state, AuthorityKind kind, String name, String localName,
		String email, String phone, List<String> languages, ZoneId timeZone, Availability availability,
		OfficeHours officeHours, Designation designation) {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+[0-9][0-9 ]{5,22}");

	public Authority {
		if (id == null || state == null || kind == null) {
			throw new InvalidValue("authority", "An authority needs an id, a State and a kind.");
		}
		if (name == null || name.isBlank()) {
			throw new InvalidValue("name", "An authority needs a name in English.");
		}
		localName = localName == null || localName.isBlank() ? null : localName.strip();
		if (email == null || !EMAIL.matcher(email).matches()) {
			throw new InvalidValue("email", "'" + email + "' is not an e-mail address such as 24x7@police.example.");
		}
		if (phone == null || !PHONE.matcher(phone).matches()) {
			throw new InvalidValue("phone", "'" + phone
					+ "' is not a telephone number in international form, such as +84 24 3826 0000.");
		}
		if (languages == null || languages.isEmpty()) {
			throw new InvalidValue("languages", "An authority must accept at least one language.");
		}
		languages = languages.stream().map(Authority::languageTag).distinct().toList();
		if (timeZone == null) {
			throw new InvalidValue("timeZone", "An authority needs a time zone, such as Asia/Ho_Chi_Minh.");
		}
		if (availability == null) {
			throw new InvalidValue("availability", "Say whether the authority works around the clock or office hours.");
		}
		if (kind == AuthorityKind.POINT_OF_CONTACT && availability != Availability.ROUND_THE_CLOCK) {
			throw new InvalidValue("availability", "A point of contact must be available 24 hours a day, 7 days a week (art. 41).");
		}
		if (availability == Availability.OFFICE_HOURS && officeHours == null) {
			throw new InvalidValue("officeHours", "An authority that works office hours needs its opening and closing times.");
		}
		if (availability == Availability.ROUND_THE_CLOCK) {
			officeHours = null;
		}
		if (designation == null) {
			throw new InvalidValue("validFrom", "An authority needs the date its designation takes effect.");
		}
	}

	/** Whether the State's designation of this authority is in effect at {@code instant}. */
	public boolean designatedAt(Instant instant) {
		return designation.inEffectAt(instant);
	}

	/** This authority with its designation ended at {@code end}. */
	public Authority endedAt(Instant end) {
		return new Authority(id, state, kind, name, localName, email, phone, languages, timeZone, availability,
				officeHours, designation.endedAt(end));
	}

	/** Parses a time zone id, saying what is wrong with a bad one. */
	public static ZoneId timeZone(String zone) {
		try {
			return ZoneId.of(zone);
		}
		catch (RuntimeException unknown) {
			throw new InvalidValue("timeZone", "'" + zone + "' is not a time zone: use an IANA name such as Asia/Ho_Chi_Minh.");
		}
	}

	private static String languageTag(String tag) {
		try {
			String wellFormed = tag == null ? "" : new Locale.Builder().setLanguageTag(tag.strip()).build().toLanguageTag();
			if (wellFormed.isEmpty() || "und".equals(wellFormed)) {
				throw new IllformedLocaleException("empty");
			}
			return wellFormed;
		}
		catch (IllformedLocaleException malformed) {
			throw new InvalidValue("languages", "'" + tag + "' is not a language tag such as en, vi or pt-BR.");
		}
	}
}
