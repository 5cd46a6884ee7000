package org.hanoinet.treaty;

import java.util.Locale;

import org.hanoinet.shared.CountryCode;

/**
 * A State or organization that may sign and join the Convention: the 193 UN Member States, the State of
 * Palestine and the European Union.
 *
 * @param code three-letter code, the participant's key everywhere in the registry
 * @param alpha2 ISO 3166-1 alpha-2 code ("EU" for the European Union), the key other modules use
 * @param name short English name
 * @param officialName formal English name
 * @param kind UN member, non-member State or REIO
 * @param group the key it is counted under
 */
public record Participant(ParticipantCode code, CountryCode alpha2, String name, String officialName, ParticipantKind kind,
		RegionalGroup group) {

	public boolean isReio() {
		return kind == ParticipantKind.REIO;
	}

	/** Its name in the reader's language where Java knows one, else the English name. */
	public String displayName(Locale language) {
		if (!"vi".equals(language.getLanguage())) {
			return name;
		}
		String localized = alpha2.displayName(language);
		return localized.isBlank() || localized.equals(alpha2.value()) ? name : localized;
	}
}
