/**
 * Web interface: the shell every page shares: layout, navigation, language switch, landing and error pages, the node
 * summary API and the API documentation. Every module keeps its own pages and API in its {@code web} package and joins
 * the navigation with a {@code node.NavigationLink} bean.
 * <p>
 * Convention: Serves every article the other modules serve; it adds no rules of its own.
 * <p>
 * May use: shared, node (settings, the navigation contract, problem+json errors), directory (the States and
 * authorities the node serves, on the landing page, in the header and in the node summary), identity (who is signed
 * in, so the header names them and the navigation shows what their roles may use). Its {@code internal} package is
 * private to it.
 */
@ApplicationModule(displayName = "Web interface", allowedDependencies = {"shared", "node", "directory", "identity"})
package org.hanoinet.web;

import org.springframework.modulith.ApplicationModule;
