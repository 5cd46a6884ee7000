package org.hanoinet.duty;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of 24/7 duty alerts, under {@code hanoinet.duty}. E-mail goes through Spring Boot's
 * {@code spring.mail.*} settings; without {@code spring.mail.host} alerts go out by webhook and on the duty page only.
 *
 * @param escalationSilence how long a step of the escalation chain may stay silent before the next step is alerted
 * @param linkValidity how long the signed acknowledgement link of an alert stays valid
 * @param publicUrl the URL at which duty officers reach this node, for links in alerts; empty means loopback
 * @param mailFrom the sender address of alert e-mails
 * @param maxAttempts how many times a channel tries one notice before giving up
 * @param firstRetry the wait before the first retry of a failed delivery; doubled at each failure
 * @param maxRetry the longest wait between two attempts
 */
@ConfigurationProperties("hanoinet.duty")
public record DutyProperties(
		@DefaultValue("5m") Duration escalationSilence,
		@DefaultValue("24h") Duration linkValidity,
		@DefaultValue("") String publicUrl,
		@DefaultValue("duty-alerts@hanoinet.invalid") String mailFrom,
		@DefaultValue("12") int maxAttempts,
		@DefaultValue("2s") Duration firstRetry,
		@DefaultValue("5m") Duration maxRetry) {

	public DutyProperties {
		if (escalationSilence.isNegative() || escalationSilence.isZero()) {
			throw new IllegalArgumentException("hanoinet.duty.escalation-silence must be a positive duration, such as 5m.");
		}
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("hanoinet.duty.max-attempts must be at least 1.");
		}
	}

	/** The wait before attempt {@code attempts + 1} after {@code attempts} failures. */
	public Duration retryAfter(int attempts) {
		Duration wait = firstRetry;
		for (int failure = 1; failure < attempts && wait.compareTo(maxRetry) < 0; failure++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
	}
}
