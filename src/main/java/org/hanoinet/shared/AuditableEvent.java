package org.hanoinet.shared;

import java.time.Instant;
import java.util.Map;

/**
 * A security-relevant fact that the node's audit log records as one leaf: logins, role and token changes,
 * registry and directory changes, case events, evidence custody. Modules publish such events as Spring
 * application events inside the transaction of the change they describe; the audit module appends the leaf
 * in that same transaction, so a change without its leaf is never committed.
 * <p>
 * The fields hold ids, codes and hashes only, never personal data in clear, so that personal data can be
 * erased under art. 36 of the Convention without breaking the log.
 */
public interface AuditableEvent {

	/** Stable dotted name of the kind of fact, e.g. {@code identity.login-failed} or {@code treaty.action-recorded}. */
	String auditType();

	/** When the fact happened, from the module's injected clock. */
	Instant occurredAt();

	/** Ids, codes and hashes that identify what happened and who did it, as text. */
	Map<String, String> auditFields();
}
