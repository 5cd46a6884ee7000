/**
 * Electronic evidence: Evidence items of any size: streaming upload, hashing, encryption at rest, transfer to the counterpart, chain of custody and its CASE/UCO export, retention.
 * <p>
 * Convention: Arts. 40, 42-46 (electronic data obtained through cooperation) and art. 36 (protection of personal data).
 * <p>
 * May use: shared, node, cooperation. Its {@code internal} package is private to it.
 */
@ApplicationModule(displayName = "Electronic evidence", allowedDependencies = {"shared", "node", "cooperation"})
package org.hanoinet.evidence;

import org.springframework.modulith.ApplicationModule;
