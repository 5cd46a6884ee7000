package org.hanoinet.assistance.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.hanoinet.assistance.Particulars;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;
import org.hanoinet.treaty.RegionalGroup;

/**
 * Reads what the API and the pages were given as text into the register's values, naming the field of anything it
 * cannot read, so that the answer says which field to correct.
 */
final class AssistanceForms {

	private AssistanceForms() {
	}

	static Particulars particulars(String title, String description, List<String> languages, String region, String from,
			String to, String contact) {
		return new Particulars(title, description, languages, choice("region", region, RegionalGroup.class), date("from", from),
				date("to", to), authority("contact", contact));
	}

	/** A value of {@code type} by its name; {@code null} when nothing was given, so that the value object names what is missing. */
	static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value.strip())) {
				return constant;
			}
		}
		throw new InvalidValue(field, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()) + ".");
	}

	static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException notADate) {
			throw new InvalidValue(field, "'" + value + "' is not a day of the form YYYY-MM-DD, such as 2027-03-15.");
		}
	}

	static AuthorityId authority(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new AuthorityId(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException notUuid) {
			throw new InvalidValue(field, "'" + value + "' is not an authority id (a UUID).");
		}
	}

	static List<CountryCode> states(String field, List<String> codes) {
		List<CountryCode> states = new ArrayList<>();
		for (String code : codes == null ? List.<String>of() : codes) {
			if (code == null || code.isBlank()) {
				continue;
			}
			try {
				states.add(CountryCode.of(code.strip()));
			}
			catch (InvalidValue notACode) {
				throw new InvalidValue(field, notACode.getMessage());
			}
		}
		return states;
	}

	/** The items of a comma-separated list, as a form's text field gives them. */
	static List<String> list(String text) {
		return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
	}
}
