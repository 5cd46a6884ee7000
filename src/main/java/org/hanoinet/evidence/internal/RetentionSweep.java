package org.hanoinet.evidence.internal;

import org.hanoinet.evidence.EvidenceRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes, at the interval {@code hanoinet.evidence.retention.sweep}, every item whose retention period has
 * ended (art. 36): bytes and data key destroyed, hashes and custody chain kept.
 */
@Component
class RetentionSweep {

	private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

	private final EvidenceRetention retention;

	RetentionSweep(EvidenceRetention retention) {
		this.retention = retention;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${hanoinet.evidence.retention.sweep:PT1H}")
	void sweep() {
		int deleted = retention.applyRetention();
		if (deleted > 0) {
			log.info("Deleted {} evidence items whose retention period ended", deleted);
		}
	}
}
