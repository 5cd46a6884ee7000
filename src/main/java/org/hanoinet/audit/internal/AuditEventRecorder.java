package org.hanoinet.audit.internal;

import java.util.List;

import org.hanoinet.shared.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns every published {@link AuditableEvent} into a leaf, synchronously, in the publisher's transaction: if
 * the append fails the change fails with it, and if the change rolls back so does its leaf. An event
 * published outside any transaction, or inside a read-only one (a refused login changes nothing but must
 * still be recorded), is appended in a transaction of its own.
 */
@Component
class AuditEventRecorder {

	private final JdbcAuditLog log;

	AuditEventRecorder(JdbcAuditLog log) {
		this.log = log;
	}

	@EventListener
	void record(AuditableEvent event) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			log.appendInOwnTransaction(List.of(event));
		}
		else {
			log.append(List.of(event));
		}
	}
}
