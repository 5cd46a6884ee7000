package org.hanoinet.exchange.internal;

import java.util.Optional;

import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.ActOfOtherSide;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseEvent;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseTransfer;
import org.hanoinet.cooperation.ChainMismatch;
import org.hanoinet.cooperation.InvalidTransition;
import org.hanoinet.cooperation.Party;
import org.hanoinet.cooperation.Side;
import org.hanoinet.cooperation.Urgency;
import org.hanoinet.directory.Directory;
import org.hanoinet.directory.Node;
import org.hanoinet.exchange.EnvelopeReceived;
import org.hanoinet.exchange.EnvelopeRefused;
import org.hanoinet.exchange.MessageKind;
import org.hanoinet.exchange.Outbox;
import org.hanoinet.exchange.RefusalCode;
import org.hanoinet.shared.InvalidValue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Carries case events between the two States' nodes. An act performed here on a case whose other side is
 * served by another node leaves through the outbox in the act's own transaction: at approval the whole
 * chain so far (the drafts stay private until then), afterwards each new event. An event that arrives is
 * applied to this node's copy of the case in the inbox's transaction, or refused with a stable code.
 * Cases whose two sides are both served here take the same path to this node's own inbox, in-process: the
 * event is sealed, verified, stored raw and receipted as between nodes, and applying it finds it already in the
 * chain (the case exists once), so it changes nothing.
 */
@Component
class CaseFederation {

	private final CaseManagement cases;

	private final Directory directory;

	private final Outbox outbox;

	CaseFederation(CaseManagement cases, Directory directory, Outbox outbox) {
		this.cases = cases;
		this.directory = directory;
		this.outbox = outbox;
	}

	@EventListener
	void ship(CaseEvent event) {
		if (!directory.servedHere(event.actorAuthority())) {
			return;
		}
		Case request = cases.load(event.caseId()).orElseThrow();
		Party counterpart = event.act().side() == Side.REQUESTING ? request.requested() : request.requesting();
		Optional<Node> peer = directory.nodeServing(counterpart.authority());
		if (peer.isEmpty()) {
			return;
		}
		boolean urgent = request.contents().urgency() != Urgency.ROUTINE;
		if (event.act() == Act.APPROVE) {
			request.events().stream().filter(earlier -> earlier.sequence() <= event.sequence())
				.forEach(earlier -> send(peer.get(), request, earlier, urgent));
		}
		else if (request.events().stream().anyMatch(earlier -> earlier.act() == Act.APPROVE)) {
			send(peer.get(), request, event, urgent);
		}
	}

	@EventListener
	void receive(EnvelopeReceived received) {
		if (received.envelope().kind() != MessageKind.CASE_EVENT) {
			return;
		}
		CaseEvent event;
		try {
			event = CaseTransfer.event(received.envelope().body());
		}
		catch (InvalidValue malformed) {
			throw new EnvelopeRefused(RefusalCode.SCHEMA_INVALID, malformed.getMessage());
		}
		boolean senderServesActor = directory.nodeServing(event.actorAuthority())
			.map(node -> node.id().equals(received.envelope().sender()))
			.orElse(false);
		if (!senderServesActor) {
			throw new EnvelopeRefused(RefusalCode.SENDER_NOT_SERVING_AUTHORITY, "Node '" + received.envelope().sender()
					+ "' does not serve authority " + event.actorAuthority() + ", which performed the act.");
		}
		try {
			cases.receive(received.envelope().body());
		}
		catch (ChainMismatch mismatch) {
			throw new EnvelopeRefused(mismatch.gap() ? RefusalCode.SEQUENCE_GAP : RefusalCode.CHAIN_CONFLICT, mismatch.getMessage());
		}
		catch (InvalidTransition | ActOfOtherSide | InvalidValue refused) {
			throw new EnvelopeRefused(RefusalCode.CHAIN_CONFLICT, refused.getMessage());
		}
	}

	private void send(Node peer, Case request, CaseEvent event, boolean urgent) {
		outbox.send(peer.id(), MessageKind.CASE_EVENT, CaseTransfer.body(request, event), event.caseId().value(), urgent);
	}
}
