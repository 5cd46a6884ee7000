package org.hanoinet.reporting.web;

import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hanoinet.identity.Caller;
import org.hanoinet.reporting.DisclosureThreshold;
import org.hanoinet.reporting.InvalidPeriod;
import org.hanoinet.reporting.Period;
import org.hanoinet.reporting.StateStatistics;
import org.hanoinet.reporting.StateStatistics.ClockFigures;
import org.hanoinet.reporting.StateStatistics.Direction;
import org.hanoinet.reporting.StateStatistics.Flow;
import org.hanoinet.reporting.StateStatistics.Times;
import org.hanoinet.reporting.Statistics;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The statistics page of the caller's State: a period selector, the requests sent and received per month and
 * what became of them as inline SVG charts, and tables of the same figures with the times, deadlines, evidence and
 * duty alerts. The page stays inside the node, so it shows every count as it is and marks those an export gives
 * as {@code "< 5"}.
 */
@Controller
class ReportingPages {

	private final Statistics statistics;

	private final ReportingCallers callers;

	private final MessageSource messages;

	ReportingPages(Statistics statistics, ReportingCallers callers, MessageSource messages) {
		this.statistics = statistics;
		this.callers = callers;
		this.messages = messages;
	}

	/** One line of the requests table. */
	record RequestLine(String direction, String type, String partner, String month, long count) {
	}

	/** A measured time: how many, the median and the 90th percentile as text. */
	record TimeLine(String key, long count, String median, String p90) {
	}

	/** A ground of refusal and how many refusals named it. */
	record GroundLine(String ground, long count) {
	}

	/** The figures of one direction as the page shows them. */
	record FlowView(String direction, long requests, Charts.RowChart outcomes, List<GroundLine> grounds, List<TimeLine> times,
			List<ClockFigures> clocks, long evidenceItems, String evidenceBytes) {
	}

	@GetMapping("/reporting")
	String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
			Locale locale) {
		Caller caller = callers.reader();
		Period period;
		try {
			period = statistics.period(from, to);
		}
		catch (InvalidPeriod invalid) {
			model.addAttribute("periodError", "reporting.period.invalid." + invalid.reason().name());
			model.addAttribute("periodField", invalid.field());
			period = statistics.period(null, null);
		}
		StateStatistics figures = statistics.of(caller.state(), period);
		DisclosureThreshold threshold = statistics.threshold();
		model.addAttribute("stateName", caller.state().displayName(locale));
		model.addAttribute("from", period.from().toString());
		model.addAttribute("to", period.to().toString());
		model.addAttribute("period", period);
		model.addAttribute("threshold", threshold);
		model.addAttribute("statistics", figures);
		model.addAttribute("monthChart", Charts.months(figures.monthly(Direction.SENT), figures.monthly(Direction.RECEIVED)));
		model.addAttribute("monthlySent", figures.monthly(Direction.SENT));
		model.addAttribute("monthlyReceived", figures.monthly(Direction.RECEIVED));
		model.addAttribute("requestLines", figures.requests()
			.stream()
			.map(line -> new RequestLine(line.direction().name(), line.type().name(), line.partner().displayName(locale),
					line.month().toString(), line.count()))
			.toList());
		model.addAttribute("flows", List.of(flow(Direction.RECEIVED, figures.received(), locale),
				flow(Direction.SENT, figures.sent(), locale)));
		model.addAttribute("duty", figures.duty());
		model.addAttribute("dutyTime", time("reporting.time.alert", figures.duty().acknowledgement(), locale));
		return "reporting/statistics";
	}

	private FlowView flow(Direction direction, Flow flow, Locale locale) {
		Map<String, Long> outcomes = new LinkedHashMap<>();
		outcomes.put("reporting.outcome.executed", flow.outcomes().executed());
		outcomes.put("reporting.outcome.refused", flow.outcomes().refused());
		outcomes.put("reporting.outcome.postponed", flow.outcomes().postponed());
		outcomes.put("reporting.outcome.withdrawn", flow.outcomes().withdrawn());
		List<GroundLine> grounds = new ArrayList<>();
		flow.outcomes().refusedByGround().forEach((ground, count) -> grounds.add(new GroundLine(ground.name(), count)));
		List<TimeLine> times = List.of(time("reporting.time.acknowledge", flow.acknowledgement(), locale),
				time("reporting.time.firstAct", flow.firstAct(), locale), time("reporting.time.execution", flow.execution(), locale));
		return new FlowView(direction.name(), flow.requests(), Charts.rows(outcomes), grounds, times, flow.clocks(),
				flow.evidence().items(), bytes(flow.evidence().bytes(), locale));
	}

	private TimeLine time(String key, Times times, Locale locale) {
		return new TimeLine(key, times.count(), duration(times.median(), locale), duration(times.p90(), locale));
	}

	/** A duration in its two largest units, e.g. "2 d 3 h" or "14 min 5 s"; a dash when nothing was measured. */
	private String duration(Duration duration, Locale locale) {
		if (duration == null) {
			return "–";
		}
		long[] amounts = { duration.toDaysPart(), duration.toHoursPart(), duration.toMinutesPart(), duration.toSecondsPart() };
		String[] units = { "days", "hours", "minutes", "seconds" };
		List<String> parts = new ArrayList<>();
		for (int unit = 0; unit < amounts.length && parts.size() < 2; unit++) {
			if (amounts[unit] > 0 || !parts.isEmpty()) {
				parts.add(messages.getMessage("reporting.duration." + units[unit], new Object[] { amounts[unit] }, locale));
			}
		}
		return parts.isEmpty() ? messages.getMessage("reporting.duration.seconds", new Object[] { 0 }, locale) : String.join(" ", parts);
	}

	/** A number of bytes in the largest binary unit that keeps it at least 1, with one decimal. */
	private static String bytes(long bytes, Locale locale) {
		String[] units = { "B", "KiB", "MiB", "GiB", "TiB" };
		double value = bytes;
		int unit = 0;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(unit == 0 ? 0 : 1);
		return format.format(value) + " " + units[unit];
	}
}
