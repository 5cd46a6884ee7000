package org.hanoinet.duty.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseEvent;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.Directory;
import org.hanoinet.directory.Rosters;
import org.hanoinet.directory.Shift;
import org.hanoinet.duty.Alert;
import org.hanoinet.duty.AlertRecord;
import org.hanoinet.duty.DutyEvents.AlertAcknowledged;
import org.hanoinet.duty.DutyEvents.AlertEscalated;
import org.hanoinet.duty.DutyEvents.AlertRaised;
import org.hanoinet.duty.DutyEvents.PingAnswered;
import org.hanoinet.duty.DutyEvents.PingSent;
import org.hanoinet.duty.DutyProperties;
import org.hanoinet.duty.EscalationStep;
import org.hanoinet.duty.internal.JdbcDuty.Contact;
import org.hanoinet.duty.internal.JdbcDuty.Notice;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.User;
import org.hanoinet.identity.Users;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Raising alerts and climbing escalation chains. Everything here runs in the caller's transaction: an alert,
 * its notices and their pending deliveries are committed with the case event that caused them, and sent by
 * the {@link DutyWorker} after the commit, so a crash loses nothing.
 */
@Component
public class Alerting {

	static final String EMAIL = "EMAIL";

	static final String WEBHOOK = "WEBHOOK";

	static final String WEB = "WEB";

	private final JdbcDuty duty;

	private final Rosters rosters;

	private final Directory directory;

	private final Users users;

	private final DeliveryChannels channels;

	private final DutyProperties settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Alerting(JdbcDuty duty, Rosters rosters, Directory directory, Users users, DeliveryChannels channels,
			DutyProperties settings, ApplicationEventPublisher events, Clock clock) {
		this.duty = duty;
		this.rosters = rosters;
		this.directory = directory;
		this.users = users;
		this.channels = channels;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** A person to alert and where. */
	record Recipient(String name, String username, String email) {
	}

	/** Raises the alert of an urgent request delivered to the point of contact, and alerts the officer on duty. */
	void raise(Case request, Authority pointOfContact, Instant deliveredAt) {
		Instant now = now();
		Alert alert = new Alert(UUID.randomUUID(), request.id(), pointOfContact.id(), pointOfContact.state(),
				request.requesting().state(), request.type(), request.contents().urgency(), deliveredAt, EscalationStep.ON_DUTY,
				null, null, null);
		duty.insertAlert(alert, now.plus(settings.escalationSilence()));
		duty.record(alert.id(), new AlertRecord(AlertRecord.Kind.RAISED, deliveredAt, EscalationStep.ON_DUTY, null, null));
		events.publishEvent(new AlertRaised(alert.id(), request.id().value(), pointOfContact.id().value(),
				alert.urgency().name(), now));
		notifyFrom(alert, pointOfContact, EscalationStep.ON_DUTY, now);
	}

	/**
	 * Raises the UNDELIVERED_ENVELOPE alert of an urgent envelope the peer node has not received, for the sending
	 * side's point of contact, and alerts its officer on duty through the same channels and chain.
	 */
	void raiseUndelivered(Case request, Authority pointOfContact, Alert.Undelivered undelivered) {
		Instant now = now();
		Alert alert = new Alert(UUID.randomUUID(), request.id(), pointOfContact.id(), pointOfContact.state(),
				request.requesting().state(), request.type(), request.contents().urgency(), now, EscalationStep.ON_DUTY, null,
				null, null, undelivered);
		duty.insertAlert(alert, now.plus(settings.escalationSilence()));
		duty.record(alert.id(), new AlertRecord(AlertRecord.Kind.RAISED, now, EscalationStep.ON_DUTY, null, null));
		events.publishEvent(new AlertRaised(alert.id(), request.id().value(), pointOfContact.id().value(),
				alert.urgency().name(), now));
		notifyFrom(alert, pointOfContact, EscalationStep.ON_DUTY, now);
	}

	/** The envelope of an UNDELIVERED_ENVELOPE alert arrived: the alert records it and, if still open, closes. */
	void envelopeDelivered(java.util.UUID messageId, Instant deliveredAt) {
		duty.lockAlertOfEnvelope(messageId).ifPresent(alert -> {
			duty.envelopeDelivered(alert.id(), deliveredAt);
			if (alert.open()) {
				close(alert, "hanoinet-node", Alert.Acknowledgement.DELIVERED, deliveredAt);
			}
		});
	}

	/**
	 * Raises the PING_TEST alert of a ping from {@code sender} to the peer point of contact (served by this node),
	 * alerting the peer's officer on duty through the same channels and chain as an urgent request.
	 */
	void raisePing(UUID ping, Authority sender, Authority peer, Instant now) {
		Alert alert = new Alert(UUID.randomUUID(), null, peer.id(), peer.state(), sender.state(), null, null, now,
				EscalationStep.ON_DUTY, null, null, null);
		duty.insertAlert(alert, now.plus(settings.escalationSilence()));
		duty.insertPing(ping, alert.id(), sender.id(), sender.state(), peer.id(), peer.state(), now);
		duty.record(alert.id(), new AlertRecord(AlertRecord.Kind.RAISED, now, EscalationStep.ON_DUTY, null, null));
		events.publishEvent(new PingSent(ping, alert.id(), sender.id().value(), peer.id().value(), now));
		notifyFrom(alert, peer, EscalationStep.ON_DUTY, now);
	}

	/** Moves every open alert whose step stayed silent long enough to the next step of its chain. */
	public int escalateDue() {
		Instant now = now();
		List<UUID> due = duty.dueEscalations(now, 50);
		for (UUID id : due) {
			Alert alert = duty.lockAlert(id).orElseThrow();
			Optional<EscalationStep> next = alert.step().next();
			if (next.isEmpty()) {
				duty.moveToStep(alert.id(), alert.step(), null);
				continue;
			}
			Authority authority = directory.authority(alert.authority()).orElse(null);
			if (authority == null) {
				duty.moveToStep(alert.id(), alert.step(), null);
				continue;
			}
			notifyFrom(alert, authority, next.get(), now);
		}
		return due.size();
	}

	/** The case was acknowledged, however: its open alerts are closed and their escalation stops. */
	void closeForCase(CaseEvent acknowledgement) {
		for (Alert open : duty.openAlertsOfCase(acknowledgement.caseId())) {
			close(open, acknowledgement.actorUser(), Alert.Acknowledgement.CASE, acknowledgement.occurredAt());
		}
	}

	/** Closes an open alert; false when someone else acknowledged it first. */
	public boolean close(Alert alert, String by, Alert.Acknowledgement via, Instant at) {
		if (!duty.acknowledge(alert.id(), at, by, via)) {
			return false;
		}
		duty.cancelPendingDeliveries(alert.id());
		duty.record(alert.id(), new AlertRecord(AlertRecord.Kind.ACKNOWLEDGED, at, alert.step(), null, null));
		events.publishEvent(new AlertAcknowledged(alert.id(), alert.caseId() == null ? null : alert.caseId().value(), via.name(), at));
		if (alert.kind() == Alert.Kind.PING_TEST) {
			duty.pingOfAlert(alert.id())
				.ifPresent(ping -> events.publishEvent(new PingAnswered(ping.getKey(), alert.id(), ping.getValue(), at)));
		}
		return true;
	}

	/**
	 * Alerts the people of {@code step}, or of the first later step that has someone, recording the escalation
	 * when the step is not the first.
	 */
	private void notifyFrom(Alert alert, Authority authority, EscalationStep step, Instant now) {
		Optional<EscalationStep> current = Optional.of(step);
		while (current.isPresent()) {
			EscalationStep reached = current.get();
			List<Recipient> recipients = recipients(authority, reached);
			if (!recipients.isEmpty() || reached.next().isEmpty()) {
				duty.moveToStep(alert.id(), reached, reached.next().isPresent() ? now.plus(settings.escalationSilence()) : null);
				if (reached != EscalationStep.ON_DUTY) {
					duty.record(alert.id(), new AlertRecord(AlertRecord.Kind.ESCALATED, now, reached, null, null));
					events.publishEvent(new AlertEscalated(alert.id(), reached.name(), now));
				}
				recipients.forEach(recipient -> notice(alert, reached, recipient, now));
				return;
			}
			current = reached.next();
		}
	}

	private void notice(Alert alert, EscalationStep step, Recipient recipient, Instant now) {
		Notice notice = new Notice(UUID.randomUUID(), alert.id(), step, recipient.name(), recipient.username(),
				recipient.email(), now, null);
		duty.insertNotice(notice);
		duty.record(alert.id(), new AlertRecord(AlertRecord.Kind.NOTIFIED, now, step, null, notice.id()));
		if (channels.mailEnabled() && recipient.email() != null) {
			duty.insertDelivery(notice.id(), EMAIL, recipient.email(), now);
		}
		duty.webhook(alert.authority()).ifPresent(url -> duty.insertDelivery(notice.id(), WEBHOOK, url, now));
		duty.insertDelivery(notice.id(), WEB, alert.authority().toString(), now);
	}

	/** Who is alerted at a step of the authority's chain. */
	List<Recipient> recipients(Authority authority, EscalationStep step) {
		if (step != EscalationStep.ON_DUTY) {
			return duty.contacts(authority.id(), step)
				.stream()
				.map(contact -> new Recipient(contact.name(), contact.username(),
						contact.email() == null ? null : contact.email()))
				.toList();
		}
		List<Recipient> recipients = new ArrayList<>();
		for (Shift shift : rosters.onDutyNow(authority.id())) {
			Optional<Contact> contact = duty.contactNamed(authority.id(), shift.officer());
			recipients.add(new Recipient(shift.officer(), contact.map(Contact::username).orElse(null),
					contact.map(Contact::email).orElse(authority.email())));
		}
		if (recipients.isEmpty()) {
			Caller node = new Caller(Caller.Kind.API_TOKEN, new UUID(0, 0), "duty", authority.id(), authority.state(), Set.of());
			for (User user : users.visibleTo(node)) {
				if (user.active() && user.authority().equals(authority.id()) && user.roles().contains(Role.DUTY_OFFICER)) {
					Optional<Contact> contact = duty.contactNamed(authority.id(), user.username());
					recipients.add(new Recipient(contact.map(Contact::name).orElse(user.username()), user.username(),
							contact.map(Contact::email).orElse(authority.email())));
				}
			}
		}
		if (recipients.isEmpty()) {
			recipients.add(new Recipient(authority.name(), null, authority.email()));
		}
		return recipients;
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
