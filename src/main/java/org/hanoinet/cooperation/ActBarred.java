package org.hanoinet.cooperation;

/**
 * An act the case's type allows in its state is barred by a rule of the case: a use limit that forbids forwarding,
 * a duty not yet met (notifying before disclosing, letting the requesting State argue before lifting a measure),
 * a refusal that was not solely on nationality. {@link #code()} names the rule with a stable word for pages and APIs.
 */
public class ActBarred extends InvalidTransition {

	private final String code;

	public ActBarred(CaseStatus from, Act act, String code, String message) {
		super(from, act, message);
		this.code = code;
	}

	/** The rule that bars the act: {@code use-limit}, {@code notify-first}, {@code argue-first}, {@code not-solely-nationality}. */
	public String code() {
		return code;
	}
}
