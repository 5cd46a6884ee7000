/**
 * Audit log: The append-only Merkle log of every security-relevant event, its signed checkpoints, inclusion and consistency proofs, and their verification.
 * <p>
 * Convention: Art. 36 (protection of personal data) and the proof of timeliness and integrity that courts ask for under Chapter V.
 * <p>
 * May use: shared, node (the node key). Its HTTP face (pages, API controllers) is in {@code web} and {@code internal}, both private to it.
 */
@ApplicationModule(displayName = "Audit log", allowedDependencies = {"shared", "node"})
package org.hanoinet.audit;

import org.springframework.modulith.ApplicationModule;
