package org.hanoinet.duty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.ActInput;
import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.AuthorityKind;
import org.hanoinet.directory.Directory;
import org.hanoinet.directory.Roster;
import org.hanoinet.directory.Rosters;
import org.hanoinet.directory.Shift;
import org.hanoinet.duty.internal.AcknowledgementLinks;
import org.hanoinet.duty.internal.Alerting;
import org.hanoinet.duty.internal.JdbcDuty;
import org.hanoinet.duty.internal.JdbcDuty.Contact;
import org.hanoinet.duty.internal.JdbcDuty.Notice;
import org.hanoinet.duty.internal.PingTests;
import org.hanoinet.identity.AccessRefused;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 24/7 duty of this node's points of contact (art. 41): open alerts, their acknowledgement by one click or
 * a signed one-time link (which acknowledges the case, so the requesting State sees it), the trace of each
 * alert, the time to acknowledge, and the configuration of each authority's escalation chain and webhook.
 * Every read is scoped to a State.
 */
@Service
public class DutyManagement {

	private final JdbcDuty duty;

	private final Alerting alerting;

	private final AcknowledgementLinks links;

	private final CaseManagement cases;

	private final Directory directory;

	private final Rosters rosters;

	private final Clock clock;

	private final PingTests pings;

	private final PingProperties pingSettings;

	DutyManagement(JdbcDuty duty, Alerting alerting, AcknowledgementLinks links, CaseManagement cases, Directory directory,
			Rosters rosters, Clock clock, PingTests pings, PingProperties pingSettings) {
		this.pings = pings;
		this.pingSettings = pingSettings;
		this.duty = duty;
		this.alerting = alerting;
		this.links = links;
		this.cases = cases;
		this.directory = directory;
		this.rosters = rosters;
		this.clock = clock;
	}

	/** What a person reaches through an acknowledgement link: the alert, and whether the link still works. */
	public record LinkTarget(Alert alert, boolean usable) {
	}

	/**
	 * The people of a point of contact on duty now, by the names its roster gives, and the stretches of its
	 * roster nobody covers from now to the end of its next local day (coverage warnings).
	 */
	public record OnDuty(Authority authority, List<String> officers, List<Roster.Gap> gapsAhead) {
	}

	/** The alerts of the State's points of contact not yet acknowledged, oldest first. */
	@Transactional(readOnly = true)
	public List<Alert> openAlerts(CountryCode state) {
		return duty.openAlerts(state);
	}

	/** The alerts of a case, for either side of it. */
	@Transactional(readOnly = true)
	public List<Alert> alertsOfCase(CountryCode viewer, CaseId caseId) {
		return duty.alertsOfCase(caseId)
			.stream()
			.filter(alert -> alert.state().equals(viewer) || alert.requestingState().equals(viewer))
			.toList();
	}

	/** The recorded facts of an alert of the viewer's State, in time order. */
	@Transactional(readOnly = true)
	public List<AlertRecord> records(CountryCode viewer, UUID alert) {
		find(viewer, alert);
		return duty.records(alert);
	}

	/** How fast the State's points of contact acknowledged their alerts. */
	@Transactional(readOnly = true)
	public DutyStatistics statistics(CountryCode state) {
		return DutyStatistics.of(duty.alertsOf(state));
	}

	/** Who is on duty now at each point of contact of the State served by this node. */
	@Transactional(readOnly = true)
	public List<OnDuty> onDutyNow(CountryCode state) {
		List<OnDuty> result = new ArrayList<>();
		directory.servedStates().stream().filter(served -> served.state().equals(state)).forEach(served -> {
			for (Authority authority : served.authorities()) {
				if (authority.kind() == AuthorityKind.POINT_OF_CONTACT) {
					result.add(new OnDuty(authority, rosters.onDutyNow(authority.id()).stream().map(Shift::officer).toList(),
							gapsAhead(authority)));
				}
			}
		});
		return result;
	}

	/**
	 * Pings now, from the State's points of contact served here, every peer point of contact served here; returns
	 * how many pings were sent.
	 */
	@Transactional
	public int pingNow(CountryCode state) {
		return pings.pingFrom(state);
	}

	/** The latest ping test of each of the State's points of contact to each peer, by peer State. */
	@Transactional(readOnly = true)
	public List<PingResult> latestPings(CountryCode state) {
		return duty.latestPings(state, now(), pingSettings.window());
	}

	/**
	 * A duty officer or supervisor acknowledges the alert with one click: the alert closes, its escalation
	 * stops, and the case is acknowledged if it still awaits it.
	 */
	@Transactional
	public Alert acknowledge(Actor actor, UUID alertId) {
		Alert alert = find(actor.state(), alertId);
		if (!actor.authority().equals(alert.authority()) && !actor.supervisor()) {
			throw new InvalidValue("alert", "Only the point of contact's officers or a supervisor of its State acknowledge this alert.");
		}
		return acknowledge(alert, actor.user(), Alert.Acknowledgement.PAGE);
	}

	/** Where an acknowledgement link leads, if its signature is the node's and it has not expired. */
	@Transactional(readOnly = true)
	public Optional<LinkTarget> linkTarget(String token) {
		return links.verify(token, clock.instant())
			.flatMap(duty::notice)
			.flatMap(notice -> duty.alert(notice.alert()).map(alert -> new LinkTarget(alert, notice.linkUsedAt() == null && alert.open())));
	}

	/**
	 * Acknowledges through the signed one-time link of an alert message; empty when the link is forged, expired
	 * or already used.
	 */
	@Transactional
	public Optional<Alert> acknowledgeByLink(String token) {
		Instant now = now();
		Optional<Notice> notice = links.verify(token, now).flatMap(duty::notice);
		if (notice.isEmpty() || !duty.useLink(notice.get().id(), now)) {
			return Optional.empty();
		}
		Alert alert = duty.lockAlert(notice.get().alert()).orElseThrow();
		if (!alert.open()) {
			return Optional.empty();
		}
		String by = notice.get().username() != null ? notice.get().username() : "duty-link-" + notice.get().id();
		return Optional.of(acknowledge(alert, by, Alert.Acknowledgement.LINK));
	}

	/**
	 * One person of a point of contact's escalation chain; at the {@link EscalationStep#ON_DUTY} step, the
	 * addresses of an officer the roster names.
	 *
	 * @param step the step at which the person is alerted
	 * @param name the name (for ON_DUTY, as the roster writes it)
	 * @param username their user account on this node, if any
	 * @param email where alert e-mails go; empty means the authority's functional mailbox
	 */
	public record ChainContact(EscalationStep step, String name, String username, String email) {
	}

	/** The escalation chain and the webhook of a point of contact of the caller's State. */
	public record Chain(AuthorityId authority, List<ChainContact> contacts, String webhook) {
	}

	/** The escalation chain of a point of contact of {@code state}. */
	@Transactional(readOnly = true)
	public Chain chain(CountryCode state, AuthorityId authority) {
		pointOfContactOf(state, authority);
		List<ChainContact> contacts = new ArrayList<>();
		for (EscalationStep step : EscalationStep.values()) {
			duty.contacts(authority, step)
				.forEach(contact -> contacts.add(new ChainContact(step, contact.name(), contact.username(), contact.email())));
		}
		return new Chain(authority, contacts, duty.webhook(authority).orElse(null));
	}

	/** Sets the person alerted at a step of the chain of a point of contact of {@code state} (or an officer's addresses). */
	@Transactional
	public void setContact(CountryCode state, AuthorityId authority, ChainContact contact) {
		pointOfContactOf(state, authority);
		setContact(authority, contact.step(), contact.name(), contact.username(), contact.email());
	}

	/** Sets (or, with an empty URL, removes) the webhook of a point of contact of {@code state}. */
	@Transactional
	public void setWebhook(CountryCode state, AuthorityId authority, String url) {
		pointOfContactOf(state, authority);
		setWebhook(authority, url);
	}

	/** Sets the person alerted at a step of the authority's escalation chain (or, for ON_DUTY, an officer's addresses). */
	@Transactional
	public void setContact(AuthorityId authority, EscalationStep step, String name, String username, String email) {
		if (step == null) {
			throw new InvalidValue("step", "Say at which step of the escalation chain the person is alerted.");
		}
		if (name == null || name.isBlank()) {
			throw new InvalidValue("name", "A contact of the escalation chain needs a name.");
		}
		if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new InvalidValue("email", "'" + email + "' is not an e-mail address such as officer@police.example.");
		}
		duty.addContact(new Contact(authority, step, name.strip(), blankToNull(username), blankToNull(email)));
	}

	/** Sets (or, with an empty URL, removes) the webhook that receives the authority's alerts. */
	@Transactional
	public void setWebhook(AuthorityId authority, String url) {
		if (url != null && !url.isBlank() && !url.startsWith("https://") && !url.startsWith("http://")) {
			throw new InvalidValue("url", "A webhook is an http:// or https:// URL.");
		}
		duty.setWebhook(authority, url == null ? null : url.strip());
	}

	private void pointOfContactOf(CountryCode state, AuthorityId authority) {
		Authority found = directory.authority(authority)
			.orElseThrow(() -> new InvalidValue("authority", "No authority " + authority + " is in the directory."));
		if (!found.state().equals(state)) {
			throw new AccessRefused("Only the authorities of your own State have their escalation chains set here.");
		}
		if (found.kind() != AuthorityKind.POINT_OF_CONTACT) {
			throw new InvalidValue("authority", "Escalation chains are kept for 24/7 points of contact only.");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private Alert acknowledge(Alert alert, String by, Alert.Acknowledgement via) {
		Instant now = now();
		Alert locked = duty.lockAlert(alert.id()).orElseThrow();
		if (locked.open() && alerting.close(locked, by, via, now) && locked.kind() == Alert.Kind.REQUEST) {
			Case request = cases.find(locked.state(), locked.caseId());
			if (request.allows(Act.ACKNOWLEDGE)) {
				cases.perform(new Actor(locked.authority(), locked.state(), by, false), locked.caseId(), Act.ACKNOWLEDGE,
						ActInput.none());
			}
		}
		return duty.alert(alert.id()).orElseThrow();
	}

	private List<Roster.Gap> gapsAhead(Authority authority) {
		LocalDate today = rosters.today(authority);
		LocalDateTime now = clock.instant().atZone(authority.timeZone()).toLocalDateTime();
		List<Roster.Gap> gaps = new ArrayList<>();
		for (LocalDate day : List.of(today, today.plusDays(1))) {
			for (Roster.Gap gap : rosters.gaps(authority.id(), day)) {
				if (gap.to().isAfter(now)) {
					gaps.add(gap.from().isBefore(now) ? new Roster.Gap(now.withSecond(0).withNano(0), gap.to()) : gap);
				}
			}
		}
		return gaps;
	}

	private Alert find(CountryCode viewer, UUID id) {
		return duty.alert(id).filter(alert -> alert.state().equals(viewer)).orElseThrow(() -> new AlertNotFound(id));
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
