package org.hanoinet.reporting.internal;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hanoinet.directory.Authority;
import org.hanoinet.directory.Directory;
import org.hanoinet.directory.DirectoryProperties;
import org.hanoinet.directory.Node;
import org.hanoinet.directory.Nodes;
import org.hanoinet.directory.ThisNode;
import org.hanoinet.directory.TrustedDirectory;
import org.hanoinet.reporting.NetworkReportProperties;
import org.hanoinet.shared.CountryCode;
import org.springframework.stereotype.Component;

/**
 * The directory as the network report reads it: the nodes and their keys from the signed directory in force (the
 * same the inbox verifies envelopes with), the States each serves, and which node is the secretariat's.
 */
@Component
public class NetworkDirectory {

	private final TrustedDirectory trusted;

	private final Nodes nodes;

	private final Directory directory;

	private final ThisNode thisNode;

	private final DirectoryProperties directorySettings;

	private final NetworkReportProperties settings;

	NetworkDirectory(TrustedDirectory trusted, Nodes nodes, Directory directory, ThisNode thisNode,
			DirectoryProperties directorySettings, NetworkReportProperties settings) {
		this.trusted = trusted;
		this.nodes = nodes;
		this.directory = directory;
		this.thisNode = thisNode;
		this.directorySettings = directorySettings;
		this.settings = settings;
	}

	/** Every node of the directory in force, or of this node's register while it follows none. */
	public List<Node> nodes() {
		return trusted.current().map(document -> document.nodes()).orElseGet(nodes::findAll);
	}

	/** A node of the directory in force, with its keys. */
	public Optional<Node> node(String id) {
		return trusted.current().map(document -> document.node(id)).orElseGet(() -> nodes.findById(id));
	}

	/** The States whose authorities the directory lists as served by {@code node}, in code order. */
	public List<CountryCode> statesOf(Node node) {
		return node.authorities()
			.stream()
			.map(directory::authority)
			.flatMap(Optional::stream)
			.map(Authority::state)
			.distinct()
			.sorted()
			.toList();
	}

	/** The States this node answers for: those the directory lists it as serving. */
	public List<CountryCode> servedHere() {
		return node(thisNode.id()).map(this::statesOf).orElse(List.of());
	}

	/** Whether this node is the secretariat, which asks for the network report. */
	public boolean secretariat() {
		return trusted.secretariat();
	}

	/**
	 * The node whose report requests this node answers: the one named by {@code hanoinet.reporting.network.secretariat-node},
	 * this node if it is the secretariat, or the node of the directory reached at the secretariat URL it follows.
	 */
	public Optional<String> secretariatNode() {
		if (!settings.secretariatNode().isBlank()) {
			return Optional.of(settings.secretariatNode().strip());
		}
		if (trusted.secretariat()) {
			return Optional.of(thisNode.id());
		}
		if (directorySettings.secretariatUrl().isBlank()) {
			return Optional.empty();
		}
		String url = base(URI.create(directorySettings.secretariatUrl().strip()));
		return nodes().stream().filter(node -> Objects.equals(base(node.endpoint()), url)).map(Node::id).findFirst();
	}

	/** This node's id in the directory. */
	public String thisNode() {
		return thisNode.id();
	}

	private static String base(URI endpoint) {
		String text = endpoint.normalize().toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}
}
