package org.hanoinet.cooperation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hanoinet.shared.InvalidValue;

/**
 * A sum of money or of a virtual asset, as asset-recovery requests and decisions state it (arts. 50 and 52):
 * a non-negative decimal amount and a currency or asset code, e.g. "250000 USD" or "1.5 BTC".
 *
 * @param value the amount, never negative
 * @param unit an ISO 4217 currency code or a virtual-asset code, in capitals
 */
public record Amount(BigDecimal value, String unit) {

	private static final Pattern TEXT = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s+([A-Za-z0-9]{2,10})\\s*$");

	public Amount {
		if (value == null || value.signum() < 0) {
			throw new InvalidValue("amount", "An amount is a number of at least zero.");
		}
		if (unit == null || unit.isBlank()) {
			throw new InvalidValue("amount", "An amount needs its currency or asset code, e.g. USD or BTC.");
		}
		unit = unit.strip().toUpperCase(Locale.ROOT);
	}

	/** The amount written as "250000 USD", or empty when the text is not of that form. */
	public static Optional<Amount> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = TEXT.matcher(text);
		return matcher.matches() ? Optional.of(new Amount(new BigDecimal(matcher.group(1)), matcher.group(2))) : Optional.empty();
	}

	/** The amount of {@code text}, or an {@link InvalidValue} for {@code field} saying what form it must take. */
	public static Amount of(String field, String text) {
		return parse(text).orElseThrow(() -> new InvalidValue(field,
				"Give the " + field + " as an amount and a currency or asset code, e.g. 250000 USD, not '" + text + "'."));
	}

	/** This amount less {@code other}, in the same unit. */
	public Amount minus(Amount other) {
		if (!unit.equals(other.unit)) {
			throw new InvalidValue("amount", "Amounts in " + unit + " and " + other.unit + " cannot be subtracted: use one unit.");
		}
		return new Amount(value.subtract(other.value), unit);
	}

	/** "250000 USD". */
	@Override
	public String toString() {
		return value.toPlainString() + " " + unit;
	}
}
