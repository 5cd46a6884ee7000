package org.hanoinet.clocks.internal;

import java.time.Instant;
import java.util.UUID;

import org.hanoinet.clocks.ClockState;
import org.hanoinet.clocks.LegalClock;
import org.hanoinet.cooperation.CaseId;

/** The changes a legal clock goes through, as new values of the immutable {@link LegalClock}. */
final class ClockChanges {

	private ClockChanges() {
	}

	static LegalClock met(LegalClock c, Instant at, UUID by) {
		return new LegalClock(c.id(), c.caseId(), c.kind(), ClockState.MET, c.startedAt(), c.dueAt(), c.startedBy(),
				c.reminderFor(), c.keptFor(), at, by, c.firedAt(), c.cancelledAt(), c.cancelledBy(), c.counting(), c.zone());
	}

	static LegalClock cancelled(LegalClock c, Instant at, UUID by) {
		return new LegalClock(c.id(), c.caseId(), c.kind(), ClockState.CANCELLED, c.startedAt(), c.dueAt(), c.startedBy(),
				c.reminderFor(), c.keptFor(), c.metAt(), c.metBy(), c.firedAt(), at, by, c.counting(), c.zone());
	}

	static LegalClock rescheduled(LegalClock c, ClockState state, Instant dueAt) {
		return new LegalClock(c.id(), c.caseId(), c.kind(), state, c.startedAt(), dueAt, c.startedBy(), c.reminderFor(),
				c.keptFor(), c.metAt(), c.metBy(), c.firedAt(), c.cancelledAt(), c.cancelledBy(), c.counting(), c.zone());
	}

	static LegalClock suspended(LegalClock c, CaseId keptFor) {
		return new LegalClock(c.id(), c.caseId(), c.kind(), ClockState.SUSPENDED, c.startedAt(), c.dueAt(), c.startedBy(),
				c.reminderFor(), keptFor, c.metAt(), c.metBy(), c.firedAt(), c.cancelledAt(), c.cancelledBy(), c.counting(), c.zone());
	}
}
