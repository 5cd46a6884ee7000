package org.hanoinet.directory;

import java.util.List;
import java.util.Optional;

/**
 * The secretariat's publishing desk: signs the registers as a new version of the directory with the
 * secretariat key (not the node key) and keeps every version published.
 */
public interface Secretariat {

	/** Whether this node is the secretariat; otherwise nothing can be published here. */
	boolean active();

	/** Signs and publishes the registers as they stand, as the next version. */
	SignedDirectory publish(String actor);

	/** The latest version published here. */
	Optional<SignedDirectory> latest();

	/** Every version published here, newest first. */
	List<SignedDirectory> history();

	/** The secretariat's public key (raw, base64url) that other nodes pin, if this node is the secretariat. */
	Optional<String> publicKey();
}
