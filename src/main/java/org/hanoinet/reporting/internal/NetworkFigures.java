package org.hanoinet.reporting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hanoinet.cooperation.CaseType;
import org.hanoinet.reporting.NetworkReport;
import org.hanoinet.reporting.NetworkReport.Count;
import org.hanoinet.reporting.NetworkReport.GroupLine;
import org.hanoinet.reporting.NetworkReport.Latencies;
import org.hanoinet.reporting.NetworkReport.LatencySpread;
import org.hanoinet.reporting.NetworkReport.Spread;
import org.hanoinet.reporting.NetworkReport.StateLine;
import org.hanoinet.reporting.NetworkReport.Time;
import org.hanoinet.reporting.NetworkReport.Totals;
import org.hanoinet.reporting.NetworkReport.TypeLine;
import org.hanoinet.reporting.NetworkRequest;
import org.hanoinet.reporting.NetworkRequest.Asked;
import org.hanoinet.reporting.NetworkRequest.Standing;
import org.hanoinet.reporting.internal.AggregateSignatures.Aggregate;
import org.hanoinet.reporting.internal.JdbcNetworkReports.Answer;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.treaty.RegionalGroup;

import tools.jackson.databind.JsonNode;

/**
 * Adds up the verified aggregates of one request into the network report. A count a node gave as {@code "< 5"}
 * counts as 1 to 4, so a sum that includes one is a range; the medians of several States are not combined into a
 * median of the network, which the aggregates cannot give, but shown as the lowest and highest of them.
 */
public final class NetworkFigures {

	private static final Pattern MASKED = Pattern.compile("<\\s*(\\d+)");

	private NetworkFigures() {
	}

	/**
	 * @param request the request with every State asked
	 * @param answers its verified answers, as signed
	 * @param groups the regional group of a State, {@code null} when the treaty registry lists none
	 */
	public static NetworkReport report(NetworkRequest request, List<Answer> answers, Function<CountryCode, RegionalGroup> groups) {
		Map<CountryCode, Answer> byState = new LinkedHashMap<>();
		answers.forEach(answer -> byState.put(answer.state(), answer));
		List<StateLine> states = new ArrayList<>();
		Map<CaseType, Count[]> types = new EnumMap<>(CaseType.class);
		for (Asked asked : request.asked()) {
			Answer answer = byState.get(asked.state());
			RegionalGroup group = groups.apply(asked.state());
			if (answer == null || answer.declined()) {
				states.add(new StateLine(asked.state(), group, asked.node(), asked.standing(), asked.answeredAt(), Totals.ZERO, null, 0,
						answer == null ? null : answer.aggregate()));
				continue;
			}
			Aggregate aggregate = AggregateSignatures.stored(answer.aggregate());
			JsonNode figures = aggregate.statistics();
			int threshold = figures.path("threshold").asInt(1);
			JsonNode sent = figures.path("sent");
			JsonNode received = figures.path("received");
			Totals totals = new Totals(count(sent.path("requests"), threshold), count(received.path("requests"), threshold),
					count(received.path("outcomes").path("executed"), threshold), count(received.path("outcomes").path("refused"), threshold),
					count(received.path("outcomes").path("postponed"), threshold), count(sent.path("outcomes").path("withdrawn"), threshold));
			Latencies latencies = new Latencies(time(received.path("timeToAcknowledge"), threshold),
					time(received.path("timeToFirstAct"), threshold), time(received.path("timeToExecution"), threshold));
			for (JsonNode line : figures.path("requests")) {
				Count[] counts = types.computeIfAbsent(CaseType.valueOf(line.path("type").asString()),
						type -> new Count[] { Count.ZERO, Count.ZERO });
				int side = "SENT".equals(line.path("direction").asString()) ? 0 : 1;
				counts[side] = counts[side].plus(count(line.path("count"), threshold));
			}
			states.add(new StateLine(asked.state(), group, asked.node(), Standing.REPORTED, answer.receivedAt(), totals, latencies,
					threshold, answer.aggregate()));
		}
		List<StateLine> reported = states.stream().filter(line -> line.standing() == Standing.REPORTED).toList();
		List<GroupLine> groupLines = new ArrayList<>();
		for (RegionalGroup group : RegionalGroup.values()) {
			List<StateLine> of = states.stream().filter(line -> line.group() == group).toList();
			if (of.isEmpty()) {
				continue;
			}
			List<StateLine> reporting = of.stream().filter(line -> line.standing() == Standing.REPORTED).toList();
			groupLines.add(new GroupLine(group, reporting.size(), standing(of, Standing.DECLINED).size(),
					standing(of, Standing.NOT_ANSWERED).size(), sum(reporting), spread(reporting)));
		}
		List<TypeLine> typeLines = new ArrayList<>();
		types.forEach((type, counts) -> typeLines.add(new TypeLine(type, counts[0], counts[1])));
		return new NetworkReport(request.id(), request.period(), request.requestedAt(), states, groupLines, typeLines, sum(reported),
				spread(reported), standing(states, Standing.DECLINED).stream().map(StateLine::state).toList(),
				standing(states, Standing.NOT_ANSWERED).stream().map(StateLine::state).toList());
	}

	/** A count as a node exported it: a number, {@code "< T"}, or absent (none). */
	static Count count(JsonNode value, int threshold) {
		if (value.isNumber()) {
			return Count.exactly(value.asLong());
		}
		if (value.isString()) {
			Matcher masked = MASKED.matcher(value.asString());
			return Count.below(masked.find() ? Integer.parseInt(masked.group(1)) : threshold);
		}
		return Count.ZERO;
	}

	private static Time time(JsonNode times, int threshold) {
		return new Time(count(times.path("count"), threshold), seconds(times.path("medianSeconds")), seconds(times.path("p90Seconds")));
	}

	private static Double seconds(JsonNode value) {
		return value.isNumber() ? value.asDouble() : null;
	}

	private static List<StateLine> standing(List<StateLine> lines, Standing standing) {
		return lines.stream().filter(line -> line.standing() == standing).toList();
	}

	private static Totals sum(List<StateLine> lines) {
		return lines.stream().map(StateLine::totals).reduce(Totals.ZERO, Totals::plus);
	}

	private static LatencySpread spread(List<StateLine> lines) {
		return new LatencySpread(spread(lines, Latencies::acknowledgement), spread(lines, Latencies::firstAct),
				spread(lines, Latencies::execution));
	}

	private static Spread spread(List<StateLine> lines, Function<Latencies, Time> which) {
		List<Double> medians = lines.stream()
			.map(StateLine::latencies)
			.filter(Objects::nonNull)
			.map(which)
			.map(Time::medianSeconds)
			.filter(Objects::nonNull)
			.sorted(Comparator.naturalOrder())
			.toList();
		return medians.isEmpty() ? new Spread(0, null, null) : new Spread(medians.size(), medians.getFirst(), medians.getLast());
	}
}
