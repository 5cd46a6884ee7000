package org.hanoinet.exchange;

import java.time.Duration;

import org.springframework.util.unit.DataSize;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the exchange between nodes, under {@code hanoinet.exchange}.
 *
 * @param urgentAlertAfter how long an urgent envelope may stay undelivered before the sending side's duty officer
 *        is alerted with the peer's fallback phone (art. 41: the 24/7 network must not silently lose a request)
 * @param inProcessDelivery whether envelopes between authorities served by this node are handed to its own inbox
 *        in-process (true) or over loopback HTTP like any other (false, for measurements of the HTTP path)
 * @param securityContact the e-mail address of the node administrator who is alerted, when SMTP is set up, of
 *        every envelope the inbox refuses for good; empty for none (the refusals stay readable on the API)
 * @param securityAlertFrom the sender address of those alerts
 * @param maxInboxBody the largest body the inbox reads, one envelope or a batch; a larger one is refused unread
 */
@ConfigurationProperties("hanoinet.exchange")
public record ExchangeProperties(
		@DefaultValue("60s") Duration urgentAlertAfter,
		@DefaultValue("true") boolean inProcessDelivery,
		@DefaultValue("") String securityContact,
		@DefaultValue("security-alerts@hanoinet.invalid") String securityAlertFrom,
		@DefaultValue("8MB") DataSize maxInboxBody) {

	public ExchangeProperties {
		if (urgentAlertAfter.isNegative() || urgentAlertAfter.isZero()) {
			throw new IllegalArgumentException("hanoinet.exchange.urgent-alert-after must be a positive duration, such as 60s.");
		}
		if (maxInboxBody.toBytes() < 64 * 1024 || maxInboxBody.toBytes() > Integer.MAX_VALUE - 16) {
			throw new IllegalArgumentException("hanoinet.exchange.max-inbox-body must be between 64KB and 2GB, such as 8MB; "
					+ maxInboxBody + " is not.");
		}
		securityContact = securityContact == null ? "" : securityContact.strip();
		if (!securityContact.isEmpty() && !securityContact.matches("[^@\\s]+@[^@\\s]+")) {
			throw new IllegalArgumentException("hanoinet.exchange.security-contact must be one e-mail address, such as security@ministry.example; '"
					+ securityContact + "' is not.");
		}
	}
}
