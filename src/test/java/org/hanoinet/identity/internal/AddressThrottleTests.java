package org.hanoinet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class AddressThrottleTests {

	final AddressThrottle throttle = new AddressThrottle(new IdentityProperties(5, Duration.ofMinutes(15), 3, Duration.ofMinutes(10), ""));

	final Instant start = Instant.parse("2026-11-23T03:00:00Z");

	@Test
	void refusesAnAddressAfterTooManyFailuresUntilTheOldestLeavesTheWindow() {
		throttle.recordFailure("198.51.100.7", start);
		throttle.recordFailure("198.51.100.7", start.plusSeconds(60));
		assertThat(throttle.refusedUntil("198.51.100.7", start.plusSeconds(61))).isEmpty();

		throttle.recordFailure("198.51.100.7", start.plusSeconds(120));

		assertThat(throttle.refusedUntil("198.51.100.7", start.plusSeconds(121))).hasValue(start.plus(Duration.ofMinutes(10)));
		assertThat(throttle.refusedUntil("198.51.100.7", start.plus(Duration.ofMinutes(10)).plusSeconds(1))).isEmpty();
	}

	@Test
	void otherAddressesAreNotRefused() {
		for (int i = 0; i < 3; i++) {
			throttle.recordFailure("198.51.100.7", start);
		}

		assertThat(throttle.refusedUntil("203.0.113.9", start)).isEmpty();
	}
}
