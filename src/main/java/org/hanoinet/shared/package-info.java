/**
 * Shared kernel: Value types that every module speaks: country codes, authority, case and evidence ids, digests, language tags. Nothing else lives here.
 * <p>
 * Convention: Serves the whole Convention; the codes identify States Parties (art. 2) and their authorities (arts. 40-41).
 * <p>
 * May use: no other module. Its {@code internal} package is private to it.
 */
@ApplicationModule(displayName = "Shared kernel", allowedDependencies = {})
package org.hanoinet.shared;

import org.springframework.modulith.ApplicationModule;
