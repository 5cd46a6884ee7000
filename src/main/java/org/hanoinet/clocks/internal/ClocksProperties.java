package org.hanoinet.clocks.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
 */
@ConfigurationProperties("hanoinet.clocks")
public record ClocksProperties(
		@DefaultValue Preservation preservation,
		@DefaultValue Acknowledgement acknowledgement,
		@DefaultValue StatusResponse statusResponse,
		@DefaultValue Worker worker) {

	/** Art. 42(6): a preservation is for a period of not less than 60 days. */
	static final Duration MINIMUM_PRESERVATION = Duration.ofDays(60);

	/**
	 * @param period how long the requested State keeps preserved data from its confirmation, and the length of
	 *        one extension when the extension notice names no number of days; at least 60 days (art. 42)
	 * @param reminderBefore how long before the end of the preservation the requesting side is reminded
	 */
	public record Preservation(@DefaultValue("P60D") Duration period, @DefaultValue("P7D") Duration reminderBefore) {

		public Preservation {
			if (period.compareTo(MINIMUM_PRESERVATION) < 0) {
				throw new NodeStartupFailure("hanoinet.clocks.preservation.period is " + period.toDays()
						+ " days, but article 42 of the Convention requires preservation for at least 60 days: set P60D or more.");
			}
			if (reminderBefore.isNegative() || reminderBefore.isZero() || reminderBefore.compareTo(period) >= 0) {
				throw new NodeStartupFailure("hanoinet.clocks.preservation.reminder-before must be longer than zero and shorter than"
						+ " the preservation period, not " + reminderBefore + ".");
			}
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

	/** @param target how long the requested State has to answer a status request (art. 40) */
	public record StatusResponse(@DefaultValue("P7D") Duration target) {

		public StatusResponse {
			positive("hanoinet.clocks.status-response.target", target);
		}
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
