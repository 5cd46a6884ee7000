package org.hanoinet.cooperation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hanoinet.directory.Directory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The other side's events, carried here by federation from its node: under Chapter V a request and every answer to
 * it pass between the two States' authorities, which may be served by different nodes. What arrives is judged before it is kept: a case opens only with its
 * four-eyes approval and the sides its draft recorded, each later event is the next link of the chain and an act of
 * the side that sent it, and only a node serving the side it is addressed to keeps it.
 */
@Service
public class CaseIntake {

	private final Cases cases;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseIntake(Cases cases, Directory directory, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Applies the events of {@code body}. A case this node does not hold yet arrives as its opening: the request's
	 * header and its chain up to the approval of a supervisor other than the drafter, addressed to an authority served
	 * here; anything else is refused before a row is written. Each later event must be the next link of the chain, an
	 * act the sender's side may perform in the case's state, reported to a node that serves the other side. An event
	 * already applied is ignored, so a re-delivery changes nothing. When a request served here arrives, its delivery is
	 * recorded at once, and that act travels back like any other.
	 *
	 * @throws ChainMismatch when an event does not fit the chain (a gap may fit later)
	 * @throws SubmissionNotApproved when a case unknown here does not arrive as an approved submission
	 * @throws NotAParty when this node serves no authority of the side the events are addressed to
	 */
	@Transactional
	public Case receive(Map<String, Object> body) {
		List<CaseEvent> carried = CaseTransfer.events(body);
		CaseEvent first = carried.getFirst();
		Optional<Case> existing = cases.find(first.caseId());
		Case request;
		boolean opened = existing.isEmpty();
		if (opened) {
			if (first.sequence() != 1) {
				throw new ChainMismatch("Case " + first.caseId() + " is not known here yet; its opening must come first.", true);
			}
			CaseTransfer.Header header = CaseTransfer.header(body);
			if (header == null || carried.getLast().act() != Act.APPROVE) {
				throw new SubmissionNotApproved("Case " + first.caseId() + " is not known here: it must arrive as its approved "
						+ "submission, the header and every event up to a supervisor's approval, not as " + carried.getLast().act() + ".");
			}
			checkApproval(carried);
			checkHeader(header, first);
			request = Case.mirror(first.caseId(), header.type(), header.requesting(), header.requested(), header.contents(),
					clock);
		}
		else {
			request = existing.get();
		}
		boolean changed = false;
		for (CaseEvent event : carried) {
			if (request.events().size() >= event.sequence()
					&& request.events().get((int) event.sequence() - 1).hash().equals(event.hash())) {
				continue;
			}
			checkActor(request, event);
			checkAddressedHere(request, event);
			request.receive(event);
			changed = true;
			if (event.act() == Act.APPROVE && !request.contentsHash().equals(event.details().get("contentsHash"))) {
				throw new ChainMismatch("The request's contents do not match the hash its approval recorded.", false);
			}
		}
		if (!changed) {
			return request;
		}
		if (opened) {
			cases.add(request);
		}
		else {
			cases.update(request);
		}
		publish(request);
		if (carried.getLast().act() == Act.APPROVE && directory.servedHere(request.requested().authority())) {
			request.recordDelivery(new Actor(request.requested().authority(), request.requested().state(), CaseManagement.NODE_ACTOR,
					false));
			cases.update(request);
			publish(request);
		}
		return request;
	}

	/** Four-eyes, as the receiving node can see it: an approval by a named supervisor who did not draft the request. */
	private static void checkApproval(List<CaseEvent> opening) {
		CaseEvent approval = opening.getLast();
		String drafter = opening.getFirst().actorUser();
		if (approval.actorUser() == null || approval.actorUser().isBlank()) {
			throw new SubmissionNotApproved("The approval of case " + approval.caseId() + " names no approver.");
		}
		if (approval.actorUser().equals(drafter)) {
			throw new SubmissionNotApproved("Case " + approval.caseId() + " was approved by its own drafter '" + drafter
					+ "'; another supervisor must approve a request (four-eyes).");
		}
	}

	/** The header is not covered by the chain's hashes: it must name the sides the draft event recorded. */
	private static void checkHeader(CaseTransfer.Header header, CaseEvent draft) {
		Map<String, String> recorded = draft.details();
		boolean same = header.type() == draft.type()
				&& header.requesting().state().value().equals(recorded.get("requestingState"))
				&& header.requesting().authority().toString().equals(recorded.get("requestingAuthority"))
				&& header.requested().state().value().equals(recorded.get("requestedState"))
				&& header.requested().authority().toString().equals(recorded.get("requestedAuthority"));
		if (!same) {
			throw new ChainMismatch("The header of case " + draft.caseId() + " names other sides or another type than its draft recorded.",
					false);
		}
	}

	/** The acting authority is the side's own, or another authority of the same State acting by a supervisor. */
	private void checkActor(Case request, CaseEvent event) {
		Party party = event.act().side() == Side.REQUESTING ? request.requesting() : request.requested();
		if (event.actorAuthority().equals(party.authority())) {
			return;
		}
		boolean sameState = directory.authority(event.actorAuthority())
			.map(authority -> authority.state().equals(party.state()))
			.orElse(false);
		if (!sameState) {
			throw new ActOfOtherSide(event.act(), event.act().side());
		}
	}

	/** An act of one side is reported to the node of the other side, and to no other node. */
	private void checkAddressedHere(Case request, CaseEvent event) {
		Party addressee = event.act().side() == Side.REQUESTING ? request.requested() : request.requesting();
		if (!directory.servedHere(addressee.authority())) {
			throw new NotAParty("Case " + request.id() + " is between " + request.requesting().state().value() + " and "
					+ request.requested().state().value() + "; this node does not serve " + addressee.state().value()
					+ "'s authority " + addressee.authority() + ", to which the " + event.act() + " is addressed.");
		}
	}

	private void publish(Case request) {
		request.unsavedEvents().forEach(events::publishEvent);
		request.markSaved();
	}
}
