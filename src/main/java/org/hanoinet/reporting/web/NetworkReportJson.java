package org.hanoinet.reporting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hanoinet.reporting.NetworkReport;
import org.hanoinet.reporting.NetworkReport.Count;
import org.hanoinet.reporting.NetworkReport.LatencySpread;
import org.hanoinet.reporting.NetworkReport.Spread;
import org.hanoinet.reporting.NetworkReport.Time;
import org.hanoinet.reporting.NetworkReport.Totals;
import org.hanoinet.reporting.NetworkRequest;
import org.hanoinet.shared.CountryCode;

/**
 * The network report and the report requests as JSON. A count is a number when it is exact, or
 * {@code {"atLeast": 6, "atMost": 13}} when it adds counts that a node gave as {@code "< 5"}.
 */
final class NetworkReportJson {

	private NetworkReportJson() {
	}

	/** The whole report. */
	record ReportJson(String request, String from, String to, String requestedAt, TotalsJson network, SpreadJson latencies,
			List<StateJson> states, List<GroupJson> groups, List<TypeJson> types, List<String> declined, List<String> notAnswered) {
	}

	/** Requests sent and received; executed, refused and postponed by the requested State; withdrawn by the requesting State. */
	record TotalsJson(Object sent, Object received, Object executed, Object refused, Object postponed, Object withdrawn) {
	}

	/** How many were measured, and the median and 90th percentile in seconds when the node gave them. */
	record TimeJson(Object count, Double medianSeconds, Double p90Seconds) {
	}

	/** The times a State took on the requests it received. */
	record LatenciesJson(TimeJson timeToAcknowledge, TimeJson timeToFirstAct, TimeJson timeToExecution) {
	}

	/** Over several States: how many gave a median, and the lowest and highest of their medians in seconds. */
	record MedianSpreadJson(int states, Double lowestMedianSeconds, Double highestMedianSeconds) {
	}

	/** The spread of the medians of the three times. */
	record SpreadJson(MedianSpreadJson timeToAcknowledge, MedianSpreadJson timeToFirstAct, MedianSpreadJson timeToExecution) {
	}

	/** One State: its answer, its figures and the aggregate its node signed. */
	record StateJson(String state, String group, String node, String standing, String answeredAt, int threshold, TotalsJson totals,
			LatenciesJson latencies, String aggregate) {
	}

	/** One regional group. */
	record GroupJson(String group, int reported, int declined, int notAnswered, TotalsJson totals, SpreadJson latencies) {
	}

	/** One request type. */
	record TypeJson(String type, Object sent, Object received) {
	}

	/** A report request and where each State's answer stands. */
	record RequestJson(String id, String from, String to, String requestedAt, String requestedBy, List<AskedJson> states) {
	}

	/** One State asked. */
	record AskedJson(String state, String node, String standing, String answeredAt, String refusal) {
	}

	static ReportJson of(NetworkReport report) {
		return new ReportJson(report.request().toString(), report.period().from().toString(), report.period().to().toString(),
				report.requestedAt().toString(), totals(report.network()), spread(report.latencies()),
				report.states().stream().map(line -> new StateJson(line.state().value(), line.group() == null ? null : line.group().name(),
						line.node(), line.standing().name(), line.answeredAt() == null ? null : line.answeredAt().toString(), line.threshold(),
						totals(line.totals()), line.latencies() == null ? null
								: new LatenciesJson(time(line.latencies().acknowledgement()), time(line.latencies().firstAct()),
										time(line.latencies().execution())),
						line.aggregate())).toList(),
				report.groups().stream().map(line -> new GroupJson(line.group().name(), line.reported(), line.declined(), line.notAnswered(),
						totals(line.totals()), spread(line.latencies()))).toList(),
				report.types().stream().map(line -> new TypeJson(line.type().name(), count(line.sent()), count(line.received()))).toList(),
				codes(report.declined()), codes(report.notAnswered()));
	}

	static RequestJson of(NetworkRequest request) {
		return new RequestJson(request.id().toString(), request.period().from().toString(), request.period().to().toString(),
				request.requestedAt().toString(), request.requestedBy(),
				request.asked().stream().map(asked -> new AskedJson(asked.state().value(), asked.node(), asked.standing().name(),
						asked.answeredAt() == null ? null : asked.answeredAt().toString(), asked.refusal())).toList());
	}

	/** An exact count as a number, a range as its least and greatest value. */
	static Object count(Count count) {
		if (count.exact()) {
			return count.min();
		}
		Map<String, Long> range = new LinkedHashMap<>();
		range.put("atLeast", count.min());
		range.put("atMost", count.max());
		return range;
	}

	private static TotalsJson totals(Totals totals) {
		return new TotalsJson(count(totals.sent()), count(totals.received()), count(totals.executed()), count(totals.refused()),
				count(totals.postponed()), count(totals.withdrawn()));
	}

	private static TimeJson time(Time time) {
		return new TimeJson(count(time.measured()), time.medianSeconds(), time.p90Seconds());
	}

	private static SpreadJson spread(LatencySpread spread) {
		return new SpreadJson(spread(spread.acknowledgement()), spread(spread.firstAct()), spread(spread.execution()));
	}

	private static MedianSpreadJson spread(Spread spread) {
		return new MedianSpreadJson(spread.states(), spread.lowestMedianSeconds(), spread.highestMedianSeconds());
	}

	private static List<String> codes(List<CountryCode> states) {
		return states.stream().map(CountryCode::value).toList();
	}
}
