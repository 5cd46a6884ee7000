package org.hanoinet.audit.internal;

import java.util.List;

import org.hanoinet.audit.AuditLog;
import org.hanoinet.shared.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns every published {@link AuditableEvent} into a leaf, synchronously, in the publisher's transaction: if
 * the append fails the change fails with it, and if the change rolls back so does its leaf. An event
 * published outside any transaction is appended in a transaction of its own.
 */
@Component
class AuditEventRecorder {

	private final AuditLog log;

	AuditEventRecorder(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void record(AuditableEvent event) {
		log.append(List.of(event));
	}
}
