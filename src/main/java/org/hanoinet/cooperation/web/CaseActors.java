package org.hanoinet.cooperation.web;

import java.util.EnumSet;
import java.util.Set;

import org.hanoinet.cooperation.Actor;
import org.hanoinet.identity.AccessRefused;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.CurrentCaller;
import org.hanoinet.identity.Role;
import org.springframework.stereotype.Component;

/** Who may read and act on cases: officers, handlers and supervisors act; auditors read; nobody else sees cases. */
@Component
class CaseActors {

	private static final Set<Role> ACTING = EnumSet.of(Role.DUTY_OFFICER, Role.CASE_HANDLER, Role.SUPERVISOR);

	private static final Set<Role> READING = EnumSet.of(Role.DUTY_OFFICER, Role.CASE_HANDLER, Role.SUPERVISOR, Role.AUDITOR);

	private final CurrentCaller callers;

	CaseActors(CurrentCaller callers) {
		this.callers = callers;
	}

	/** The caller as a reader of its State's cases; observers, administrators and the secretariat see none. */
	Actor reader() {
		Caller caller = callers.require();
		if (caller.roles().stream().noneMatch(READING::contains)) {
			throw new AccessRefused("Cases are seen only by duty officers, case handlers, supervisors and auditors of the States concerned.");
		}
		return actor(caller);
	}

	/** The caller as the performer of an act; auditors read but never act. */
	Actor acting() {
		Caller caller = callers.require();
		if (caller.roles().stream().noneMatch(ACTING::contains)) {
			throw new AccessRefused("Only duty officers, case handlers and supervisors act on cases.");
		}
		return actor(caller);
	}

	/** Whether the caller may act on cases, and so see the acts and the draft button; auditors only read. */
	boolean mayAct() {
		try {
			acting();
			return true;
		}
		catch (AccessRefused auditor) {
			return false;
		}
	}

	private static Actor actor(Caller caller) {
		return new Actor(caller.authority(), caller.state(), caller.name(), caller.has(Role.SUPERVISOR));
	}
}
