/**
 * Identity: Users, their roles and their authority, login with a second factor, API tokens.
 * <p>
 * Convention: Arts. 40-41 (only designated authorities act on requests).
 * <p>
 * May use: shared, node (settings, data directory, start-up failures), directory. Its HTTP face (pages, API controllers) is in {@code web} and {@code internal}, both private to it.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {"shared", "node", "directory"})
package org.hanoinet.identity;

import org.springframework.modulith.ApplicationModule;
