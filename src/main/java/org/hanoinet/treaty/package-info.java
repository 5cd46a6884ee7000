/**
 * Treaty registry: The Convention's chapters and articles, its participants, their signatures, instruments, declarations, reservations and denunciations, and the engine that tells when the Convention is in force for whom.
 * <p>
 * Convention: Arts. 59-68 (final provisions), above all art. 64 (signature, ratification) and art. 65 (entry into force).
 * <p>
 * May use: shared, node (the navigation entry of its pages). Its HTTP face (pages, API controllers) is in {@code web} and {@code internal}, both private to it.
 */
@ApplicationModule(displayName = "Treaty registry", allowedDependencies = {"shared", "node"})
package org.hanoinet.treaty;

import org.springframework.modulith.ApplicationModule;
