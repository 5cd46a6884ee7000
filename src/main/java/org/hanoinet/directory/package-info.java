/**
 * Directory: The registers of central authorities and 24/7 points of contact, their channels and languages, the nodes that serve them with their keys, and the signed directory published from them.
 * <p>
 * Convention: Art. 40 (central authorities, accepted languages) and art. 41 (the 24/7 network).
 * <p>
 * May use: shared, node (the node key), treaty. Its HTTP face (pages, API controllers) is in {@code web} and {@code internal}, both private to it.
 */
@ApplicationModule(displayName = "Directory", allowedDependencies = {"shared", "node", "treaty"})
package org.hanoinet.directory;

import org.springframework.modulith.ApplicationModule;
