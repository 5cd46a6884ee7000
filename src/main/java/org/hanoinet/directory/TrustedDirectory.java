package org.hanoinet.directory;

import java.util.Optional;

/**
 * The directory this node relies on: the latest version it published when it is the secretariat, otherwise
 * the last version it fetched from the secretariat and verified against the pinned key.
 */
public interface TrustedDirectory {

	/** The directory in force on this node, if any. */
	Optional<DirectoryDocument> current();

	/** The signed form of {@link #current()}, as received or published. */
	Optional<SignedDirectory> signed();

	/** The last refusal since the last accepted version, if any. */
	Optional<DirectoryRefusal> lastRefusal();

	/** Whether this node is its own secretariat. */
	boolean secretariat();
}
