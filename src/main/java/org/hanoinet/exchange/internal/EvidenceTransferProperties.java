package org.hanoinet.exchange.internal;

import java.time.Duration;

import org.hanoinet.node.NodeStartupFailure;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of evidence transfers between nodes, under {@code hanoinet.exchange.evidence-transfer}.
 *
 * @param packageLifetime how long an offered package's download links stay valid
 * @param proofLifetime how long a node's proof that it is the one asking for a chunk stays valid
 * @param maxAttempts failed attempts in a row (unreachable peer, cut connection, wrong chunk hash) after which an
 *        item's transfer stops as FAILED with its last error
 * @param firstRetry the wait after the first failure; it doubles with each further failure, with jitter
 * @param longestRetry the longest wait between two attempts
 * @param requestTimeout how long one chunk request may take
 * @param workers how many items this node pulls at the same time
 * @param lease how long a worker holds an item it pulls before another worker (of this or another instance sharing
 *        the database, or after a restart) may take it over; renewed at every chunk
 */
@ConfigurationProperties("hanoinet.exchange.evidence-transfer")
record EvidenceTransferProperties(
		@DefaultValue("P7D") Duration packageLifetime,
		@DefaultValue("PT60S") Duration proofLifetime,
		@DefaultValue("8") int maxAttempts,
		@DefaultValue("PT0.2S") Duration firstRetry,
		@DefaultValue("PT30S") Duration longestRetry,
		@DefaultValue("PT60S") Duration requestTimeout,
		@DefaultValue("2") int workers,
		@DefaultValue("PT30S") Duration lease) {

	EvidenceTransferProperties {
		if (maxAttempts < 1 || workers < 1) {
			throw new NodeStartupFailure("hanoinet.exchange.evidence-transfer.max-attempts and .workers must be at least 1.");
		}
		if (proofLifetime.compareTo(Duration.ofMinutes(10)) > 0) {
			throw new NodeStartupFailure("hanoinet.exchange.evidence-transfer.proof-lifetime is at most 10 minutes.");
		}
	}
}
