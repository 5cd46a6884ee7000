package org.hanoinet.exchange.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.hanoinet.exchange.internal.DeliveryOutcome.Dead;
import org.hanoinet.exchange.internal.DeliveryOutcome.Delivered;
import org.hanoinet.exchange.internal.DeliveryOutcome.Postponed;
import org.hanoinet.exchange.internal.DeliveryOutcome.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the result of a delivery attempt means for the envelope and its recipient. A failure is retried with
 * exponential backoff and jitter, up to {@link #MAX_ATTEMPTS}; a refusal the recipient calls final makes the
 * envelope DEAD. A peer that fails {@link #BREAKER_THRESHOLD} times in a row is paused for {@link #BREAKER_PAUSE}
 * (circuit breaker): its envelopes are postponed without being tried, and its first delivery afterwards closes the
 * breaker again. Decides only; {@link OutcomeRecorder} writes what was decided.
 */
@Component
class DeliveryResults {

	private static final Logger log = LoggerFactory.getLogger(DeliveryResults.class);

	static final Duration FIRST_RETRY = Duration.ofMillis(200);

	static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

	static final int MAX_ATTEMPTS = 30;

	/** Consecutive failures after which a peer is paused, and for how long. */
	static final int BREAKER_THRESHOLD = 5;

	static final Duration BREAKER_PAUSE = Duration.ofSeconds(30);

	private final Map<String, Breaker> breakers = new ConcurrentHashMap<>();

	private final Clock clock;

	DeliveryResults(Clock clock) {
		this.clock = clock;
	}

	/** Whether the peer is paused now. */
	boolean paused(String peer) {
		Breaker breaker = breaker(peer);
		return breaker.openUntil != null && clock.instant().isBefore(breaker.openUntil);
	}

	/** The envelope waits without being tried while its recipient is paused; empty when the recipient is not. */
	Optional<DeliveryOutcome> whilePaused(PendingEnvelope pending) {
		Instant now = clock.instant();
		Breaker breaker = breaker(pending.recipient());
		if (breaker.openUntil != null && now.isBefore(breaker.openUntil)) {
			return Optional.of(new Postponed(pending, breaker.openUntil, "Not tried: node paused after " + breaker.failures
					+ " failures in a row; last: " + breaker.lastError));
		}
		return Optional.empty();
	}

	/** The recipient's receipt for the envelope verified: the peer answers, its breaker closes. */
	DeliveryOutcome delivered(PendingEnvelope pending, String receipt) {
		Breaker breaker = breaker(pending.recipient());
		boolean recovered = breaker.failures > 0;
		breaker.failures = 0;
		breaker.openUntil = null;
		return new Delivered(pending, receipt, clock.instant(), recovered);
	}

	/**
	 * The attempt failed with {@code error}: counts against the peer's breaker, and the envelope is tried again
	 * later unless the failure is final or this was its last attempt.
	 */
	DeliveryOutcome failed(PendingEnvelope pending, boolean retriable, String error) {
		Breaker breaker = breaker(pending.recipient());
		int attempts = pending.attempts() + 1;
		breaker.failures++;
		breaker.lastError = error;
		if (breaker.failures >= BREAKER_THRESHOLD) {
			breaker.openUntil = clock.instant().plus(BREAKER_PAUSE);
		}
		if (!retriable || attempts >= MAX_ATTEMPTS) {
			log.warn("Envelope {} to {} is dead after {} attempts: {}", pending.messageId(), pending.recipient(), attempts, error);
			return new Dead(pending, attempts, error);
		}
		return new Retry(pending, attempts, error, clock.instant().plus(backoff(attempts)));
	}

	/** 200 ms, 400 ms, 800 ms ... up to 5 minutes, each drawn between half and the whole of it (jitter). */
	static Duration backoff(int attempts) {
		long ceiling = Math.min(LONGEST_RETRY.toMillis(), FIRST_RETRY.toMillis() << Math.min(attempts - 1, 20));
		return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
	}

	private Breaker breaker(String peer) {
		return breakers.computeIfAbsent(peer, any -> new Breaker());
	}

	/** A peer's failures in a row, until when it is paused, and its last error. */
	private static final class Breaker {

		volatile int failures;

		volatile Instant openUntil;

		volatile String lastError;
	}
}
