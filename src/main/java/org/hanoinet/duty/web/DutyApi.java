package org.hanoinet.duty.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.duty.Alert;
import org.hanoinet.duty.AlertNotFound;
import org.hanoinet.duty.AlertRecord;
import org.hanoinet.duty.DutyManagement;
import org.hanoinet.duty.DutyStatistics;
import org.hanoinet.identity.Caller;
import org.hanoinet.shared.InvalidValue;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The 24/7 duty alerts of the caller's State: their trace, the time to acknowledge, and acknowledgement. */
@RestController
@RequestMapping("/api/v1/duty")
@Tag(name = "24/7 duty", description = "Duty alerts of urgent requests (art. 41): alert and acknowledgement times")
class DutyApi {

	private final DutyManagement duty;

	private final DutyCallers callers;

	DutyApi(DutyManagement duty, DutyCallers callers) {
		this.duty = duty;
		this.callers = callers;
	}

	/** An alert with its recorded facts and the seconds it took to acknowledge. */
	record AlertJson(UUID id, String kind, String caseId, String authority, String state, String requestingState, String type,
			String urgency, String raisedAt, String step, boolean open, String acknowledgedAt, String acknowledgedVia,
			Double secondsToAcknowledge, List<AlertRecord> records, Undelivered undelivered) {
	}

	/** For an undelivered envelope: the peer node, the peer State and its 24/7 fallback phone, and when it arrived. */
	record Undelivered(String messageId, String peerNode, String peerState, String peerPhone, String deliveredAt) {
	}

	/** Aggregate times to acknowledge of the State's points of contact. */
	record StatisticsJson(String state, int alerts, int acknowledged, int open, Double medianSeconds, Double p95Seconds) {
	}

	/** The latest ping test from a point of contact of the caller's State to a peer State's point of contact. */
	record PingJson(String peerState, String peerAuthority, String senderAuthority, String sentAt, String acknowledgedAt,
			Double responseSeconds, String status) {
	}

	/** How many pings a manual round sent. */
	record PingRoundJson(String state, int sent) {
	}

	@GetMapping("/ping-tests")
	@Operation(summary = "Latest ping test per peer State from the caller's State's points of contact, with response times")
	List<PingJson> pingTests() {
		Caller caller = callers.pingReader();
		return duty.latestPings(caller.state())
			.stream()
			.map(ping -> new PingJson(ping.peerState().value(), ping.peer().toString(), ping.sender().toString(),
					ping.sentAt().toString(), ping.acknowledgedAt() == null ? null : ping.acknowledgedAt().toString(),
					seconds(ping.responseTime()), ping.status().name()))
			.toList();
	}

	@PostMapping("/ping-tests")
	@Operation(summary = "Ping now, from the caller's State's points of contact, every peer point of contact served by this node")
	PingRoundJson pingNow() {
		Caller caller = callers.pinging();
		return new PingRoundJson(caller.state().value(), duty.pingNow(caller.state()));
	}

	@GetMapping("/alerts")
	@Operation(summary = "Alerts of a case (either side of it), or the open alerts of the caller's State")
	List<AlertJson> alerts(@RequestParam(name = "case", required = false) String caseId) {
		Caller caller = callers.reader();
		List<Alert> alerts = caseId == null ? duty.openAlerts(caller.state()) : duty.alertsOfCase(caller.state(), CaseId.of(caseId));
		return alerts.stream().map(alert -> json(alert, caller)).toList();
	}

	@GetMapping("/statistics")
	@Operation(summary = "Count, median and 95th percentile of the time to acknowledge the alerts of the caller's State")
	StatisticsJson statistics() {
		Caller caller = callers.reader();
		DutyStatistics statistics = duty.statistics(caller.state());
		return new StatisticsJson(caller.state().value(), statistics.alerts(), statistics.acknowledged(), statistics.open(),
				seconds(statistics.median()), seconds(statistics.p95()));
	}

	@PostMapping("/alerts/{id}/acknowledge")
	@Operation(summary = "Acknowledge an alert, which acknowledges its case and stops the escalation")
	AlertJson acknowledge(@PathVariable String id) {
		try {
			return json(duty.acknowledge(callers.acknowledging(), uuid(id)), callers.reader());
		}
		catch (AlertNotFound missing) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
			problem.setType(URI.create("urn:hanoinet:problem:duty-alert-not-found"));
			problem.setTitle("No such alert");
			throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, missing);
		}
	}

	private AlertJson json(Alert alert, Caller caller) {
		List<AlertRecord> records = alert.state().equals(caller.state()) ? duty.records(caller.state(), alert.id()) : List.of();
		return new AlertJson(alert.id(), alert.kind().name(), alert.caseId() == null ? null : alert.caseId().toString(),
				alert.authority().toString(), alert.state().value(), alert.requestingState().value(),
				alert.caseType() == null ? null : alert.caseType().name(), alert.urgency() == null ? null : alert.urgency().name(),
				alert.raisedAt().toString(),
				alert.step().name(), alert.open(), alert.acknowledgedAt() == null ? null : alert.acknowledgedAt().toString(),
				alert.acknowledgedVia() == null ? null : alert.acknowledgedVia().name(),
				alert.timeToAcknowledge().map(DutyApi::seconds).orElse(null), records,
				alert.undelivered() == null ? null : new Undelivered(alert.undelivered().messageId().toString(),
						alert.undelivered().peerNode(),
						alert.undelivered().peerState() == null ? null : alert.undelivered().peerState().value(),
						alert.undelivered().peerPhone(),
						alert.undelivered().deliveredAt() == null ? null : alert.undelivered().deliveredAt().toString()));
	}

	private static Double seconds(Duration duration) {
		return duration == null ? null : duration.toMillis() / 1000.0;
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException malformed) {
			throw new InvalidValue("id", "'" + id + "' is not an alert id (a UUID).");
		}
	}
}
