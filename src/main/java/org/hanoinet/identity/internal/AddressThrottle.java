package org.hanoinet.identity.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows brute force from one client address across many accounts: after too many failed sign-in steps within
 * a sliding window, the address is refused until the oldest failure leaves the window. Kept in memory: each
 * instance of a node counts for itself, which still bounds the guessing rate per instance.
 */
@Component
public class AddressThrottle {

	private static final int MAX_ADDRESSES = 100_000;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final IdentityProperties settings;

	public AddressThrottle(IdentityProperties settings) {
		this.settings = settings;
	}

	/** Until when the address is refused, or empty when it may try. */
	public Optional<Instant> refusedUntil(String address, Instant now) {
		Deque<Instant> recent = failures.get(address);
		if (recent == null) {
			return Optional.empty();
		}
		synchronized (recent) {
			prune(recent, now);
			if (recent.size() >= settings.addressMaxFailures()) {
				return Optional.of(recent.peekFirst().plus(settings.addressWindow()));
			}
			return Optional.empty();
		}
	}

	public void recordFailure(String address, Instant now) {
		if (failures.size() > MAX_ADDRESSES) {
			failures.entrySet().removeIf(entry -> {
				synchronized (entry.getValue()) {
					prune(entry.getValue(), now);
					return entry.getValue().isEmpty();
				}
			});
		}
		Deque<Instant> recent = failures.computeIfAbsent(address, any -> new ArrayDeque<>());
		synchronized (recent) {
			prune(recent, now);
			recent.addLast(now);
		}
	}

	private void prune(Deque<Instant> recent, Instant now) {
		Instant windowStart = now.minus(settings.addressWindow());
		while (!recent.isEmpty() && !recent.peekFirst().isAfter(windowStart)) {
			recent.removeFirst();
		}
	}
}
