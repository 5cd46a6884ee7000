package org.hanoinet.duty;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;

/**
 * The latest ping test from a point of contact to a peer State's point of contact.
 *
 * @param ping identifies the ping
 * @param alert the PING_TEST alert raised for the peer
 * @param sender the sending point of contact
 * @param peer the peer point of contact
 * @param peerState the peer's State
 * @param sentAt when the ping was sent
 * @param acknowledgedAt when the peer's officer acknowledged it, or {@code null}
 * @param status answered, still open, or unanswered after its window
 */
public record PingResult(UUID ping, UUID alert, AuthorityId sender, AuthorityId peer, CountryCode peerState, Instant sentAt,
		Instant acknowledgedAt, Status status) {

	/** The time from ping to acknowledgement, or {@code null} while unanswered. */
	public Duration responseTime() {
		return acknowledgedAt == null ? null : Duration.between(sentAt, acknowledgedAt);
	}

	/** Where a ping stands. */
	public enum Status {

		/** The peer's officer acknowledged it. */
		ANSWERED,

		/** Nobody acknowledged it yet, and its window is still running. */
		OPEN,

		/** Nobody acknowledged it within its window (a later acknowledgement still turns it ANSWERED). */
		UNANSWERED
	}
}
