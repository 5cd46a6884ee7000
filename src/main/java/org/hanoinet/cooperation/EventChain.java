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

	/**
	 * Throws {@link ChainMismatch} unless {@code event} is the next link of {@code chain}, the chain of case
	 * {@code id} of type {@code type}: the next sequence number, a draft first and only first, the previous hash
	 * of the last event, the same case and type. An event further ahead is a gap that may fit later.
	 */
	static void checkNext(List<CaseEvent> chain, CaseEvent event, CaseId id, CaseType type) {
		if (event.sequence() != chain.size() + 1L) {
			throw new ChainMismatch("Event " + event.sequence() + " of case " + id + " arrived, but the next expected is "
					+ (chain.size() + 1) + ".", event.sequence() > chain.size() + 1L);
		}
		if (chain.isEmpty() != (event.act() == Act.DRAFT)) {
			throw new ChainMismatch("Event " + event.sequence() + " of case " + id + " is a " + event.act()
					+ ": a case's chain starts with its draft, and only there.", false);
		}
		String head = chain.isEmpty() ? CaseEvent.GENESIS : chain.getLast().hash();
		if (!event.previousHash().equals(head) || !event.caseId().equals(id) || event.type() != type) {
			throw new ChainMismatch("Event " + event.sequence() + " of case " + id + " does not follow this node's chain.", false);
		}
	}

	/** Whether the events form an unbroken chain from the first. */
	public static boolean isIntact(List<CaseEvent> events) {
		return firstBreak(events).isEmpty();
	}
}
