package org.hanoinet.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.hanoinet.exchange.internal.DeliveryOutcome.Dead;
import org.hanoinet.exchange.internal.DeliveryOutcome.Delivered;
import org.hanoinet.exchange.internal.DeliveryOutcome.Postponed;
import org.hanoinet.exchange.internal.DeliveryOutcome.Retry;
import org.junit.jupiter.api.Test;

/** What a delivery attempt's result means for the envelope and its peer: retry schedule, dead letter, breaker. */
class DeliveryResultsTests {

	private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

	private final SteppedClock clock = new SteppedClock();

	private final DeliveryResults results = new DeliveryResults(clock);

	@Test
	void retriesAFailureAfterABackoffThatDoublesFrom200MillisecondsWithJitter() {
		assertThat(results.failed(envelope("node-b", 0), true, "HTTP 503: busy")).isInstanceOfSatisfying(Retry.class, retry -> {
			assertThat(retry.attempts()).isEqualTo(1);
			assertThat(retry.error()).isEqualTo("HTTP 503: busy");
			assertThat(retry.next()).isBetween(START.plusMillis(100), START.plusMillis(200));
		});
		assertThat(results.failed(envelope("node-c", 3), true, "HTTP 503: busy")).isInstanceOfSatisfying(Retry.class,
				retry -> assertThat(retry.next()).isBetween(START.plusMillis(800), START.plusMillis(1600)));
	}

	@Test
	void neverWaitsLongerThanFiveMinutesBetweenAttempts() {
		for (int attempts = 1; attempts < DeliveryResults.MAX_ATTEMPTS; attempts++) {
			assertThat(DeliveryResults.backoff(attempts)).isLessThanOrEqualTo(Duration.ofMinutes(5));
		}
		assertThat(results.failed(envelope("node-b", 28), true, "timeout")).isInstanceOfSatisfying(Retry.class,
				retry -> assertThat(retry.next()).isBetween(START.plus(Duration.ofSeconds(150)), START.plus(Duration.ofMinutes(5))));
	}

	@Test
	void aRefusalTheRecipientCallsFinalMakesTheEnvelopeDeadAtOnce() {
		assertThat(results.failed(envelope("node-b", 0), false, "HTTP 400 signature-invalid: bad signature"))
			.isEqualTo(new Dead(envelope("node-b", 0), 1, "HTTP 400 signature-invalid: bad signature"));
	}

	@Test
	void theThirtiethFailedAttemptMakesTheEnvelopeDead() {
		assertThat(results.failed(envelope("node-b", 28), true, "timeout")).isInstanceOf(Retry.class);
		assertThat(results.failed(envelope("node-b", 29), true, "timeout")).isEqualTo(new Dead(envelope("node-b", 29), 30, "timeout"));
	}

	@Test
	void fiveFailuresInARowPauseThePeerForThirtySecondsWithoutTryingItsEnvelopes() {
		for (int failure = 1; failure < DeliveryResults.BREAKER_THRESHOLD; failure++) {
			results.failed(envelope("node-b", 0), true, "Cannot reach node-b: connection refused " + failure);
		}
		assertThat(results.paused("node-b")).isFalse();
		assertThat(results.whilePaused(envelope("node-b", 0))).isEmpty();

		results.failed(envelope("node-b", 0), true, "Cannot reach node-b: connection refused 5");

		assertThat(results.paused("node-b")).isTrue();
		assertThat(results.paused("node-c")).isFalse();
		assertThat(results.whilePaused(envelope("node-b", 7))).contains(new Postponed(envelope("node-b", 7), START.plusSeconds(30),
				"Not tried: node paused after 5 failures in a row; last: Cannot reach node-b: connection refused 5"));
		assertThat(results.whilePaused(envelope("node-c", 0))).isEmpty();

		clock.advance(Duration.ofSeconds(30));

		assertThat(results.paused("node-b")).isFalse();
		assertThat(results.whilePaused(envelope("node-b", 7))).isEmpty();
	}

	@Test
	void aDeliveryAfterFailuresClosesTheBreakerAndSaysThePeerRecovered() {
		assertThat(results.delivered(envelope("node-b", 0), "receipt-1"))
			.isEqualTo(new Delivered(envelope("node-b", 0), "receipt-1", START, false));
		for (int failure = 0; failure < DeliveryResults.BREAKER_THRESHOLD; failure++) {
			results.failed(envelope("node-b", 0), true, "timeout");
		}
		clock.advance(Duration.ofSeconds(31));

		assertThat(results.delivered(envelope("node-b", 1), "receipt-2"))
			.isEqualTo(new Delivered(envelope("node-b", 1), "receipt-2", START.plusSeconds(31), true));

		assertThat(results.delivered(envelope("node-b", 2), "receipt-3"))
			.isEqualTo(new Delivered(envelope("node-b", 2), "receipt-3", START.plusSeconds(31), false));
		for (int failure = 1; failure < DeliveryResults.BREAKER_THRESHOLD; failure++) {
			results.failed(envelope("node-b", 0), true, "timeout");
		}
		assertThat(results.paused("node-b")).as("the count starts again after a delivery").isFalse();
	}

	private static PendingEnvelope envelope(String recipient, int attempts) {
		return new PendingEnvelope(recipient.hashCode(), UUID.nameUUIDFromBytes(recipient.getBytes()), recipient, null,
				"header.payload.signature", "0".repeat(64), attempts);
	}

	/** A clock that stands still until the test moves it. */
	private static final class SteppedClock extends Clock {

		private Instant now = START;

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}
	}
}
