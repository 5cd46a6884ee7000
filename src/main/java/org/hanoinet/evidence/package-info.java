/**
 * Electronic evidence: Evidence items of any size: streaming upload, hashing, encryption at rest, transfer to the counterpart, chain of custody and its CASE/UCO export, retention.
 * <p>
 * Convention: Arts. 40, 42-46 (electronic data obtained through cooperation) and art. 36 (protection of personal data).
 * <p>
 * May use: shared, node, cooperation, identity (the caller of its pages and API). Its HTTP face (pages, API controllers) is in {@code web} and {@code internal}, both private to it.
 */
@ApplicationModule(displayName = "Electronic evidence", allowedDependencies = {"shared", "node", "cooperation", "identity"})
package org.hanoinet.evidence;

import org.springframework.modulith.ApplicationModule;
