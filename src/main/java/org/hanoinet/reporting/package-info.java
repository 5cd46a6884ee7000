/**
 * Reporting: Statistics and exports for States and for the Conference of the States Parties, never case content.
 * <p>
 * Convention: Art. 57 (Conference of the States Parties) and art. 55 (exchange of information on trends).
 * <p>
 * May use: shared, node (settings checks, the navigation contract, the node key that signs its aggregates),
 * directory (the State of an authority, the nodes and their keys), identity (who may read the figures), treaty (the
 * regional group of a State), exchange (the envelopes that carry report requests and answers between nodes), and the
 * events of cooperation, clocks, duty and evidence, from which its read model is built; it reads none of their
 * tables. Its {@code internal} and {@code web} packages are private to it.
 */
@ApplicationModule(displayName = "Reporting", allowedDependencies = {"shared", "node", "directory", "identity", "cooperation",
		"clocks", "duty", "evidence", "treaty", "exchange"})
package org.hanoinet.reporting;

import org.springframework.modulith.ApplicationModule;
