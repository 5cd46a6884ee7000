package org.hanoinet.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hanoinet.identity.Caller;
import org.hanoinet.reporting.Period;
import org.hanoinet.reporting.StateStatistics;
import org.hanoinet.reporting.Statistics;
import org.hanoinet.reporting.StatisticsExported;
import org.hanoinet.reporting.internal.StatisticsExport;
import org.hanoinet.shared.InvalidValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's State's statistics for a period of months, as JSON or CSV. The figures leave the node here, so
 * counts below the threshold are {@code "< 5"} and each export is an audit leaf.
 */
@RestController
@RequestMapping("/api/v1/reporting")
@Tag(name = "Reporting", description = "Statistics of the caller's State (arts. 55 and 57): requests, outcomes, times, deadlines, evidence, duty")
class ReportingApi {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final Statistics statistics;

	private final ReportingCallers callers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReportingApi(Statistics statistics, ReportingCallers callers, ApplicationEventPublisher events, Clock clock) {
		this.statistics = statistics;
		this.callers = callers;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping(path = "/statistics", produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	@Operation(summary = "The caller's State's statistics from one month to another (YYYY-MM, default the last twelve);"
			+ " counts below hanoinet.reporting.threshold are \"< 5\"; CSV with Accept: text/csv or format=csv")
	ResponseEntity<?> statistics(
			@Parameter(description = "first month, YYYY-MM") @RequestParam(required = false) String from,
			@Parameter(description = "last month, YYYY-MM") @RequestParam(required = false) String to,
			@Parameter(description = "json or csv; without it the Accept header decides") @RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		Caller caller = callers.reader();
		boolean csv = csv(format, accept);
		Period period = statistics.period(from, to);
		StateStatistics figures = statistics.of(caller.state(), period);
		events.publishEvent(new StatisticsExported(caller.state().value(), period, csv ? "csv" : "json",
				caller.authority().toString(), caller.id().toString(), clock.instant()));
		String name = "statistics-" + caller.state().value() + "-" + period.from() + "-" + period.to();
		if (csv) {
			return ResponseEntity.ok()
				.contentType(TEXT_CSV)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
				.body(StatisticsExport.csv(figures, statistics.threshold()));
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(StatisticsExport.json(figures, statistics.threshold()));
	}

	private static boolean csv(String format, String accept) {
		if (format != null && !format.isBlank()) {
			return switch (format.strip().toLowerCase(Locale.ROOT)) {
				case "csv" -> true;
				case "json" -> false;
				default -> throw new InvalidValue("format", "'" + format + "' is not a format of the statistics: use json or csv.");
			};
		}
		if (accept == null) {
			return false;
		}
		// The first of the two named decides, in the order the client gave them; a wildcard alone means JSON.
		return MediaType.parseMediaTypes(accept)
			.stream()
			.filter(type -> type.equalsTypeAndSubtype(TEXT_CSV) || type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON))
			.findFirst()
			.map(type -> type.equalsTypeAndSubtype(TEXT_CSV))
			.orElse(false);
	}
}
