package org.hanoinet.audit.internal;

import java.util.ArrayList;
import java.util.List;

import org.hanoinet.shared.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns every published {@link AuditableEvent} into a leaf in the publisher's transaction: if the append fails the
 * change fails with it, and if the change rolls back so does its leaf. The leaves of a transaction are appended
 * together just before it commits, so the log's head row (one lock for the whole node) is the last lock a
 * transaction takes and is held only for the commit: two transactions can no longer each hold a row the other
 * wants while one of them waits for the head. An event published outside any transaction, or inside a read-only
 * one (a refused login changes nothing but must still be recorded), is appended in a transaction of its own.
 */
@Component
class AuditEventRecorder {

	private final JdbcAuditLog log;

	AuditEventRecorder(JdbcAuditLog log) {
		this.log = log;
	}

	@EventListener
	void record(AuditableEvent event) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			log.append(List.of(event));
		}
		else if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			log.appendInOwnTransaction(List.of(event));
		}
		else {
			pending().events.add(event);
		}
	}

	/** The leaves waiting for the current transaction's commit; registered with its first event. */
	private PendingLeaves pending() {
		for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
			if (registered instanceof PendingLeaves leaves && leaves.owner == this) {
				return leaves;
			}
		}
		PendingLeaves leaves = new PendingLeaves(this);
		TransactionSynchronizationManager.registerSynchronization(leaves);
		return leaves;
	}

	private static final class PendingLeaves implements TransactionSynchronization {

		final AuditEventRecorder owner;

		final List<AuditableEvent> events = new ArrayList<>();

		PendingLeaves(AuditEventRecorder owner) {
			this.owner = owner;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			// An event published by another synchronization's beforeCommit still lands here, before the append.
			if (!events.isEmpty()) {
				List<AuditableEvent> batch = List.copyOf(events);
				events.clear();
				owner.log.append(batch);
			}
		}

		@Override
		public int getOrder() {
			return LOWEST_PRECEDENCE;
		}
	}
}
