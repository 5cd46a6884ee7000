package org.hanoinet.shared;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A State or a regional economic integration organization, by its ISO 3166-1 alpha-2 code ("VN" for
 * Viet Nam). "EU" stands for the European Union, which takes part as a regional economic integration
 * organization (art. 2 and art. 64 of the Convention).
 */
public record CountryCode(String value) implements Comparable<CountryCode> {

	private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

	private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

	public CountryCode {
		if (value == null || value.isBlank()) {
			throw new InvalidValue("country", "A country code is required (two capital letters, e.g. VN).");
		}
		if (!ALPHA_2.matcher(value).matches()) {
			throw new InvalidValue("country", "'" + value + "' is not a country code: use ISO 3166-1 alpha-2, two capital letters such as VN.");
		}
		if (!ISO_COUNTRIES.contains(value) && !"EU".equals(value)) {
			throw new InvalidValue("country", "'" + value + "' is not an assigned ISO 3166-1 alpha-2 country code.");
		}
	}

	public static CountryCode of(String value) {
		return new CountryCode(value);
	}

	/** The name of this State in the given language, e.g. "Vietnam" in English and "Việt Nam" in Vietnamese. */
	public String displayName(Locale language) {
		if ("EU".equals(value)) {
			return "vi".equals(language.getLanguage()) ? "Liên minh châu Âu" : "European Union";
		}
		return Locale.of("", value).getDisplayCountry(language);
	}

	@Override
	public int compareTo(CountryCode other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}
}
