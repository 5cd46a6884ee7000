package org.hanoinet.clocks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * How a legal clock counts its period, so that a deadline falls where a lawyer counting by hand puts it. The
 * Convention sets periods ("not less than 60 days", "within a reasonable time") but no counting rule; each rule
 * here is a setting of the node, and each clock keeps the rule it was computed with ({@link #key()}).
 * <ul>
 * <li>{@link Unit#ELAPSED}: a plain duration from the starting act, for the urgent paths counted in hours and
 * minutes.</li>
 * <li>{@link Unit#CALENDAR_DAYS} and {@link Unit#WORKING_DAYS}: whole days in a time zone (the requested
 * authority's); the day of the starting act counts or not; the period ends at midnight at the end of its last day;
 * a last day that is not a working day may roll on to the next working day.</li>
 * </ul>
 *
 * @param unit what is counted
 * @param elapsed the duration, for {@link Unit#ELAPSED}; zero otherwise
 * @param days the number of days, for day counts; zero otherwise
 * @param receiptDayCounts whether the day of the starting act is the first day counted
 * @param rollsPastNonWorkingDay whether a last day that is not a working day moves to the next working day
 */
public record Counting(Unit unit, Duration elapsed, int days, boolean receiptDayCounts, boolean rollsPastNonWorkingDay) {

	/** The version of the counting rules; a clock stores it with its rule, so a later change of rules is visible. */
	public static final String VERSION = "v1";

	/** What a period counts. */
	public enum Unit {
		/** Time as it passes, from the instant of the starting act. */
		ELAPSED,
		/** Every day of the calendar. */
		CALENDAR_DAYS,
		/** Days that are working days in the State that must act. */
		WORKING_DAYS;

		/** Reads a unit as written in settings: elapsed, calendar-days, working-days. */
		public static Unit of(String text, String setting) {
			String normalized = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
			for (Unit unit : values()) {
				if (unit.name().equals(normalized)) {
					return unit;
				}
			}
			throw new IllegalArgumentException(setting + " is 'elapsed', 'calendar-days' or 'working-days', not '" + text + "'.");
		}

		String label() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	public Counting {
		if (unit == null) {
			throw new IllegalArgumentException("A counting rule needs a unit.");
		}
		elapsed = elapsed == null ? Duration.ZERO : elapsed;
		if (unit == Unit.ELAPSED && (elapsed.isNegative() || elapsed.isZero())) {
			throw new IllegalArgumentException("An elapsed period must be longer than zero, not " + elapsed + ".");
		}
		if (unit != Unit.ELAPSED && days < 1) {
			throw new IllegalArgumentException("A period counted in days needs at least one day, not " + days + ".");
		}
	}

	/** A plain duration from the starting act. */
	public static Counting elapsed(Duration duration) {
		return new Counting(Unit.ELAPSED, duration, 0, false, false);
	}

	/** A period of whole days. */
	public static Counting days(Unit unit, int days, boolean receiptDayCounts, boolean rollsPastNonWorkingDay) {
		if (unit == Unit.ELAPSED) {
			throw new IllegalArgumentException("Use Counting.elapsed for a duration.");
		}
		return new Counting(unit, Duration.ZERO, days, receiptDayCounts, rollsPastNonWorkingDay);
	}

	/**
	 * When a period started at {@code start} ends: for day counts, midnight at the end of the last day in
	 * {@code zone}, with {@code workingDay} telling the working days of the State that must act.
	 */
	public Instant due(Instant start, ZoneId zone, Predicate<LocalDate> workingDay) {
		if (unit == Unit.ELAPSED) {
			return start.plus(elapsed);
		}
		LocalDate day = start.atZone(zone).toLocalDate();
		if (!receiptDayCounts) {
			day = day.plusDays(1);
		}
		int counted = 0;
		while (true) {
			if (unit == Unit.CALENDAR_DAYS || workingDay.test(day)) {
				counted++;
				if (counted == days) {
					break;
				}
			}
			day = day.plusDays(1);
		}
		if (rollsPastNonWorkingDay) {
			for (int guard = 0; !workingDay.test(day); guard++) {
				if (guard > 366) {
					throw new IllegalStateException("The calendar has no working day in the year after " + day + ".");
				}
				day = day.plusDays(1);
			}
		}
		return day.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/**
	 * The rule as stored with each clock and named in its audit leaves, e.g.
	 * {@code v1 calendar-days 60 receipt-day-not-counted no-roll} or {@code v1 elapsed PT1H}.
	 */
	public String key() {
		if (unit == Unit.ELAPSED) {
			return VERSION + " elapsed " + elapsed;
		}
		return VERSION + " " + unit.label() + " " + days + " " + (receiptDayCounts ? "receipt-day-counted" : "receipt-day-not-counted") + " "
				+ (rollsPastNonWorkingDay ? "rolls-to-working-day" : "no-roll");
	}

	/** The rule in a sentence, for the proof of timeliness and the pages. */
	public String describe(ZoneId zone) {
		if (unit == Unit.ELAPSED) {
			return describeElapsed(elapsed) + " from the act that started it (rule " + VERSION + ").";
		}
		return days + (unit == Unit.CALENDAR_DAYS ? " calendar days" : " working days") + "; the day of receipt "
				+ (receiptDayCounts ? "counts" : "does not count") + "; ends at midnight " + zone.getId()
				+ (rollsPastNonWorkingDay ? "; a last day that is not a working day moves to the next working day" : "") + " (rule " + VERSION
				+ ").";
	}

	/** Describes a stored rule key in a sentence; keys of rules before {@link #VERSION} are described as such. */
	public static String describe(String key, ZoneId zone) {
		if (key == null || key.startsWith("v0")) {
			return "A plain duration from the act that started it (computed before counting rules, v0).";
		}
		String[] parts = key.split(" ");
		if (parts.length == 3 && parts[1].equals("elapsed")) {
			return elapsed(Duration.parse(parts[2])).describe(zone);
		}
		if (parts.length == 5) {
			return days(Unit.of(parts[1], "rule"), Integer.parseInt(parts[2]), parts[3].equals("receipt-day-counted"),
					parts[4].equals("rolls-to-working-day")).describe(zone);
		}
		return "Rule " + key + ".";
	}

	private static String describeElapsed(Duration duration) {
		if (duration.toMinutesPart() == 0 && duration.toSecondsPart() == 0 && duration.toHours() > 0) {
			return duration.toHours() + (duration.toHours() == 1 ? " hour" : " hours");
		}
		if (duration.toSecondsPart() == 0 && duration.toMinutes() > 0) {
			return duration.toMinutes() + (duration.toMinutes() == 1 ? " minute" : " minutes");
		}
		return duration.toSeconds() + (duration.toSeconds() == 1 ? " second" : " seconds");
	}
}
