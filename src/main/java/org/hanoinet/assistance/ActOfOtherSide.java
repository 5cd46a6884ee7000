package org.hanoinet.assistance;

/** The act belongs to the other State of the match: only the offering State records a delivery. */
public class ActOfOtherSide extends RuntimeException {

	private final MatchAct act;

	public ActOfOtherSide(MatchAct act, String message) {
		super(message);
		this.act = act;
	}

	/** The act that was refused. */
	public MatchAct act() {
		return act;
	}
}
