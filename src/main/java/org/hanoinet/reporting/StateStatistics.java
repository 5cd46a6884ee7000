package org.hanoinet.reporting;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.hanoinet.clocks.ClockKind;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.RefusalGround;
import org.hanoinet.shared.CountryCode;

/**
 * What one State's requests came to in a period, as this node saw them (arts. 55 and 57): the requests it sent and
 * received by type, partner State and month; for each direction the outcomes, the times to acknowledge, to the
 * first act and to execution, the clocks met and missed and the evidence volume; and its points of contact's duty
 * alerts. Every figure counts in the month its fact happened (UTC). The figures are exact: {@link DisclosureThreshold}
 * says how they may leave the node.
 *
 * @param state the State whose figures these are
 * @param period the months covered
 * @param requests requests sent or received, one line per direction, type, partner State and month with at least one
 * @param sent the requests this State sent and what the requested States did with them
 * @param received the requests this State received and what it did with them
 * @param duty the alerts of this State's points of contact
 */
public record StateStatistics(CountryCode state, Period period, List<RequestCount> requests, Flow sent, Flow received,
		DutyFigures duty) {

	public StateStatistics {
		requests = List.copyOf(requests);
	}

	/** Whether a request left this State or reached it. */
	public enum Direction {

		/** This State is the requesting State. */
		SENT,

		/** This State is the requested State. */
		RECEIVED
	}

	/** How many requests of one type went between this State and one partner State in one direction in one month. */
	public record RequestCount(Direction direction, CaseType type, CountryCode partner, YearMonth month, long count) {
	}

	/**
	 * The figures of one direction: requests sent in the period, what became of requests in it, how long it took,
	 * the deadlines of the requested side (arts. 40 to 42) and the evidence that came with the requests.
	 */
	public record Flow(long requests, Outcomes outcomes, Times acknowledgement, Times firstAct, Times execution,
			List<ClockFigures> clocks, EvidenceVolume evidence) {

		public Flow {
			clocks = List.copyOf(clocks);
		}
	}

	/**
	 * What the requested State did: executed in full, refused (each ground of a refusal counted, so grounds may add up
	 * to more than the refusals), postponed, or withdrawn by the requesting State after it was sent.
	 */
	public record Outcomes(long executed, long refused, SortedMap<RefusalGround, Long> refusedByGround, long postponed,
			long withdrawn) {

		public Outcomes {
			refusedByGround = new TreeMap<>(refusedByGround);
		}
	}

	/**
	 * Durations from the sending of a request (its approval) to a later act, with how many were measured; the
	 * median and 90th percentile are nearest-rank and {@code null} when nothing was measured.
	 */
	public record Times(long count, Duration median, Duration p90) {
	}

	/** The deadlines of one kind that ended in the period: met in time, or missed (the target passed first). */
	public record ClockFigures(ClockKind kind, long met, long missed) {
	}

	/** Evidence items stored with the requests, and their bytes; a copy received from the same node is not counted twice. */
	public record EvidenceVolume(long items, long bytes) {
	}

	/**
	 * Alerts raised for this State's points of contact: acknowledged by an officer (on the duty page, by the link of
	 * a message, or by acknowledging the case), closed by the node when an undelivered envelope arrived, and the time
	 * from alert to acknowledgement by an officer.
	 */
	public record DutyFigures(long alerts, long acknowledged, long closedByDelivery, Times acknowledgement) {
	}

	/** The requests of one direction per month of the period, every month present. */
	public SortedMap<YearMonth, Long> monthly(Direction direction) {
		SortedMap<YearMonth, Long> months = new TreeMap<>();
		period.everyMonth().forEach(month -> months.put(month, 0L));
		requests.stream()
			.filter(line -> line.direction() == direction)
			.forEach(line -> months.merge(line.month(), line.count(), Long::sum));
		return months;
	}

	/** The figures of one direction. */
	public Flow of(Direction direction) {
		return direction == Direction.SENT ? sent : received;
	}

	/** The requests of one direction per partner State, most first. */
	public Map<CountryCode, Long> byPartner(Direction direction) {
		Map<CountryCode, Long> partners = new TreeMap<>();
		requests.stream()
			.filter(line -> line.direction() == direction)
			.forEach(line -> partners.merge(line.partner(), line.count(), Long::sum));
		return partners;
	}
}
