/**
 * Exchange between nodes: Signed envelopes that carry case events between nodes: outbox, inbox, receipts, retries and peers.
 * <p>
 * Convention: Arts. 40-41 (transmission of requests between authorities, by expedited means where urgent).
 * <p>
 * May use: shared, node, directory, cooperation, evidence. Its {@code internal} package is private to it.
 */
@ApplicationModule(displayName = "Exchange between nodes", allowedDependencies = {"shared", "node", "directory", "cooperation", "evidence"})
package org.hanoinet.exchange;

import org.springframework.modulith.ApplicationModule;
