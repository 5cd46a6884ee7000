/**
 * Cooperation cases: Requests between States by article: their required contents, their lifecycle as a hash-chained event log, conditions, grounds for refusal and consultations.
 * <p>
 * Convention: Chapter V, arts. 35-52.
 * <p>
 * May use: shared, law (the rules table it cites), treaty, directory, node (the navigation of its pages), identity (the caller of its pages and API),
 * audit (the leaf a formal letter cites). Its HTTP face (pages, API controllers, formal letters) is in {@code web},
 * and {@code internal} holds its persistence; both are private to it. Clocks and exchange show what they know of a
 * case through {@link org.hanoinet.cooperation.CaseViewContribution}, since they depend on this module.
 */
@ApplicationModule(displayName = "Cooperation cases", allowedDependencies = {"shared", "law", "treaty", "directory", "node", "identity", "audit"})
package org.hanoinet.cooperation;

import org.springframework.modulith.ApplicationModule;
