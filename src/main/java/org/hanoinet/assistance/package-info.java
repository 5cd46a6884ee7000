/**
 * Technical assistance: The register where the needs of a State for technical assistance and capacity-building meet the offers of another, matched by the secretariat, accepted by both, delivered and evaluated.
 * <p>
 * Convention: Arts. 54 and 56 (technical assistance and capacity-building, especially for developing countries).
 * <p>
 * May use: shared, node (the navigation contract, problem types), treaty (the UN regional groups), directory (the
 * contact authority of a need or an offer and its State), identity (who records, matches and accepts). Its
 * {@code internal} and {@code web} packages are private to it.
 */
@ApplicationModule(displayName = "Technical assistance", allowedDependencies = {"shared", "node", "treaty", "directory", "identity"})
package org.hanoinet.assistance;

import org.springframework.modulith.ApplicationModule;
