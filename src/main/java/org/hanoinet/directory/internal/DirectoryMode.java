package org.hanoinet.directory.internal;

import org.hanoinet.directory.DirectoryProperties;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.node.NodeStartupFailure;
import org.springframework.stereotype.Component;

/** Whether this node publishes the directory (secretariat) or follows a secretariat elsewhere. */
@Component
class DirectoryMode {

	private final boolean secretariat;

	private final boolean follower;

	DirectoryMode(DirectoryProperties directory, NodeProperties node) {
		if (directory.secretariat() && directory.follower()) {
			throw new NodeStartupFailure("A node is either the secretariat (hanoinet.directory.secretariat=true) or follows one "
					+ "(hanoinet.directory.secretariat-url), not both: remove one of the two settings.");
		}
		this.follower = directory.follower();
		this.secretariat = !follower && (directory.secretariat() || node.demo());
	}

	boolean secretariat() {
		return secretariat;
	}

	boolean follower() {
		return follower;
	}
}
