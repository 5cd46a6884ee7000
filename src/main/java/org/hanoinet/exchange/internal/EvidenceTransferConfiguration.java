package org.hanoinet.exchange.internal;

import java.time.Clock;

import org.hanoinet.directory.Nodes;
import org.hanoinet.directory.ThisNode;
import org.hanoinet.directory.TrustedDirectory;
import org.hanoinet.exchange.EvidenceSignatures;
import org.hanoinet.node.NodeKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Manifests, download links and node proofs are signed with the node key and checked against the trusted directory. */
@Configuration(proxyBeanMethods = false)
class EvidenceTransferConfiguration {

	@Bean
	EvidenceSignatures evidenceSignatures(NodeKeys keys, ThisNode thisNode, TrustedDirectory trusted, Nodes nodes, Clock clock) {
		return new EvidenceSignatures(keys, thisNode.id(), id -> FederationConfiguration.node(trusted, nodes, id), clock);
	}
}
