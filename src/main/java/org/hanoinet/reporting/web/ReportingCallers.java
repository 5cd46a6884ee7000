package org.hanoinet.reporting.web;

import org.hanoinet.directory.AuthorityKind;
import org.hanoinet.directory.Directory;
import org.hanoinet.identity.AccessRefused;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.CurrentCaller;
import org.hanoinet.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may read a State's statistics: the case handlers and supervisors of its central authority (art. 40), who
 * answer for its requests, and the administrators of this node. Each reads the figures of their own State only.
 */
@Component
class ReportingCallers {

	private final CurrentCaller callers;

	private final Directory directory;

	ReportingCallers(CurrentCaller callers, Directory directory) {
		this.callers = callers;
		this.directory = directory;
	}

	Caller reader() {
		Caller caller = callers.require();
		if (caller.has(Role.NODE_ADMIN)) {
			return caller;
		}
		boolean ofCentralAuthority = directory.authority(caller.authority())
			.filter(authority -> authority.kind() == AuthorityKind.CENTRAL_AUTHORITY)
			.isPresent();
		if (ofCentralAuthority && (caller.has(Role.CASE_HANDLER) || caller.has(Role.SUPERVISOR))) {
			return caller;
		}
		throw new AccessRefused("A State's statistics are seen by the case handlers and supervisors of its central authority "
				+ "and by the node's administrators only.");
	}
}
