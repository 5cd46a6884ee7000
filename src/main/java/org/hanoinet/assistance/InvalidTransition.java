package org.hanoinet.assistance;

/** A State attempted an act that the match does not allow where it stands; the message says why and what is next. */
public class InvalidTransition extends RuntimeException {

	private final MatchStatus from;

	private final MatchAct act;

	public InvalidTransition(MatchStatus from, MatchAct act, String message) {
		super(message);
		this.from = from;
		this.act = act;
	}

	/** Where the match stood. */
	public MatchStatus from() {
		return from;
	}

	/** The act that was refused. */
	public MatchAct act() {
		return act;
	}
}
