package org.hanoinet.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The whole months, from {@code from} to {@code to} included, that statistics cover. Months are calendar months in
 * UTC: a fact counts in the month in which it happened there.
 */
public record Period(YearMonth from, YearMonth to) {

	private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM");

	public Period {
		if (from == null || to == null) {
			throw new InvalidPeriod(from == null ? "from" : "to", InvalidPeriod.Reason.MALFORMED,
					"A period needs its first and its last month.");
		}
		if (from.isAfter(to)) {
			throw new InvalidPeriod("from", InvalidPeriod.Reason.REVERSED,
					"The period starts in " + from + ", after its last month " + to + "; give the earlier month as 'from'.");
		}
	}

	/**
	 * The period named by two months of the form {@code YYYY-MM}, either of them possibly empty: without {@code to}
	 * it ends in {@code current}, without {@code from} it covers the twelve months up to {@code to}.
	 *
	 * @throws InvalidPeriod when a month is not of the form {@code YYYY-MM}, the period ends before it starts, or it
	 *         is longer than {@code maxMonths}
	 */
	public static Period parse(String from, String to, YearMonth current, int maxMonths) {
		YearMonth last = blank(to) ? current : month("to", to);
		YearMonth first = blank(from) ? last.minusMonths(11) : month("from", from);
		Period period = new Period(first, last);
		if (period.months() > maxMonths) {
			throw new InvalidPeriod("to", InvalidPeriod.Reason.TOO_LONG, "The period from " + first + " to " + last + " covers "
					+ period.months() + " months; this node gives at most " + maxMonths
					+ " months at once (hanoinet.reporting.max-months).");
		}
		return period;
	}

	/**
	 * The period named in one parameter, as the network report takes it: a year ({@code 2026}, its twelve months), a
	 * month ({@code 2026-03}) or two months joined by two dots ({@code 2026-01..2026-06}).
	 *
	 * @throws InvalidPeriod naming {@code field} when the text is none of these, the period ends before it starts, or it
	 *         is longer than {@code maxMonths}
	 */
	public static Period named(String field, String text, int maxMonths) {
		String given = text == null ? "" : text.strip();
		Period period;
		if (YEAR.matcher(given).matches()) {
			int year = Integer.parseInt(given);
			period = new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
		}
		else if (given.contains("..")) {
			String[] months = given.split("\\.\\.", -1);
			if (months.length != 2) {
				throw new InvalidPeriod(field, InvalidPeriod.Reason.MALFORMED, "'" + text + "' is not a period: give a year (2026), a month "
						+ "(2026-03) or two months joined by two dots (2026-01..2026-06) for '" + field + "'.");
			}
			YearMonth first = named(field, months[0], text);
			YearMonth last = named(field, months[1], text);
			if (first.isAfter(last)) {
				throw new InvalidPeriod(field, InvalidPeriod.Reason.REVERSED,
						"The period starts in " + first + ", after its last month " + last + "; give the earlier month first in '" + field + "'.");
			}
			period = new Period(first, last);
		}
		else {
			YearMonth month = named(field, given, text);
			period = new Period(month, month);
		}
		if (period.months() > maxMonths) {
			throw new InvalidPeriod(field, InvalidPeriod.Reason.TOO_LONG, "The period from " + period.from() + " to " + period.to()
					+ " covers " + period.months() + " months; this node gives at most " + maxMonths
					+ " months at once (hanoinet.reporting.max-months).");
		}
		return period;
	}

	/** One month of a period named in one parameter; {@code whole} is the parameter as given, for the message. */
	private static YearMonth named(String field, String month, String whole) {
		if (!MONTH.matcher(month.strip()).matches()) {
			throw new InvalidPeriod(field, InvalidPeriod.Reason.MALFORMED, "'" + (whole == null ? "" : whole) + "' is not a period: give a "
					+ "year (2026), a month (2026-03) or two months joined by two dots (2026-01..2026-06) for '" + field + "'.");
		}
		return month(field, month);
	}

	/** How many months the period covers, its first and last included. */
	public int months() {
		return (int) ChronoUnit.MONTHS.between(from, to) + 1;
	}

	/** Every month of the period, in order. */
	public List<YearMonth> everyMonth() {
		List<YearMonth> months = new ArrayList<>(months());
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	/** The first instant of the period: midnight UTC on the first day of its first month. */
	public Instant start() {
		return from.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
	}

	/** The first instant after the period: midnight UTC on the first day of the month after its last. */
	public Instant end() {
		return to.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
	}

	private static YearMonth month(String field, String text) {
		String given = text.strip();
		if (!MONTH.matcher(given).matches()) {
			throw new InvalidPeriod(field, InvalidPeriod.Reason.MALFORMED,
					"'" + text + "' is not a month of the form YYYY-MM, such as 2026-11, for '" + field + "'.");
		}
		try {
			return YearMonth.parse(given, FORMAT);
		}
		catch (DateTimeParseException notAMonth) {
			throw new InvalidPeriod(field, InvalidPeriod.Reason.MALFORMED,
					"'" + text + "' is not a month: the month of '" + field + "' runs from 01 to 12.");
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
