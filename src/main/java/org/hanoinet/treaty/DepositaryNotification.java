package org.hanoinet.treaty;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.hanoinet.shared.InvalidValue;

/**
 * A depositary notification of the Secretary-General, the Convention's depositary (art. 68, from secondary
 * sources): the reference it carries, such as {@code C.N.196.2025.TREATIES-XVIII.16} (the opening for signature,
 * 13 May 2025), and the day it was issued. The registry says as of which notification its data stands.
 *
 * @param reference the notification's reference, upper case
 * @param date the day the notification was issued
 */
public record DepositaryNotification(String reference, LocalDate date) {

	private static final Pattern REFERENCE = Pattern.compile("C\\.N\\.\\d{1,5}\\.\\d{4}\\.TREATIES-[IVXLC]+\\.\\d{1,3}");

	public DepositaryNotification {
		reference = reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
		if (!REFERENCE.matcher(reference).matches()) {
			throw new InvalidValue("notification", (reference.isEmpty() ? "The update names no depositary notification"
					: "'" + reference + "' is not a depositary notification's reference")
					+ ": write it as the depositary does, e.g. C.N.196.2025.TREATIES-XVIII.16.");
		}
		if (date == null) {
			throw new InvalidValue("notificationDate", "Give the day notification " + reference + " was issued, as YYYY-MM-DD.");
		}
		int year = Integer.parseInt(reference.split("\\.")[3]);
		if (year != date.getYear()) {
			throw new InvalidValue("notificationDate", "Notification " + reference + " is of " + year + ", not of " + date.getYear()
					+ ": check its date.");
		}
	}
}
