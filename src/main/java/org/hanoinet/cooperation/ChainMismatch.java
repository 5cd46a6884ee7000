package org.hanoinet.cooperation;

/**
 * An event from the counterpart's node does not fit this node's chain of the case: a gap (an earlier event
 * has not arrived yet, so the same event may be accepted later) or a contradiction (never accepted).
 */
public class ChainMismatch extends RuntimeException {

	private final boolean gap;

	public ChainMismatch(String message, boolean gap) {
		super(message);
		this.gap = gap;
	}

	/** Whether an earlier event is missing, so that the event may be accepted once it arrives. */
	public boolean gap() {
		return gap;
	}
}
