package org.hanoinet.duty.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseEvent;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseTransfer;
import org.hanoinet.cooperation.Party;
import org.hanoinet.cooperation.Side;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.AuthorityKind;
import org.hanoinet.directory.Directory;
import org.hanoinet.duty.Alert;
import org.hanoinet.exchange.EnvelopeOverdue;
import org.hanoinet.exchange.MessageKind;
import org.hanoinet.exchange.OverdueEnvelopeDelivered;
import org.hanoinet.shared.CountryCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens to the exchange, in the transaction that marks the envelope: an urgent case event that the peer node
 * has not received in time alerts the 24/7 point of contact of the State that sent it, naming the peer node and
 * the telephone of the peer State's 24/7 point of contact from the directory (the fallback channel); when the
 * envelope finally arrives, the alert closes. Each envelope is reported once by the exchange; envelopes of a case
 * queued behind one whose alert is still open add no alert of their own.
 */
@Component
class UndeliveredEnvelopes {

	private static final Logger log = LoggerFactory.getLogger(UndeliveredEnvelopes.class);

	private final Alerting alerting;

	private final CaseManagement cases;

	private final Directory directory;

	private final Clock clock;

	private final JdbcDuty duty;

	UndeliveredEnvelopes(Alerting alerting, CaseManagement cases, Directory directory, Clock clock, JdbcDuty duty) {
		this.duty = duty;
		this.alerting = alerting;
		this.cases = cases;
		this.directory = directory;
		this.clock = clock;
	}

	@EventListener
	void on(EnvelopeOverdue overdue) {
		if (overdue.kind() != MessageKind.CASE_EVENT || overdue.caseId() == null) {
			log.debug("Urgent envelope {} to node {} is still undelivered ({}); it names no case, so no duty officer is alerted",
					overdue.messageId(), overdue.recipient(), overdue.lastError());
			return;
		}
		Optional<Case> request = cases.load(new CaseId(overdue.caseId()));
		if (request.isEmpty()) {
			return;
		}
		// The events of a case travel in order: while one alert of the case is open, the later envelopes behind the
		// first undelivered one are the same problem and raise none of their own.
		if (duty.undeliveredAlertOpen(request.get().id(), overdue.recipient())) {
			return;
		}
		CaseEvent event;
		try {
			event = CaseTransfer.event(overdue.body());
		}
		catch (RuntimeException unreadable) {
			return;
		}
		Party sender = event.act().side() == Side.REQUESTING ? request.get().requesting() : request.get().requested();
		Party peer = event.act().side() == Side.REQUESTING ? request.get().requested() : request.get().requesting();
		Optional<Authority> pointOfContact = pointOfContact(sender.state(), true);
		if (pointOfContact.isEmpty()) {
			log.warn("Urgent envelope {} to node {} is still undelivered, but {} has no point of contact served here to alert",
					overdue.messageId(), overdue.recipient(), sender.state());
			return;
		}
		String phone = pointOfContact(peer.state(), false).map(Authority::phone).orElse(null);
		alerting.raiseUndelivered(request.get(), pointOfContact.get(),
				new Alert.Undelivered(overdue.messageId(), overdue.recipient(), peer.state(), phone, null));
	}

	@EventListener
	void on(OverdueEnvelopeDelivered delivered) {
		alerting.envelopeDelivered(delivered.messageId(), delivered.deliveredAt());
	}

	/** The State's designated 24/7 point of contact, among those served here or in the whole directory. */
	private Optional<Authority> pointOfContact(CountryCode state, boolean servedHere) {
		Instant now = clock.instant();
		return directory.registerOf(state).stream()
			.filter(authority -> authority.kind() == AuthorityKind.POINT_OF_CONTACT && authority.designatedAt(now))
			.filter(authority -> !servedHere || directory.servedHere(authority.id()))
			.findFirst();
	}
}
