/**
 * Exchange between nodes: Signed envelopes that carry case events between nodes: outbox, inbox, receipts, retries and peers.
 * <p>
 * Convention: Arts. 40-41 (transmission of requests between authorities, by expedited means where urgent).
 * <p>
 * May use: shared, node, directory, cooperation, evidence, identity (the caller of its pages and API). Its HTTP face (pages, API controllers) is in {@code web} and {@code internal}, both private to it.
 */
@ApplicationModule(displayName = "Exchange between nodes", allowedDependencies = {"shared", "node", "directory", "cooperation", "evidence", "identity"})
package org.hanoinet.exchange;

import org.springframework.modulith.ApplicationModule;
