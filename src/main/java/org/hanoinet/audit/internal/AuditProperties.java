package org.hanoinet.audit.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit log, under {@code hanoinet.audit}.
 *
 * @param checkpointInterval how often the node signs a checkpoint when the log has grown
 *        ({@code HANOINET_AUDIT_CHECKPOINT_INTERVAL}, e.g. {@code 5m}); default 5 minutes
 */
@ConfigurationProperties("hanoinet.audit")
public record AuditProperties(@DefaultValue("5m") Duration checkpointInterval) {

	public AuditProperties {
		if (checkpointInterval.isNegative() || checkpointInterval.isZero()) {
			throw new IllegalArgumentException("hanoinet.audit.checkpoint-interval must be a positive duration such as 5m, not "
					+ checkpointInterval);
		}
	}
}
