package org.hanoinet.evidence.web;

import java.util.EnumSet;
import java.util.Set;

import org.hanoinet.cooperation.Actor;
import org.hanoinet.identity.AccessRefused;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.CurrentCaller;
import org.hanoinet.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with evidence: duty officers, case handlers and supervisors of a side's State add, view and
 * download; supervisors and auditors (the data-protection role) delete; auditors also read the custody chain and
 * its CASE/UCO export, but never the bytes; node administrators, the secretariat and observers see nothing.
 */
@Component
class EvidenceActors {

	private static final Set<Role> HANDLING = EnumSet.of(Role.DUTY_OFFICER, Role.CASE_HANDLER, Role.SUPERVISOR);

	private static final Set<Role> READING = EnumSet.of(Role.DUTY_OFFICER, Role.CASE_HANDLER, Role.SUPERVISOR, Role.AUDITOR);

	private static final Set<Role> DELETING = EnumSet.of(Role.SUPERVISOR, Role.AUDITOR);

	private final CurrentCaller callers;

	EvidenceActors(CurrentCaller callers) {
		this.callers = callers;
	}

	/** The caller as one who adds, views or downloads evidence. */
	Actor handler() {
		return actor(HANDLING, "Evidence is added and downloaded only by duty officers, case handlers and supervisors.");
	}

	/** The caller as a reader of the list, the hashes and the custody chain. */
	Actor reader() {
		return actor(READING, "Evidence is seen only by duty officers, case handlers, supervisors and auditors of the States concerned.");
	}

	/** The caller as one who deletes evidence. */
	Actor deleter() {
		return actor(DELETING, "Only supervisors and auditors delete evidence.");
	}

	/** Whether the caller may download and add. */
	boolean handles() {
		return callers.find().map(caller -> caller.roles().stream().anyMatch(HANDLING::contains)).orElse(false);
	}

	/** Whether the caller may delete. */
	boolean deletes() {
		return callers.find().map(caller -> caller.roles().stream().anyMatch(DELETING::contains)).orElse(false);
	}

	private Actor actor(Set<Role> allowed, String refusal) {
		Caller caller = callers.require();
		if (caller.roles().stream().noneMatch(allowed::contains)) {
			throw new AccessRefused(refusal);
		}
		return new Actor(caller.authority(), caller.state(), caller.name(), caller.has(Role.SUPERVISOR));
	}
}
