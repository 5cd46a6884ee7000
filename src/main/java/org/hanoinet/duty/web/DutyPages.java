package org.hanoinet.duty.web;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.hanoinet.duty.Alert;
import org.hanoinet.duty.AlertNotFound;
import org.hanoinet.duty.DutyManagement;
import org.hanoinet.duty.DutyManagement.LinkTarget;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The duty dashboard (open alerts with their age, who is on duty at each point of contact, live updates) and
 * the page an acknowledgement link opens.
 */
@Controller
class DutyPages {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final DutyManagement duty;

	private final DutyCallers callers;

	private final AlertStream stream;

	private final Clock clock;

	DutyPages(DutyManagement duty, DutyCallers callers, AlertStream stream, Clock clock) {
		this.duty = duty;
		this.callers = callers;
		this.stream = stream;
		this.clock = clock;
	}

	/** One line of the open alerts. */
	record AlertRow(UUID id, String kind, String caseId, String type, String urgency, String requestingState, String raisedAt,
			long ageMinutes, String step, boolean mayAcknowledge, String peerNode, String peerPhone) {

		AlertRow(UUID id, String kind, String caseId, String type, String urgency, String requestingState, String raisedAt,
				long ageMinutes, String step, boolean mayAcknowledge) {
			this(id, kind, caseId, type, urgency, requestingState, raisedAt, ageMinutes, step, mayAcknowledge, null, null);
		}
	}

	/** The latest ping test to one peer State's point of contact. */
	record PingRow(String peerState, String sentAt, String acknowledgedAt, Long responseSeconds, String status) {
	}

	/** A point of contact and the officers on duty there now. */
	record OnDutyRow(String authority, List<String> officers, List<String> gapsAhead) {
	}

	@GetMapping("/duty")
	String dashboard(Model model, Locale locale) {
		Caller caller = callers.reader();
		alerts(model, caller, locale);
		model.addAttribute("onDuty", duty.onDutyNow(caller.state())
			.stream()
			.map(row -> new OnDutyRow(row.authority().name(), row.officers(), row.gapsAhead()
				.stream()
				.map(gap -> LOCAL.format(gap.from()) + " – " + LOCAL.format(gap.to()))
				.toList()))
			.toList());
		model.addAttribute("pings", duty.latestPings(caller.state())
			.stream()
			.map(ping -> new PingRow(ping.peerState().displayName(locale), TIME.format(ping.sentAt()),
					ping.acknowledgedAt() == null ? null : TIME.format(ping.acknowledgedAt()),
					ping.responseTime() == null ? null : ping.responseTime().toSeconds(), ping.status().name()))
			.toList());
		model.addAttribute("stateName", caller.state().displayName(locale));
		return "duty/dashboard";
	}

	@GetMapping("/duty/alerts")
	String alertList(Model model, Locale locale) {
		alerts(model, callers.reader(), locale);
		return "duty/dashboard :: alerts";
	}

	@GetMapping(path = "/duty/stream", produces = "text/event-stream")
	SseEmitter live() {
		return stream.open(callers.reader());
	}

	@PostMapping("/duty/alerts/{id}/acknowledge")
	String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			duty.acknowledge(callers.acknowledging(), id);
		}
		catch (AlertNotFound missing) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, missing.getMessage());
		}
		redirect.addFlashAttribute("acknowledged", true);
		return "redirect:/duty";
	}

	@GetMapping("/duty/acknowledge")
	String link(@RequestParam(required = false) String token, Model model) {
		Optional<LinkTarget> target = duty.linkTarget(token);
		model.addAttribute("token", token);
		model.addAttribute("valid", target.isPresent());
		model.addAttribute("usable", target.map(LinkTarget::usable).orElse(false));
		target.ifPresent(found -> model.addAttribute("alert", summary(found.alert())));
		return "duty/acknowledge";
	}

	@PostMapping("/duty/acknowledge")
	String acknowledgeByLink(@RequestParam(required = false) String token, Model model) {
		Optional<Alert> acknowledged = duty.acknowledgeByLink(token);
		model.addAttribute("token", token);
		model.addAttribute("valid", acknowledged.isPresent());
		model.addAttribute("usable", false);
		model.addAttribute("done", acknowledged.isPresent());
		acknowledged.ifPresent(alert -> model.addAttribute("alert", summary(alert)));
		return "duty/acknowledge";
	}

	private void alerts(Model model, Caller caller, Locale locale) {
		boolean mayAcknowledge = callers.mayAcknowledge(caller);
		model.addAttribute("alerts", duty.openAlerts(caller.state())
			.stream()
			.map(alert -> new AlertRow(alert.id(), alert.kind().name(), text(alert.caseId()), text(alert.caseType()),
					text(alert.urgency()), alert.requestingState().displayName(locale), TIME.format(alert.raisedAt()),
					Math.max(0, Duration.between(alert.raisedAt(), clock.instant()).toMinutes()), alert.step().name(),
					mayAcknowledge && (caller.authority().equals(alert.authority()) || caller.has(Role.SUPERVISOR)),
					alert.undelivered() == null ? null : alert.undelivered().peerNode(),
					alert.undelivered() == null ? null : alert.undelivered().peerPhone()))
			.toList());
	}

	private static AlertRow summary(Alert alert) {
		return new AlertRow(alert.id(), alert.kind().name(), text(alert.caseId()), text(alert.caseType()),
				text(alert.urgency()), alert.requestingState().value(), TIME.format(alert.raisedAt()), 0, alert.step().name(), false);
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}
}
