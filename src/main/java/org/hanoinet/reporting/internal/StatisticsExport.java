package org.hanoinet.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hanoinet.reporting.DisclosureThreshold;
import org.hanoinet.reporting.StateStatistics;
import org.hanoinet.reporting.StateStatistics.ClockFigures;
import org.hanoinet.reporting.StateStatistics.Direction;
import org.hanoinet.reporting.StateStatistics.DutyFigures;
import org.hanoinet.reporting.StateStatistics.Flow;
import org.hanoinet.reporting.StateStatistics.Times;

/**
 * A State's statistics as they leave the node, in JSON or CSV, through the statistics API or signed for the network
 * report: every count below the threshold is the text {@code "< 5"}, and a time or byte total measured on such a count
 * is left out, so no single case shows through.
 */
public final class StatisticsExport {

	static final String[] COLUMNS = { "section", "direction", "case_type", "partner_state", "month", "measure", "value" };

	private StatisticsExport() {
	}

	/** The statistics of one State for a period; a count is a number, or {@code "< 5"} when below the threshold. */
	public record StatisticsJson(String state, String from, String to, int threshold, List<RequestsJson> requests, FlowJson sent,
			FlowJson received, DutyJson duty) {
	}

	/** Requests of one type between the State and one partner State in one direction and month. */
	public record RequestsJson(String direction, String type, String partnerState, String month, Object count) {
	}

	/** One direction: requests in the period, their outcomes, the times to acknowledge, to the first act and to execution. */
	public record FlowJson(Object requests, OutcomesJson outcomes, TimesJson timeToAcknowledge, TimesJson timeToFirstAct,
			TimesJson timeToExecution, List<ClockJson> clocks, EvidenceJson evidence) {
	}

	/** Executed, refused (and by ground), postponed, withdrawn. */
	public record OutcomesJson(Object executed, Object refused, Map<String, Object> refusedByGround, Object postponed, Object withdrawn) {
	}

	/** How many durations were measured, and their median and 90th percentile in seconds (absent below the threshold). */
	public record TimesJson(Object count, Double medianSeconds, Double p90Seconds) {
	}

	/** Deadlines of one kind met in time and missed. */
	public record ClockJson(String kind, Object met, Object missed) {
	}

	/** Evidence items and their bytes (absent below the threshold). */
	public record EvidenceJson(Object items, Long bytes) {
	}

	/** Alerts of the State's points of contact, acknowledged by an officer or closed on delivery, and the time to acknowledge. */
	public record DutyJson(Object alerts, Object acknowledged, Object closedByDelivery, TimesJson timeToAcknowledge) {
	}

	public static StatisticsJson json(StateStatistics statistics, DisclosureThreshold threshold) {
		List<RequestsJson> requests = statistics.requests()
			.stream()
			.map(line -> new RequestsJson(line.direction().name(), line.type().name(), line.partner().value(), line.month().toString(),
					threshold.shown(line.count())))
			.toList();
		DutyFigures duty = statistics.duty();
		return new StatisticsJson(statistics.state().value(), statistics.period().from().toString(),
				statistics.period().to().toString(), threshold.value(), requests, flow(statistics.sent(), threshold),
				flow(statistics.received(), threshold), new DutyJson(threshold.shown(duty.alerts()),
						threshold.shown(duty.acknowledged()), threshold.shown(duty.closedByDelivery()),
						times(duty.acknowledgement(), threshold)));
	}

	private static FlowJson flow(Flow flow, DisclosureThreshold threshold) {
		Map<String, Object> grounds = new LinkedHashMap<>();
		flow.outcomes().refusedByGround().forEach((ground, count) -> grounds.put(ground.name(), threshold.shown(count)));
		return new FlowJson(threshold.shown(flow.requests()),
				new OutcomesJson(threshold.shown(flow.outcomes().executed()), threshold.shown(flow.outcomes().refused()), grounds,
						threshold.shown(flow.outcomes().postponed()), threshold.shown(flow.outcomes().withdrawn())),
				times(flow.acknowledgement(), threshold), times(flow.firstAct(), threshold), times(flow.execution(), threshold),
				flow.clocks().stream().map(clock -> new ClockJson(clock.kind().name(), threshold.shown(clock.met()),
						threshold.shown(clock.missed()))).toList(),
				new EvidenceJson(threshold.shown(flow.evidence().items()),
						threshold.below(flow.evidence().items()) ? null : flow.evidence().bytes()));
	}

	private static TimesJson times(Times times, DisclosureThreshold threshold) {
		if (threshold.below(times.count())) {
			return new TimesJson(threshold.masked(), null, null);
		}
		return new TimesJson(times.count(), seconds(times.median()), seconds(times.p90()));
	}

	/** The same figures as rows of {@link #COLUMNS}, one measure a row, for a spreadsheet. */
	public static String csv(StateStatistics statistics, DisclosureThreshold threshold) {
		StringBuilder csv = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get())) {
			for (StateStatistics.RequestCount line : statistics.requests()) {
				printer.printRecord("requests", name(line.direction()), line.type().name(), line.partner().value(), line.month(),
						"count", threshold.shown(line.count()));
			}
			for (Direction direction : Direction.values()) {
				for (List<Object> row : flowRows(statistics.of(direction), threshold)) {
					printer.printRecord(row.get(0), name(direction), "", "", "", row.get(1), row.get(2));
				}
			}
			DutyFigures duty = statistics.duty();
			printer.printRecord("duty", "", "", "", "", "alerts", threshold.shown(duty.alerts()));
			printer.printRecord("duty", "", "", "", "", "acknowledged", threshold.shown(duty.acknowledged()));
			printer.printRecord("duty", "", "", "", "", "closed_by_delivery", threshold.shown(duty.closedByDelivery()));
			for (List<Object> row : timeRows("acknowledge", duty.acknowledgement(), threshold)) {
				printer.printRecord("duty", "", "", "", "", row.get(0), row.get(1));
			}
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return csv.toString();
	}

	private static List<List<Object>> flowRows(Flow flow, DisclosureThreshold threshold) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("totals", "requests", threshold.shown(flow.requests())));
		rows.add(List.of("outcomes", "executed", threshold.shown(flow.outcomes().executed())));
		rows.add(List.of("outcomes", "refused", threshold.shown(flow.outcomes().refused())));
		flow.outcomes().refusedByGround().forEach((ground, count) -> rows.add(List.of("outcomes",
				"refused:" + ground.name(), threshold.shown(count))));
		rows.add(List.of("outcomes", "postponed", threshold.shown(flow.outcomes().postponed())));
		rows.add(List.of("outcomes", "withdrawn", threshold.shown(flow.outcomes().withdrawn())));
		timeRows("acknowledge", flow.acknowledgement(), threshold).forEach(row -> rows.add(times(row)));
		timeRows("first_act", flow.firstAct(), threshold).forEach(row -> rows.add(times(row)));
		timeRows("execution", flow.execution(), threshold).forEach(row -> rows.add(times(row)));
		for (ClockFigures clock : flow.clocks()) {
			String kind = clock.kind().name().toLowerCase(Locale.ROOT);
			rows.add(List.of("clocks", kind + ":met", threshold.shown(clock.met())));
			rows.add(List.of("clocks", kind + ":missed", threshold.shown(clock.missed())));
		}
		rows.add(List.of("evidence", "items", threshold.shown(flow.evidence().items())));
		if (!threshold.below(flow.evidence().items())) {
			rows.add(List.of("evidence", "bytes", flow.evidence().bytes()));
		}
		return rows;
	}

	private static List<Object> times(List<Object> row) {
		return List.of("times", row.get(0), row.get(1));
	}

	/** The count of a time, and its median and 90th percentile in seconds when the count is not below the threshold. */
	private static List<List<Object>> timeRows(String measure, Times times, DisclosureThreshold threshold) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of(measure + ":count", threshold.shown(times.count())));
		if (!threshold.below(times.count()) && times.median() != null) {
			rows.add(List.of(measure + ":median_seconds", seconds(times.median())));
			rows.add(List.of(measure + ":p90_seconds", seconds(times.p90())));
		}
		return rows;
	}

	private static String name(Direction direction) {
		return direction.name().toLowerCase(Locale.ROOT);
	}

	private static Double seconds(Duration duration) {
		return duration == null ? null : duration.toMillis() / 1000.0;
	}
}
