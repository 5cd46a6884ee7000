package org.hanoinet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The node's clock in {@link MovableClockNodeTest}s: real time plus an offset that tests move forward (never
 * back), so deadlines of days pass in a moment while the node keeps running. Microsecond precision, as
 * PostgreSQL stores.
 */
public final class MovableClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	/** Moves the node's time forward by {@code duration}. */
	public void advance(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("The node's clock only moves forward in tests.");
		}
		offset.accumulateAndGet(duration, Duration::plus);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset.get()).truncatedTo(ChronoUnit.MICROS);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MovableClock moved = this;
		return new Clock() {

			@Override
			public Instant instant() {
				return moved.instant();
			}

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return moved.withZone(other);
			}
		};
	}

	/** Makes a {@link MovableClock} the node's clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}
	}
}
