package org.hanoinet.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the node's statistics, under {@code hanoinet.reporting}.
 *
 * @param maxMonths the longest period, in months, that one request for statistics may cover
 * @param threshold counts below it leave the node as {@code "< threshold"}, so that no single case can be inferred
 *        from an exported figure; 1 exports every count as it is
 */
@ConfigurationProperties("hanoinet.reporting")
public record ReportingProperties(@DefaultValue("60") int maxMonths, @DefaultValue("5") int threshold) {

	public ReportingProperties {
		if (maxMonths < 1) {
			throw new IllegalArgumentException("hanoinet.reporting.max-months must be at least 1, such as 60.");
		}
		if (threshold < 1) {
			throw new IllegalArgumentException("hanoinet.reporting.threshold must be at least 1 (1 exports every count as it is), such as 5.");
		}
	}
}
