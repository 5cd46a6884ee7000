/**
 * 24/7 duty: Who is on duty for each point of contact, the alerts sent to them, acknowledgements and escalation chains.
 * <p>
 * Convention: Art. 41 (24/7 network available every hour of every day).
 * <p>
 * May use: shared, node (the node key signs acknowledgement links), directory (rosters, authorities), identity
 * (the duty officers of an authority without a roster entry), cooperation (the cases alerted and acknowledged),
 * exchange (its facts about urgent envelopes that stay undelivered; exchange knows nothing of duty, so the graph
 * stays acyclic).
 * Its HTTP face (pages, API controllers) is in {@code web} and {@code internal}, both private to it.
 */
@ApplicationModule(displayName = "24/7 duty", allowedDependencies = {"shared", "node", "directory", "identity", "cooperation", "exchange"})
package org.hanoinet.duty;

import org.springframework.modulith.ApplicationModule;
