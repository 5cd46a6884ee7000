package org.hanoinet.treaty;

import java.util.Locale;
import java.util.regex.Pattern;

import org.hanoinet.shared.InvalidValue;

/**
 * A participant by its three-letter code: ISO 3166-1 alpha-3 for States ("VNM", "PSE"), and {@code EUU} for the
 * European Union (the code the World Bank and others use; ISO assigns none).
 */
public record ParticipantCode(String value) implements Comparable<ParticipantCode> {

	private static final Pattern ALPHA_3 = Pattern.compile("[A-Z]{3}");

	/** The European Union. */
	public static final ParticipantCode EUROPEAN_UNION = new ParticipantCode("EUU");

	public ParticipantCode {
		if (value == null || value.isBlank()) {
			throw new InvalidValue("participant", "A participant code is required (ISO 3166-1 alpha-3, e.g. VNM; EUU for the European Union).");
		}
		if (!ALPHA_3.matcher(value).matches()) {
			throw new InvalidValue("participant", "'" + value
					+ "' is not a participant code: use ISO 3166-1 alpha-3, three capital letters such as VNM (EUU for the European Union).");
		}
	}

	/** Reads a code as a caller typed it: surrounding spaces and lower case are forgiven. */
	public static ParticipantCode of(String value) {
		return new ParticipantCode(value == null ? null : value.strip().toUpperCase(Locale.ROOT));
	}

	@Override
	public int compareTo(ParticipantCode other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}
}
