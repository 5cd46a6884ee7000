package org.hanoinet.evidence.internal;

import org.hanoinet.evidence.EvidenceProperties;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.node.NodeStartupFailure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the evidence store from the settings: the data directory ({@code evidence/}) by default. An
 * S3-compatible store is not built yet; asking for one stops the node rather than silently storing on disk.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	@Bean
	EvidenceStore evidenceStore(EvidenceProperties properties, NodeProperties node) {
		if (properties.store().equals("s3")) {
			throw new NodeStartupFailure("hanoinet.evidence.store=s3 is not available in this version of HanoiNet; "
					+ "use the default filesystem store (hanoinet.evidence.store=filesystem).");
		}
		return new FileSystemStore(node.dataDir().resolve("evidence"));
	}
}
