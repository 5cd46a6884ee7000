/**
 * Web interface: the shell every page shares (layout, navigation, language, landing and error pages) and the pages that
 * combine several modules: the cases with their legal clocks, and the formal letters. Every other module keeps its
 * own pages in its {@code web} package.
 * <p>
 * Convention: Serves every article the other modules serve; it adds no rules of its own.
 * <p>
 * May use: shared, node, treaty, directory, cooperation, clocks, duty, evidence, exchange, audit, identity, reporting. Its {@code internal} package is private to it.
 */
@ApplicationModule(displayName = "Web interface", allowedDependencies = {"shared", "node", "treaty", "directory", "cooperation", "clocks", "duty", "evidence", "exchange", "audit", "identity", "reporting"})
package org.hanoinet.web;

import org.springframework.modulith.ApplicationModule;
