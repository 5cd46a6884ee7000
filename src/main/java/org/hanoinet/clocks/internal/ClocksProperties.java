package org.hanoinet.clocks.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.hanoinet.clocks.Counting;
import org.hanoinet.node.NodeStartupFailure;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Periods and targets of the legal clocks, under {@code hanoinet.clocks}. A bad setting stops the node with
 * one sentence.
 *
 * @param preservation the preservation period and its reminder
 * @param acknowledgement acknowledgement targets for urgent and emergency requests
 * @param statusResponse the target for answering a status request
 * @param worker how the firing worker claims and waits
 * @param calendars the working days of each State, for periods counted in working days or rolling past a
 *        non-working day
 */
@ConfigurationProperties("hanoinet.clocks")
public record ClocksProperties(
		@DefaultValue Preservation preservation,
		@DefaultValue Acknowledgement acknowledgement,
		@DefaultValue StatusResponse statusResponse,
		@DefaultValue Worker worker,
		@DefaultValue Calendars calendars) {

	/** Art. 42(6): a preservation is for a period of not less than 60 days. */
	static final Duration MINIMUM_PRESERVATION = Duration.ofDays(60);

	/**
	 * @param period how long the requested State keeps preserved data from its confirmation, and the length of
	 *        one extension when the extension notice names no number of days; at least 60 days (art. 42)
	 * @param reminderBefore how long before the end of the preservation the requesting side is reminded
	 * @param counting how the period is counted: calendar-days (the default), working-days or elapsed
	 * @param receiptDayCounts whether the day of the confirmation is the first day counted; by default it is not,
	 *        so the data stays preserved for at least the whole period whatever the hour of confirmation
	 */
	public record Preservation(@DefaultValue("P60D") Duration period, @DefaultValue("P7D") Duration reminderBefore,
			@DefaultValue("calendar-days") String counting, @DefaultValue("false") boolean receiptDayCounts) {

		public Preservation {
			if (period.compareTo(MINIMUM_PRESERVATION) < 0) {
				throw new NodeStartupFailure("hanoinet.clocks.preservation.period is " + period.toDays()
						+ " days, but article 42 of the Convention requires preservation for at least 60 days: set P60D or more.");
			}
			if (reminderBefore.isNegative() || reminderBefore.isZero() || reminderBefore.compareTo(period) >= 0) {
				throw new NodeStartupFailure("hanoinet.clocks.preservation.reminder-before must be longer than zero and shorter than"
						+ " the preservation period, not " + reminderBefore + ".");
			}
			countingRule("hanoinet.clocks.preservation", period, counting, receiptDayCounts, false);
		}

		/** How the preservation period is counted. */
		public Counting rule() {
			return countingRule("hanoinet.clocks.preservation", period, counting, receiptDayCounts, false);
		}
	}

	/**
	 * @param urgent the target for acknowledging an urgent request
	 * @param emergency the target for acknowledging an emergency request (art. 41(3)(e) and emergency disclosure)
	 * @param pairs urgent targets agreed between a requesting and a requested State, keyed {@code VN-BR}
	 * @param emergencyPairs emergency targets agreed between a requesting and a requested State, keyed {@code VN-BR}
	 */
	public record Acknowledgement(@DefaultValue("PT1H") Duration urgent, @DefaultValue("PT15M") Duration emergency,
			Map<String, Duration> pairs, Map<String, Duration> emergencyPairs) {

		public Acknowledgement {
			positive("hanoinet.clocks.acknowledgement.urgent", urgent);
			positive("hanoinet.clocks.acknowledgement.emergency", emergency);
			pairs = pairs("hanoinet.clocks.acknowledgement.pairs", pairs);
			emergencyPairs = pairs("hanoinet.clocks.acknowledgement.emergency-pairs", emergencyPairs);
		}

		/** The target for a request from {@code requesting} to {@code requested} (ISO alpha-2 codes). */
		Duration target(boolean emergencyRequest, String requesting, String requested) {
			String pair = (requesting + "-" + requested).toUpperCase(Locale.ROOT);
			return emergencyRequest ? emergencyPairs.getOrDefault(pair, emergency) : pairs.getOrDefault(pair, urgent);
		}

		private static Map<String, Duration> pairs(String setting, Map<String, Duration> configured) {
			Map<String, Duration> pairs = new TreeMap<>();
			if (configured != null) {
				configured.forEach((key, target) -> {
					String pair = key.toUpperCase(Locale.ROOT);
					if (!pair.matches("[A-Z]{2}-[A-Z]{2}")) {
						throw new NodeStartupFailure(setting + " is keyed by a requesting and a requested State such as VN-BR, not '"
								+ key + "'.");
					}
					positive(setting + "." + key, target);
					pairs.put(pair, target);
				});
			}
			return Map.copyOf(pairs);
		}
	}

	/**
	 * @param target how long the requested State has to answer a status request (art. 40)
	 * @param counting calendar-days (the default), working-days or elapsed
	 * @param receiptDayCounts whether the day the request arrives is the first day counted
	 * @param rollsPastNonWorkingDay whether an answer due on a non-working day of the requested State is due on
	 *        its next working day instead (the default)
	 */
	public record StatusResponse(@DefaultValue("P7D") Duration target, @DefaultValue("calendar-days") String counting,
			@DefaultValue("false") boolean receiptDayCounts, @DefaultValue("true") boolean rollsPastNonWorkingDay) {

		public StatusResponse {
			positive("hanoinet.clocks.status-response.target", target);
			countingRule("hanoinet.clocks.status-response", target, counting, receiptDayCounts, rollsPastNonWorkingDay);
		}

		/** How the answer's period is counted. */
		public Counting rule() {
			return countingRule("hanoinet.clocks.status-response", target, counting, receiptDayCounts, rollsPastNonWorkingDay);
		}
	}

	/**
	 * The working days of each State. No public holiday is invented: a State's holidays are read from
	 * {@code <directory>/<alpha-2 code>.csv} (lines {@code YYYY-MM-DD,name}) when a directory is set, and the
	 * shipped calendars under {@code clocks/calendars/} are empty.
	 *
	 * @param weekend the days of rest of every State without its own setting, as a list such as SATURDAY,SUNDAY
	 * @param weekends days of rest of particular States, keyed by alpha-2 code, e.g. {@code AE=SATURDAY,SUNDAY}
	 * @param directory where holiday files are read from; empty for none
	 */
	public record Calendars(@DefaultValue("SATURDAY,SUNDAY") String weekend, Map<String, String> weekends,
			@DefaultValue("") String directory) {

		public Calendars {
			days("hanoinet.clocks.calendars.weekend", weekend);
			Map<String, String> byState = new TreeMap<>();
			if (weekends != null) {
				weekends.forEach((state, days) -> {
					String code = state.toUpperCase(Locale.ROOT);
					if (!code.matches("[A-Z]{2}")) {
						throw new NodeStartupFailure("hanoinet.clocks.calendars.weekends is keyed by a State's alpha-2 code such as AE, not '"
								+ state + "'.");
					}
					days("hanoinet.clocks.calendars.weekends." + state, days);
					byState.put(code, days);
				});
			}
			weekends = Map.copyOf(byState);
			directory = directory == null ? "" : directory.strip();
		}

		/** The days of rest of the State with this alpha-2 code. */
		EnumSet<DayOfWeek> weekendOf(String state) {
			String setting = state == null ? null : weekends.get(state.toUpperCase(Locale.ROOT));
			return days("hanoinet.clocks.calendars.weekend", setting == null ? weekend : setting);
		}

		private static EnumSet<DayOfWeek> days(String setting, String list) {
			EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
			for (String day : list.split(",")) {
				if (day.isBlank()) {
					continue;
				}
				try {
					days.add(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException notADay) {
					throw new NodeStartupFailure(setting + " lists days of the week such as SATURDAY,SUNDAY; '" + day.strip() + "' is not one.");
				}
			}
			if (days.size() == 7) {
				throw new NodeStartupFailure(setting + " makes every day a day of rest: no period counted in working days could end.");
			}
			return days;
		}
	}

	private static Counting countingRule(String setting, Duration period, String counting, boolean receiptDayCounts, boolean rolls) {
		Counting.Unit unit;
		try {
			unit = Counting.Unit.of(counting, setting + ".counting");
		}
		catch (IllegalArgumentException bad) {
			throw new NodeStartupFailure(bad.getMessage());
		}
		if (unit == Counting.Unit.ELAPSED) {
			return Counting.elapsed(period);
		}
		if (!period.equals(Duration.ofDays(period.toDays()))) {
			throw new NodeStartupFailure(setting + " counts " + unit.name().toLowerCase(Locale.ROOT).replace('_', '-')
					+ ", so its period must be whole days such as P7D, not " + period + " (or set " + setting + ".counting=elapsed).");
		}
		return Counting.days(unit, Math.toIntExact(period.toDays()), receiptDayCounts, rolls);
	}

	/**
	 * @param batchSize clocks fired per transaction
	 * @param maxSleep the longest the worker waits before looking again, so clocks started by other instances
	 *        sharing the database are fired in time too
	 */
	public record Worker(@DefaultValue("200") int batchSize, @DefaultValue("1s") Duration maxSleep) {

		public Worker {
			if (batchSize < 1) {
				throw new NodeStartupFailure("hanoinet.clocks.worker.batch-size must be at least 1, not " + batchSize + ".");
			}
			if (maxSleep.isNegative() || maxSleep.isZero() || maxSleep.compareTo(Duration.ofSeconds(1)) > 0) {
				throw new NodeStartupFailure("hanoinet.clocks.worker.max-sleep must be longer than zero and at most one second"
						+ " (clocks fire within a second of their due time), not " + maxSleep + ".");
			}
		}
	}

	private static void positive(String setting, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new NodeStartupFailure(setting + " must be a duration longer than zero, such as PT30M, not " + value + ".");
		}
	}
}
