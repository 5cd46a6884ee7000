package org.hanoinet.reporting.web;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hanoinet.identity.AccessRefused;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.CurrentCaller;
import org.hanoinet.identity.Role;
import org.hanoinet.reporting.NetworkReport;
import org.hanoinet.reporting.NetworkReportPublished;
import org.hanoinet.reporting.NetworkReports;
import org.hanoinet.reporting.NetworkRequest;
import org.hanoinet.reporting.Period;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network report on the secretariat's node. The secretariat asks the nodes for a period and follows their
 * answers; the report it makes of them, as JSON or as a PDF for the Conference of the States Parties, holds only the
 * figures the nodes chose to export (counts below their threshold are {@code "< 5"}) and is read by any signed-in
 * user. Every request and every report handed out is an audit leaf.
 */
@RestController
@RequestMapping("/api/v1/reporting")
@Tag(name = "Network report", description = "The secretariat's report of the network's statistics for the Conference of the States Parties (art. 57)")
class NetworkReportApi {

	static final MediaType PDF = MediaType.APPLICATION_PDF;

	private final NetworkReports reports;

	private final CurrentCaller callers;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	NetworkReportApi(NetworkReports reports, CurrentCaller callers, ApplicationEventPublisher events, MessageSource messages,
			Clock clock) {
		this.reports = reports;
		this.callers = callers;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/** What the secretariat asks for: a year, a month, or two months joined by two dots. */
	record Asking(String period) {
	}

	@PostMapping(path = "/network/requests", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ask every node of the directory for the signed statistics of the States it serves over a period"
			+ " (\"2026\", \"2026-03\" or \"2026-01..2026-06\"); SECRETARIAT, on the secretariat's node")
	ResponseEntity<NetworkReportJson.RequestJson> ask(@RequestBody(required = false) Asking asking) {
		Caller caller = secretariat();
		Period period = reports.period(asking == null ? null : asking.period());
		NetworkRequest request = reports.request(period, caller.id().toString());
		return ResponseEntity.status(HttpStatus.CREATED).body(NetworkReportJson.of(request));
	}

	@GetMapping(path = "/network/requests", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The latest report requests and where each State's answer stands; SECRETARIAT")
	List<NetworkReportJson.RequestJson> requests() {
		secretariat();
		return reports.requests(50).stream().map(NetworkReportJson::of).toList();
	}

	@GetMapping(path = "/network", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The network report of a period, from the latest request for it: per State, per regional group, per"
			+ " request type, the times taken, and the States that declined or did not answer")
	NetworkReportJson.ReportJson report(
			@Parameter(description = "a year (2026), a month (2026-03) or two months joined by two dots (2026-01..2026-06)")
			@RequestParam(required = false) String period) {
		NetworkReport report = published(period, "json");
		return NetworkReportJson.of(report);
	}

	@GetMapping(path = "/network.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The network report of a period as a PDF for the Conference of the States Parties, in the reader's language")
	ResponseEntity<byte[]> pdf(
			@Parameter(description = "a year (2026), a month (2026-03) or two months joined by two dots (2026-01..2026-06)")
			@RequestParam(required = false) String period) {
		NetworkReport report = published(period, "pdf");
		byte[] pdf = NetworkReportPdf.render(report, messages, LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.contentType(PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"network-report-" + report.period().from() + "-"
					+ report.period().to() + ".pdf\"")
			.body(pdf);
	}

	private NetworkReport published(String period, String format) {
		Caller caller = callers.require();
		NetworkReport report = reports.report(reports.period(period));
		events.publishEvent(new NetworkReportPublished(report.request(), report.period(), format, caller.authority().toString(),
				caller.id().toString(), clock.instant()));
		return report;
	}

	private Caller secretariat() {
		Caller caller = callers.require();
		if (!caller.has(Role.SECRETARIAT)) {
			throw new AccessRefused("Report requests are made and followed by the secretariat only.");
		}
		return caller;
	}
}
