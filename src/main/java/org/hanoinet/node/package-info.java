/**
 * Node: The running node itself: its settings and their checks at start-up, the embedded or external PostgreSQL, and the RFC 9457 mapping of API errors.
 * <p>
 * Convention: No article of its own; it hosts the modules that serve the Convention.
 * <p>
 * May use: shared. Its {@code internal} package is private to it.
 */
@ApplicationModule(displayName = "Node", allowedDependencies = {"shared"})
package org.hanoinet.node;

import org.springframework.modulith.ApplicationModule;
