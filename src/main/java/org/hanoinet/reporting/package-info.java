/**
 * Reporting: Statistics and exports for States and for the Conference of the States Parties, never case content.
 * <p>
 * Convention: Art. 57 (Conference of the States Parties) and art. 55 (exchange of information on trends).
 * <p>
 * May use: shared, treaty, directory, cooperation, clocks, evidence, exchange. Its {@code internal} package is private to it.
 */
@ApplicationModule(displayName = "Reporting", allowedDependencies = {"shared", "treaty", "directory", "cooperation", "clocks", "evidence", "exchange"})
package org.hanoinet.reporting;

import org.springframework.modulith.ApplicationModule;
