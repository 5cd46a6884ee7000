package org.hanoinet.evidence.internal;

import org.hanoinet.evidence.EvidenceProperties;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.node.NodeStartupFailure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the evidence store from the settings: the data directory ({@code evidence/}) by default, or a bucket of
 * an S3-compatible object store with {@code hanoinet.evidence.store=s3}, checked at start-up so that a node never
 * accepts evidence it could not keep.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	@Bean
	EvidenceStore evidenceStore(EvidenceProperties properties, NodeProperties node) {
		if (properties.store().equals("s3")) {
			return s3Store(properties.s3());
		}
		return new FileSystemStore(node.dataDir().resolve("evidence"));
	}

	private static S3Store s3Store(EvidenceProperties.S3 settings) {
		require(settings.bucket(), "bucket", "the name of an existing bucket");
		require(settings.accessKey(), "access-key", "the access key id the node signs its requests with");
		require(settings.secretKey(), "secret-key", "the secret of that access key");
		require(settings.region(), "region", "the store's region, such as us-east-1");
		if (settings.endpoint() != null && (!settings.endpoint().isAbsolute() || settings.endpoint().getHost() == null
				|| !settings.endpoint().getScheme().matches("https?"))) {
			throw new NodeStartupFailure("hanoinet.evidence.s3.endpoint must be an http or https URL such as https://s3.example.org:9000, not '"
					+ settings.endpoint() + "'.");
		}
		S3Store store = new S3Store(settings);
		try {
			store.requireBucket();
		}
		catch (NodeStartupFailure failure) {
			store.close();
			throw failure;
		}
		return store;
	}

	private static void require(String value, String setting, String what) {
		if (value == null || value.isBlank()) {
			throw new NodeStartupFailure("hanoinet.evidence.store=s3 needs hanoinet.evidence.s3." + setting + ": set it to " + what + ".");
		}
	}
}
