package org.hanoinet.clocks;

/** Where a legal clock stands. */
public enum ClockState {

	/** Counting down: it fires at its due time unless met or cancelled first. */
	RUNNING,

	/** Held: it no longer fires (a preservation kept until the decision on its follow-up request). */
	SUSPENDED,

	/** Its due time came before it was met: the period ended, the reminder was given or the target was missed. */
	FIRED,

	/** The obligation was met (when met after its due time, the clock also says when it fired). */
	MET,

	/** The case ended the obligation before it was due (request withdrawn, no longer needed, case closed). */
	CANCELLED;

	/** Whether a clock in this state may still fire or be met. */
	public boolean open() {
		return this == RUNNING || this == SUSPENDED;
	}
}
