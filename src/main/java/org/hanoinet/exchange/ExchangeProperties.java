package org.hanoinet.exchange;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the exchange between nodes, under {@code hanoinet.exchange}.
 *
 * @param urgentAlertAfter how long an urgent envelope may stay undelivered before the sending side's duty officer
 *        is alerted with the peer's fallback phone (art. 41: the 24/7 network must not silently lose a request)
 * @param inProcessDelivery whether envelopes between authorities served by this node are handed to its own inbox
 *        in-process (true) or over loopback HTTP like any other (false, for measurements of the HTTP path)
 */
@ConfigurationProperties("hanoinet.exchange")
public record ExchangeProperties(
		@DefaultValue("60s") Duration urgentAlertAfter,
		@DefaultValue("true") boolean inProcessDelivery) {

	public ExchangeProperties {
		if (urgentAlertAfter.isNegative() || urgentAlertAfter.isZero()) {
			throw new IllegalArgumentException("hanoinet.exchange.urgent-alert-after must be a positive duration, such as 60s.");
		}
	}
}
