package org.hanoinet.exchange.internal;

import java.time.Clock;
import java.util.Optional;

import org.hanoinet.directory.Node;
import org.hanoinet.directory.Nodes;
import org.hanoinet.directory.TrustedDirectory;
import org.hanoinet.exchange.Envelopes;
import org.hanoinet.node.NodeKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Envelopes are signed with the node key and checked against the directory this node trusts. */
@Configuration(proxyBeanMethods = false)
class FederationConfiguration {

	@Bean
	Envelopes envelopes(NodeKeys keys, TrustedDirectory trusted, Nodes nodes, Clock clock) {
		return new Envelopes(keys, id -> node(trusted, nodes, id), clock);
	}

	/** The signed directory in force, or this node's own register when it follows none (a standalone node). */
	static Optional<Node> node(TrustedDirectory trusted, Nodes nodes, String id) {
		return trusted.current().map(document -> document.node(id)).orElseGet(() -> nodes.findById(id));
	}
}
