package org.hanoinet.identity;

/** What a user or an API token may do on this node; a user holds one or more roles within one authority. */
public enum Role {

	/** 24/7 duty officer: receives and sends urgent requests at any hour (art. 41). */
	DUTY_OFFICER,

	/** Case handler of a central authority: drafts, reviews and executes formal requests (art. 40). */
	CASE_HANDLER,

	/** Approves outgoing requests, refusals, postponements and conditions (four-eyes principle). */
	SUPERVISOR,

	/** Administers the node: users, API tokens, keys, peers, backups. */
	NODE_ADMIN,

	/** UNODC secretariat role: keeps the treaty registry and the directory of authorities. */
	SECRETARIAT,

	/** Auditor or data-protection officer: verifies the audit log and the chain of custody (art. 36). */
	AUDITOR,

	/** Observer for the Conference of the States Parties: aggregated statistics only, never case content. */
	OBSERVER;

	/** Whether a user holding this role must sign in with a second factor: every role but the observer. */
	public boolean requiresSecondFactor() {
		return this != OBSERVER;
	}

	/** The Spring Security authority name of this role, e.g. {@code ROLE_AUDITOR}. */
	public String authority() {
		return "ROLE_" + name();
	}
}
