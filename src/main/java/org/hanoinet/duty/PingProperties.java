package org.hanoinet.duty;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the ping tests between 24/7 points of contact, under {@code hanoinet.duty.ping}.
 *
 * @param interval how often each point of contact served here pings its peers (ISO-8601 such as P7D, or 7d);
 *        zero or negative disables the periodic rounds (the manual trigger still works)
 * @param window how long a ping may stay unacknowledged before it counts as unanswered
 */
@ConfigurationProperties("hanoinet.duty.ping")
public record PingProperties(@DefaultValue("P7D") Duration interval, @DefaultValue("PT1H") Duration window) {

	/** Whether periodic rounds are on. */
	public boolean periodic() {
		return !interval.isZero() && !interval.isNegative();
	}
}
