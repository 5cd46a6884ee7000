package org.hanoinet.directory;

import java.util.List;
import java.util.Optional;

/** The register of nodes and their keys, kept by the secretariat. */
public interface Nodes {

	List<Node> findAll();

	Optional<Node> findById(String id);

	/** Adds or replaces the node with its keys and served authorities. */
	void save(Node node);
}
