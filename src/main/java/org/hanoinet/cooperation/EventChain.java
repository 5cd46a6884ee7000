package org.hanoinet.cooperation;

import java.util.List;
import java.util.Optional;

/** Verifies a case's events as a hash chain: sequence numbers 1, 2, 3... and each previous hash matching. */
public final class EventChain {

	private EventChain() {
	}

	/** Why the chain is broken, naming the first event that does not fit, or empty when the chain is intact. */
	public static Optional<String> firstBreak(List<CaseEvent> events) {
		String expectedPrevious = CaseEvent.GENESIS;
		for (int index = 0; index < events.size(); index++) {
			CaseEvent event = events.get(index);
			if (event.sequence() != index + 1) {
				return Optional.of("Event " + (index + 1) + " carries sequence number " + event.sequence() + ".");
			}
			if (index > 0 && !event.caseId().equals(events.get(0).caseId())) {
				return Optional.of("Event " + event.sequence() + " belongs to another case.");
			}
			if (!event.previousHash().equals(expectedPrevious)) {
				return Optional.of("Event " + event.sequence() + " does not follow from event " + index
						+ ": its previous hash does not match.");
			}
			expectedPrevious = event.hash();
		}
		return Optional.empty();
	}

	/** Whether the events form an unbroken chain from the first. */
	public static boolean isIntact(List<CaseEvent> events) {
		return firstBreak(events).isEmpty();
	}
}
