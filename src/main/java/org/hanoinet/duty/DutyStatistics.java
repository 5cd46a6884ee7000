package org.hanoinet.duty;

import java.time.Duration;
import java.util.List;

/**
 * How fast a State's points of contact acknowledge alerts (art. 41): the alerts raised, those acknowledged,
 * and the median and 95th percentile of the time from alert to acknowledgement.
 *
 * @param alerts alerts raised
 * @param acknowledged alerts acknowledged
 * @param open alerts still waiting
 * @param median median time to acknowledge, or {@code null} when none was acknowledged
 * @param p95 95th percentile (nearest rank), or {@code null} when none was acknowledged
 */
public record DutyStatistics(int alerts, int acknowledged, int open, Duration median, Duration p95) {

	/** The statistics of a set of alerts. */
	public static DutyStatistics of(List<Alert> alerts) {
		List<Duration> times = alerts.stream().flatMap(alert -> alert.timeToAcknowledge().stream()).sorted().toList();
		int open = (int) alerts.stream().filter(Alert::open).count();
		return new DutyStatistics(alerts.size(), times.size(), open, percentile(times, 50), percentile(times, 95));
	}

	/** The nearest-rank percentile of sorted durations. */
	static Duration percentile(List<Duration> sorted, int percent) {
		if (sorted.isEmpty()) {
			return null;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(rank, 1) - 1);
	}
}
