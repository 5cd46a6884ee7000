package org.hanoinet.cooperation;

/**
 * A family of request types of Chapter V, as its {@link Case} sees it. Each family is a class of its own with its
 * acts, one guarded method each, and the rules that bear on the case's common work, which the case asks of every
 * family through these three methods: whether an event of its acts reported by the counterpart's node keeps its
 * rules, what such an event changes beyond the state, and whether its rules close an act the type allows now. Each
 * family answers only for its own acts (arts. 37 to 39, 40, 41 to 43, 47 and 51, 48, 50 and 52), so a new family
 * is a new class here and in the case's list, and nothing else in the case changes.
 */
sealed interface RequestFamily
		permits DataRequests, MutualLegalAssistance, ExtraditionAndTransfers, SpontaneousInformation, JointInvestigations,
		AssetRecovery {

	/**
	 * Throws when {@code event}, reported by the counterpart's node and allowed by the type in the current state,
	 * breaks a rule of this family, as the act performed here would have.
	 */
	default void checkReceived(CaseEvent event) {
	}

	/** Keeps what {@code event}, accepted into the chain, changes beyond the case's state. */
	default void applyReceived(CaseEvent event) {
	}

	/** Whether the rules of this family leave {@code act} open now, the type and state allowing it. */
	default boolean offers(Act act) {
		return true;
	}
}
