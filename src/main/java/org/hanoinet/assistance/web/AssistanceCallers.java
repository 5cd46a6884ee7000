package org.hanoinet.assistance.web;

import org.hanoinet.identity.AccessRefused;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.CurrentCaller;
import org.hanoinet.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the technical-assistance register: everyone signed in reads what their State may see; the
 * supervisors and node administrators of a State record its needs and offers and act on its matches; the
 * secretariat matches needs with offers.
 */
@Component
class AssistanceCallers {

	private final CurrentCaller callers;

	AssistanceCallers(CurrentCaller callers) {
		this.callers = callers;
	}

	Caller reader() {
		return callers.require();
	}

	/** Whether the caller records needs and offers and acts on matches for their State. */
	boolean mayRecord(Caller caller) {
		return caller.has(Role.SUPERVISOR) || caller.has(Role.NODE_ADMIN);
	}

	/** A supervisor or node administrator, who records and acts for their State. */
	Caller recorder() {
		Caller caller = callers.require();
		if (!mayRecord(caller)) {
			throw new AccessRefused("Needs, offers and the acts on a match are recorded by the supervisors and node administrators"
					+ " of a State only.");
		}
		return caller;
	}

	Caller secretariat() {
		Caller caller = callers.require();
		if (!caller.has(Role.SECRETARIAT)) {
			throw new AccessRefused("Only the secretariat matches needs with offers.");
		}
		return caller;
	}
}
