package org.hanoinet.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hanoinet.cooperation.CaseType;
import org.hanoinet.reporting.NetworkRequest.Standing;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.treaty.RegionalGroup;

/**
 * The network report for the Conference of the States Parties (art. 57): the figures each node signed for the States
 * it serves, verified against the directory, per State, per regional group and per request type, with the times
 * taken, and the States that declined to report or did not answer. A State's figures are as its node exported them:
 * a count below its threshold is only known to lie between 1 and the threshold less one, so a total that adds such
 * counts is a range ({@link Count}).
 *
 * @param request the secretariat's request whose answers these are
 * @param period the months covered
 * @param requestedAt when the secretariat asked
 * @param states one line per State asked, in code order
 * @param groups the totals of the States that reported, per regional group
 * @param types the requests sent and received per request type, over the States that reported
 * @param network the totals of every State that reported
 * @param latencies the spread of the medians of every State that reported
 * @param declined the States that declined to report
 * @param notAnswered the States whose node sent no answer that verified
 */
public record NetworkReport(UUID request, Period period, Instant requestedAt, List<StateLine> states, List<GroupLine> groups,
		List<TypeLine> types, Totals network, LatencySpread latencies, List<CountryCode> declined, List<CountryCode> notAnswered) {

	public NetworkReport {
		states = List.copyOf(states);
		groups = List.copyOf(groups);
		types = List.copyOf(types);
		declined = List.copyOf(declined);
		notAnswered = List.copyOf(notAnswered);
	}

	/**
	 * A count as the report knows it: exact when {@code min == max}, otherwise somewhere between the two because some
	 * of the counts added were given as {@code "< 5"}.
	 */
	public record Count(long min, long max) {

		public static final Count ZERO = new Count(0, 0);

		public Count {
			if (min < 0 || max < min) {
				throw new IllegalArgumentException("A count lies between a minimum and a larger maximum, not " + min + " and " + max + ".");
			}
		}

		/** A count given as it is. */
		public static Count exactly(long value) {
			return new Count(value, value);
		}

		/** A count given as {@code "< threshold"}: at least 1, at most one below the threshold. */
		public static Count below(int threshold) {
			return new Count(1, Math.max(1, threshold - 1));
		}

		public Count plus(Count other) {
			return new Count(min + other.min, max + other.max);
		}

		public boolean exact() {
			return min == max;
		}

		/** The count as a reader sees it: {@code 12}, or {@code 6–13} for a range. */
		@Override
		public String toString() {
			return exact() ? Long.toString(min) : min + "\u2013" + max;
		}
	}

	/**
	 * Requests sent and received, and what the State did with those it received as the requested State: executed,
	 * refused, postponed; and the requests withdrawn by the requesting State after sending.
	 */
	public record Totals(Count sent, Count received, Count executed, Count refused, Count postponed, Count withdrawn) {

		public static final Totals ZERO = new Totals(Count.ZERO, Count.ZERO, Count.ZERO, Count.ZERO, Count.ZERO, Count.ZERO);

		public Totals plus(Totals other) {
			return new Totals(sent.plus(other.sent), received.plus(other.received), executed.plus(other.executed),
					refused.plus(other.refused), postponed.plus(other.postponed), withdrawn.plus(other.withdrawn));
		}
	}

	/**
	 * Times taken on the requests a State received, from their sending: how many were measured, and the median and 90th
	 * percentile in seconds, absent when the State's node measured too few to give them.
	 */
	public record Time(Count measured, Double medianSeconds, Double p90Seconds) {
	}

	/** The times a State's central authority took: to acknowledge, to its first decision, to execution. */
	public record Latencies(Time acknowledgement, Time firstAct, Time execution) {
	}

	/** Across several States, the lowest and highest of their median times, and how many States gave one. */
	public record Spread(int states, Double lowestMedianSeconds, Double highestMedianSeconds) {
	}

	/** The spread of the States' medians for each of the three times. */
	public record LatencySpread(Spread acknowledgement, Spread firstAct, Spread execution) {
	}

	/**
	 * One State of the report.
	 *
	 * @param state the State
	 * @param group its regional group, from the treaty registry, or {@code null} for a State the registry does not list
	 * @param node the node that answers for it
	 * @param standing reported, declined or not answered
	 * @param answeredAt when its answer arrived
	 * @param totals its figures, zero unless it reported
	 * @param latencies its times, {@code null} unless it reported
	 * @param threshold the threshold below which its node gives a count as {@code "< threshold"}, 0 unless it reported
	 * @param aggregate the compact JWS its node signed, for anyone to verify against the directory; {@code null} if none
	 */
	public record StateLine(CountryCode state, RegionalGroup group, String node, Standing standing, Instant answeredAt,
			Totals totals, Latencies latencies, int threshold, String aggregate) {
	}

	/** The States of one regional group: how many reported, declined or did not answer, and the totals of those that reported. */
	public record GroupLine(RegionalGroup group, int reported, int declined, int notAnswered, Totals totals, LatencySpread latencies) {
	}

	/** Requests of one type sent (counted by the requesting States) and received (counted by the requested States). */
	public record TypeLine(CaseType type, Count sent, Count received) {
	}
}
