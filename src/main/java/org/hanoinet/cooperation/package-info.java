/**
 * Cooperation cases: Requests between States by article: their required contents, their lifecycle as a hash-chained event log, conditions, grounds for refusal and consultations.
 * <p>
 * Convention: Chapter V, arts. 35-52.
 * <p>
 * May use: shared, law (the rules table it cites), treaty, directory. Its {@code internal} package is private to it.
 */
@ApplicationModule(displayName = "Cooperation cases", allowedDependencies = {"shared", "law", "treaty", "directory"})
package org.hanoinet.cooperation;

import org.springframework.modulith.ApplicationModule;
