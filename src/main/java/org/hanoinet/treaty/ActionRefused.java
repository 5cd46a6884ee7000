package org.hanoinet.treaty;

/** An action the final clauses forbid; carries the {@link Refusal} that says why. */
public class ActionRefused extends RuntimeException {

	private final Refusal refusal;

	public ActionRefused(Refusal refusal) {
		super(refusal.reason());
		this.refusal = refusal;
	}

	public Refusal refusal() {
		return refusal;
	}
}
