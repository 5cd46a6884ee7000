package org.hanoinet.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.hanoinet.reporting.internal.StatisticsReadModel;
import org.hanoinet.shared.CountryCode;
import org.springframework.stereotype.Service;

/**
 * The statistics of the States served by this node, from its read model of the other modules' events (arts. 55
 * and 57). Callers scope them: a State's figures go only to that State's readers.
 */
@Service
public class Statistics {

	private final StatisticsReadModel readModel;

	private final ReportingProperties settings;

	private final Clock clock;

	Statistics(StatisticsReadModel readModel, ReportingProperties settings, Clock clock) {
		this.readModel = readModel;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The period named by two months {@code YYYY-MM}; without {@code to} it ends in the current month (UTC), without
	 * {@code from} it covers twelve months.
	 *
	 * @throws InvalidPeriod when a month is malformed, the period ends before it starts or is longer than
	 *         {@code hanoinet.reporting.max-months}
	 */
	public Period period(String from, String to) {
		return Period.parse(from, to, YearMonth.now(clock.withZone(ZoneOffset.UTC)), settings.maxMonths());
	}

	/** The exact figures of {@code state} for the period. */
	public StateStatistics of(CountryCode state, Period period) {
		return readModel.statistics(state, period);
	}

	/** The rule for the figures that leave the node. */
	public DisclosureThreshold threshold() {
		return new DisclosureThreshold(settings.threshold());
	}
}
