package org.hanoinet.node.internal;

import org.hanoinet.node.NodeStartupFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reports a failed start in one sentence when the cause is one the operator can fix (bad settings, a busy
 * port, an unreachable database), so they are not handed a stack trace. Other failures are bugs and keep
 * Spring Boot's full report.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupFailureReporter implements SpringBootExceptionReporter {

	private static final Logger log = LoggerFactory.getLogger("org.hanoinet");

	@Override
	public boolean reportException(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof NodeStartupFailure known) {
				log.error("HanoiNet cannot start. {}", known.getMessage());
				return true;
			}
			if (cause instanceof PortInUseException busy) {
				log.error("HanoiNet cannot start. Port {} is already in use: stop what uses it or choose another with --port N.",
						busy.getPort());
				return true;
			}
		}
		return false;
	}
}
