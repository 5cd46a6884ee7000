package org.hanoinet.reporting.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.hanoinet.clocks.ClockEvent;
import org.hanoinet.clocks.ClockFired;
import org.hanoinet.clocks.ClockMet;
import org.hanoinet.clocks.ClockRescheduled;
import org.hanoinet.clocks.ClockStarted;
import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.CaseEvent;
import org.hanoinet.cooperation.Side;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.Directory;
import org.hanoinet.duty.DutyEvents.AlertAcknowledged;
import org.hanoinet.duty.DutyEvents.AlertRaised;
import org.hanoinet.evidence.CustodyAction;
import org.hanoinet.evidence.CustodyRecorded;
import org.hanoinet.reporting.internal.StatisticsReadModel.Milestone;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the read model from the events the other modules publish, synchronously in the transaction of the fact,
 * as the audit log does: a figure commits or rolls back with the act it counts, so none is lost or counted twice.
 * It reads the facts an event carries (ids, types, States, instants, grounds, sizes) and never a case's contents:
 * of the approval's details only the two States. Each write keeps the first instant it sees, so an event applied
 * again changes nothing.
 */
@Component
class StatisticsProjection {

	/** Acts of the requested side that only take the request in; the first act after them is the first decision. */
	private static final Set<Act> RECEIPT = EnumSet.of(Act.RECORD_DELIVERY, Act.ACKNOWLEDGE, Act.START_REVIEW);

	private final StatisticsReadModel readModel;

	private final Directory directory;

	StatisticsProjection(StatisticsReadModel readModel, Directory directory) {
		this.readModel = readModel;
		this.directory = directory;
	}

	@EventListener
	void on(CaseEvent event) {
		UUID caseId = event.caseId().value();
		switch (event.act()) {
			case APPROVE -> sent(event);
			case ACKNOWLEDGE -> readModel.reached(caseId, Milestone.ACKNOWLEDGED, event.occurredAt());
			case EXECUTE -> readModel.reached(caseId, Milestone.EXECUTED, event.occurredAt());
			case REFUSE -> readModel.refused(caseId, event.details().getOrDefault("grounds", ""), event.occurredAt());
			case POSTPONE -> readModel.reached(caseId, Milestone.POSTPONED, event.occurredAt());
			case NOTIFY_NO_LONGER_NEEDED -> readModel.reached(caseId, Milestone.WITHDRAWN, event.occurredAt());
			default -> {
			}
		}
		if (firstDecision(event.act())) {
			readModel.reached(caseId, Milestone.FIRST_ACT, event.occurredAt());
		}
	}

	/**
	 * An approval records both States; one that names neither (none does since the sides were first recorded) is not
	 * counted rather than stopping the act that sends the request.
	 */
	private void sent(CaseEvent approval) {
		String requesting = approval.details().get("requestingState");
		String requested = approval.details().get("requestedState");
		if (requesting != null && requested != null) {
			readModel.requestSent(approval.caseId().value(), approval.type(), CountryCode.of(requesting), CountryCode.of(requested),
					approval.occurredAt());
		}
	}

	@EventListener
	void on(ClockEvent event) {
		UUID clock = event.clock().value();
		switch (event) {
			case ClockStarted started -> readModel.clockStarted(clock, event.caseId().value(), event.kind(), started.dueAt());
			case ClockRescheduled rescheduled -> readModel.clockRescheduled(clock, rescheduled.dueAt());
			case ClockMet met -> readModel.clockMet(clock, met.occurredAt());
			case ClockFired fired -> readModel.clockFired(clock, fired.occurredAt());
			default -> {
			}
		}
	}

	@EventListener
	void on(CustodyRecorded recorded) {
		CustodyAction action = recorded.event().action();
		if (action != CustodyAction.ADDED && action != CustodyAction.RECEIVED) {
			return;
		}
		String size = recorded.event().details().get("size");
		String source = recorded.event().details().get("sourceItem");
		readModel.evidenceStored(recorded.event().item().value(), UUID.fromString(recorded.caseId()),
				size == null ? 0 : Long.parseLong(size), source == null ? null : UUID.fromString(source), recorded.occurredAt());
	}

	@EventListener
	void on(AlertRaised raised) {
		directory.authority(new AuthorityId(raised.authority()))
			.map(Authority::state)
			.ifPresent(state -> readModel.alertRaised(raised.alert(), state, raised.caseId(), raised.occurredAt()));
	}

	@EventListener
	void on(AlertAcknowledged acknowledged) {
		readModel.alertAcknowledged(acknowledged.alert(), acknowledged.via(), acknowledged.occurredAt());
	}

	/** A decision of the requested State on the request: anything it does that moves the case on after taking it in. */
	private static boolean firstDecision(Act act) {
		return act.side() == Side.REQUESTED && !act.notice() && !RECEIPT.contains(act);
	}
}
