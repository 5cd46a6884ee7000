package org.hanoinet.duty.web;

import java.util.EnumSet;
import java.util.Set;

import org.hanoinet.cooperation.Actor;
import org.hanoinet.identity.AccessRefused;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.CurrentCaller;
import org.hanoinet.identity.Role;
import org.springframework.stereotype.Component;

/** The caller of a duty page or of the duty API, as a reader of its State's alerts or as the one acknowledging. */
@Component
class DutyCallers {

	private static final Set<Role> READING = EnumSet.of(Role.DUTY_OFFICER, Role.SUPERVISOR, Role.AUDITOR);

	private static final Set<Role> ACKNOWLEDGING = EnumSet.of(Role.DUTY_OFFICER, Role.SUPERVISOR);

	private final CurrentCaller callers;

	DutyCallers(CurrentCaller callers) {
		this.callers = callers;
	}

	Caller reader() {
		Caller caller = callers.require();
		if (caller.roles().stream().noneMatch(READING::contains)) {
			throw new AccessRefused("Duty alerts are seen by duty officers, supervisors and auditors only.");
		}
		return caller;
	}

	/** A reader of the State's ping tests: a reader of its alerts, or a node administrator. */
	Caller pingReader() {
		Caller caller = callers.require();
		if (caller.roles().stream().noneMatch(READING::contains) && !caller.has(Role.NODE_ADMIN)) {
			throw new AccessRefused("Ping tests are seen by duty officers, supervisors, auditors and node administrators only.");
		}
		return caller;
	}

	/** Who may ping the peers now from their State's points of contact: a supervisor or a node administrator. */
	Caller pinging() {
		Caller caller = callers.require();
		if (!caller.has(Role.SUPERVISOR) && !caller.has(Role.NODE_ADMIN)) {
			throw new AccessRefused("Only supervisors and node administrators send ping tests.");
		}
		return caller;
	}

	/** Whether the caller may acknowledge alerts at all. */
	boolean mayAcknowledge(Caller caller) {
		return caller.roles().stream().anyMatch(ACKNOWLEDGING::contains);
	}

	Actor acknowledging() {
		Caller caller = callers.require();
		if (!mayAcknowledge(caller)) {
			throw new AccessRefused("Only duty officers and supervisors acknowledge alerts.");
		}
		return new Actor(caller.authority(), caller.state(), caller.name(), caller.has(Role.SUPERVISOR));
	}
}
