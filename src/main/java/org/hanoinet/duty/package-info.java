/**
 * 24/7 duty: Who is on duty for each point of contact, the alerts sent to them, acknowledgements and escalation chains.
 * <p>
 * Convention: Art. 41 (24/7 network available every hour of every day).
 * <p>
 * May use: shared, directory. Its {@code internal} package is private to it.
 */
@ApplicationModule(displayName = "24/7 duty", allowedDependencies = {"shared", "directory"})
package org.hanoinet.duty;

import org.springframework.modulith.ApplicationModule;
