package org.hanoinet.clocks;

import java.util.Map;
import java.util.TreeMap;

import org.hanoinet.cooperation.CaseId;
import org.hanoinet.shared.AuditableEvent;

/**
 * A change of a legal clock, published in the transaction of the change and recorded by the audit log as one
 * leaf, so that when an obligation started, fell due and was met can be proven later. Its fields are ids,
 * kinds and instants only.
 */
public sealed interface ClockEvent extends AuditableEvent
		permits ClockStarted, ClockMet, ClockFired, ClockCancelled, ClockSuspended, ClockRescheduled {

	/** The clock that changed. */
	ClockId clock();

	/** The case whose obligation it watches. */
	CaseId caseId();

	/** What the clock measures. */
	ClockKind kind();

	/** The audit fields every clock event shares. */
	default Map<String, String> commonFields() {
		Map<String, String> fields = new TreeMap<>();
		fields.put("clock", clock().toString());
		fields.put("case", caseId().toString());
		fields.put("kind", kind().name());
		return fields;
	}
}
