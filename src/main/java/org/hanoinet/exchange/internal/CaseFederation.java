package org.hanoinet.exchange.internal;

import java.util.Optional;

import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.ActOfOtherSide;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseEvent;
import org.hanoinet.cooperation.CaseIntake;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseTransfer;
import org.hanoinet.cooperation.ChainMismatch;
import org.hanoinet.cooperation.InvalidTransition;
import org.hanoinet.cooperation.NotAParty;
import org.hanoinet.cooperation.Party;
import org.hanoinet.cooperation.Side;
import org.hanoinet.cooperation.SubmissionNotApproved;
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
 * chain so far in one opening message (the drafts stay private until then), afterwards each new event. What arrives
 * is judged, not only its signature: the sending node must serve the authority of every act it reports, and the case
 * module applies the events to this node's copy only if this node is a party on the side they are addressed to, the
 * case opens with its four-eyes approval and each act is one the sender's side may perform in the case's state.
 * Anything else is refused in the inbox's transaction with a stable code and leaves nothing.
 * Cases whose two sides are both served here take the same path to this node's own inbox, in-process: the
 * event is sealed, verified, stored raw and receipted as between nodes, and applying it finds it already in the
 * chain (the case exists once), so it changes nothing.
 */
@Component
class CaseFederation {

	private final CaseManagement cases;

	private final CaseIntake intake;

	private final Directory directory;

	private final Outbox outbox;

	CaseFederation(CaseManagement cases, CaseIntake intake, Directory directory, Outbox outbox) {
		this.cases = cases;
		this.intake = intake;
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
			outbox.send(peer.get().id(), MessageKind.CASE_EVENT, CaseTransfer.opening(request, event), event.caseId().value(), urgent);
		}
		else if (request.events().stream().anyMatch(earlier -> earlier.act() == Act.APPROVE)) {
			outbox.send(peer.get().id(), MessageKind.CASE_EVENT, CaseTransfer.body(request, event), event.caseId().value(), urgent);
		}
	}

	@EventListener
	void receive(EnvelopeReceived received) {
		if (received.envelope().kind() != MessageKind.CASE_EVENT) {
			return;
		}
		java.util.List<CaseEvent> carried;
		try {
			carried = CaseTransfer.events(received.envelope().body());
		}
		catch (InvalidValue malformed) {
			throw new EnvelopeRefused(RefusalCode.SCHEMA_INVALID, malformed.getMessage());
		}
		String sender = received.envelope().sender();
		for (CaseEvent event : carried) {
			boolean senderServesActor = directory.nodeServing(event.actorAuthority())
				.map(node -> node.id().equals(sender))
				.orElse(false);
			if (!senderServesActor) {
				throw new EnvelopeRefused(RefusalCode.SENDER_NOT_SERVING_AUTHORITY, "Node '" + sender
						+ "' does not serve authority " + event.actorAuthority() + ", which performed the " + event.act() + ".");
			}
		}
		try {
			intake.receive(received.envelope().body());
		}
		catch (ChainMismatch mismatch) {
			throw new EnvelopeRefused(mismatch.gap() ? RefusalCode.SEQUENCE_GAP : RefusalCode.CHAIN_CONFLICT, mismatch.getMessage());
		}
		catch (NotAParty stranger) {
			throw new EnvelopeRefused(RefusalCode.NOT_A_PARTY, stranger.getMessage());
		}
		catch (SubmissionNotApproved unapproved) {
			throw new EnvelopeRefused(RefusalCode.NOT_APPROVED, unapproved.getMessage());
		}
		catch (InvalidTransition | ActOfOtherSide barred) {
			throw new EnvelopeRefused(RefusalCode.ACT_NOT_ALLOWED, barred.getMessage());
		}
		catch (InvalidValue malformed) {
			throw new EnvelopeRefused(RefusalCode.SCHEMA_INVALID, malformed.getMessage());
		}
	}
}
