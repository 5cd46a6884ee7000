package org.hanoinet.cooperation;

/** A legal act was attempted in a state where the case's type does not allow it. */
public class InvalidTransition extends RuntimeException {

	private final CaseStatus from;

	private final Act act;

	public InvalidTransition(CaseStatus from, Act act) {
		this(from, act, "A case in state " + from + " does not allow the act " + act + ".");
	}

	public InvalidTransition(CaseStatus from, Act act, String message) {
		super(message);
		this.from = from;
		this.act = act;
	}

	/** The state the case was in. */
	public CaseStatus from() {
		return from;
	}

	/** The act that was refused. */
	public Act act() {
		return act;
	}
}
