/**
 * Web interface: The server-rendered user interface in English and Vietnamese, built on the public API of the other modules.
 * <p>
 * Convention: Serves every article the other modules serve; it adds no rules of its own.
 * <p>
 * May use: shared, node, treaty, directory, cooperation, clocks, duty, evidence, exchange, audit, identity, reporting. Its {@code internal} package is private to it.
 */
@ApplicationModule(displayName = "Web interface", allowedDependencies = {"shared", "node", "treaty", "directory", "cooperation", "clocks", "duty", "evidence", "exchange", "audit", "identity", "reporting"})
package org.hanoinet.web;

import org.springframework.modulith.ApplicationModule;
