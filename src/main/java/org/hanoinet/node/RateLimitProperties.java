package org.hanoinet.node;

import java.time.Duration;

import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationStyle;

/**
 * The abuse limits of a node, under {@code hanoinet.limits}: how many requests one client may make in a burst and
 * how fast that allowance comes back. Each limit is a token bucket: {@code requests} at once, refilled evenly over
 * {@code per}, written {@code requests/per} (e.g. {@code hanoinet.limits.sign-in=10/1m}). A request over a limit is answered 429 with {@code Retry-After}, and never reaches the modules.
 * Behind a reverse proxy, the client's address is the one the proxy reports only when
 * {@code server.forward-headers-strategy} is set; otherwise every client shares the proxy's address.
 *
 * @param enabled whether the limits apply (the test suite, whose tests all come from one address, turns them off)
 * @param signIn the sign-in steps (password, code, enrolment) per client address
 * @param apiToken the API per bearer token
 * @param apiAddress the API per client address, tokens or not, so that made-up tokens gain nothing
 * @param federation the federation endpoints (inbox, evidence chunks, checkpoints) per client address
 * @param maxBody the largest body an API call or a form takes; evidence uploads and the federation inbox have their
 *        own limits ({@code hanoinet.evidence.max-item-size}, {@code hanoinet.exchange.max-inbox-body}). It applies
 *        whether or not the rate limits are enabled.
 */
@ConfigurationProperties("hanoinet.limits")
public record RateLimitProperties(
		@DefaultValue("true") boolean enabled,
		@DefaultValue("10/1m") Rate signIn,
		@DefaultValue("200/10s") Rate apiToken,
		@DefaultValue("500/10s") Rate apiAddress,
		@DefaultValue("2000/10s") Rate federation,
		@DefaultValue("1MB") DataSize maxBody) {

	public RateLimitProperties {
		if (maxBody.toBytes() < 1024 || maxBody.toBytes() > Integer.MAX_VALUE - 16) {
			throw new IllegalArgumentException("hanoinet.limits.max-body must be between 1KB and 2GB, such as 1MB; " + maxBody
					+ " is not.");
		}
	}

	/**
	 * One bucket's size: {@code requests} in a burst, all of them back after {@code per}.
	 *
	 * @param requests how many requests a client may make at once
	 * @param per how long it takes for that many to be allowed again
	 */
	public record Rate(int requests, Duration per) {

		public Rate {
			if (requests < 1 || requests > 1_000_000) {
				throw new IllegalArgumentException("A rate limit allows from 1 to 1,000,000 requests, not " + requests
						+ " (hanoinet.limits.*.requests).");
			}
			if (per == null || per.isNegative() || per.isZero() || per.compareTo(Duration.ofDays(1)) > 0) {
				throw new IllegalArgumentException("A rate limit's period (hanoinet.limits.*.per) is from 1 ms to one day, such as 10s,"
						+ " not " + per + ".");
			}
		}

		/** Reads {@code 200/10s}: 200 requests at once, all of them back after 10 seconds. */
		public static Rate valueOf(String text) {
			String[] parts = text == null ? new String[0] : text.strip().split("/", 2);
			try {
				return new Rate(Integer.parseInt(parts[0].strip()), DurationStyle.detectAndParse(parts[1].strip()));
			}
			catch (RuntimeException unreadable) {
				throw new IllegalArgumentException("A rate limit is written requests/period, such as 200/10s or 10/1m, not '" + text
						+ "'.");
			}
		}

		@Override
		public String toString() {
			return requests + " per " + per.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
		}
	}
}
