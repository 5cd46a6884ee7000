package org.hanoinet.duty;

import java.util.Optional;

/**
 * One step of a point of contact's escalation chain (art. 41): whoever is alerted when the step before stayed
 * silent for the configured time.
 */
public enum EscalationStep {

	/** The officer on duty now by the roster, or the authority's duty officers when the roster is empty. */
	ON_DUTY,

	/** The backup officer. */
	BACKUP,

	/** The supervisor of the point of contact. */
	SUPERVISOR,

	/** The head of unit, last in the chain. */
	HEAD_OF_UNIT;

	/** The step that follows this one, or empty at the end of the chain. */
	public Optional<EscalationStep> next() {
		return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}
}
