package org.hanoinet.duty.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.hanoinet.directory.Authority;
import org.hanoinet.directory.AuthorityKind;
import org.hanoinet.directory.Directory;
import org.hanoinet.duty.PingProperties;
import org.hanoinet.shared.CountryCode;
import org.springframework.stereotype.Component;

/**
 * The ping tests of the 24/7 network, as the existing networks run them: each point of contact served by this
 * node sends a test message to every other State's point of contact it knows, whose officer on duty is alerted
 * (a PING_TEST alert) and acknowledges it; the time to acknowledge is the response time. Runs in the caller's
 * transaction.
 */
@Component
public class PingTests {

	private final Alerting alerting;

	private final JdbcDuty duty;

	private final Directory directory;

	private final PingProperties settings;

	private final Clock clock;

	/** When this node first looked for due rounds: a point of contact that never pinged waits one interval from here. */
	private final AtomicReference<Instant> startedAt = new AtomicReference<>();

	PingTests(Alerting alerting, JdbcDuty duty, Directory directory, PingProperties settings, Clock clock) {
		this.alerting = alerting;
		this.duty = duty;
		this.directory = directory;
		this.settings = settings;
		this.clock = clock;
	}

	/** Pings now, from each point of contact of {@code state} served here, every peer point of contact; returns the pings. */
	public int pingFrom(CountryCode state) {
		Instant now = now();
		int sent = 0;
		for (Authority sender : servedPointsOfContact()) {
			if (sender.state().equals(state)) {
				sent += round(sender, now);
			}
		}
		return sent;
	}

	/** Sends the round of each point of contact served here whose last round is one interval old; returns the pings. */
	public int pingDue() {
		if (!settings.periodic()) {
			return 0;
		}
		Instant now = now();
		startedAt.compareAndSet(null, now);
		int sent = 0;
		for (Authority sender : servedPointsOfContact()) {
			Instant last = duty.lastPingSent(sender.id()).orElse(startedAt.get());
			if (!now.isBefore(last.plus(settings.interval()))) {
				sent += round(sender, now);
			}
		}
		return sent;
	}

	private int round(Authority sender, Instant now) {
		int sent = 0;
		for (Authority peer : peers(sender)) {
			alerting.raisePing(UUID.randomUUID(), sender, peer, now);
			sent++;
		}
		return sent;
	}

	/**
	 * The points of contact of other States, designated now, that this node serves. A peer served by another
	 * node is skipped: its ping would have to travel by federation, which does not carry ping tests yet.
	 */
	private List<Authority> peers(Authority sender) {
		List<Authority> peers = new ArrayList<>();
		directory.designatedByState().forEach(known -> {
			if (!known.state().equals(sender.state())) {
				known.authorities()
					.stream()
					.filter(authority -> authority.kind() == AuthorityKind.POINT_OF_CONTACT)
					.filter(authority -> directory.servedHere(authority.id()))
					.forEach(peers::add);
			}
		});
		return peers;
	}

	private List<Authority> servedPointsOfContact() {
		List<Authority> served = new ArrayList<>();
		directory.servedStates()
			.forEach(state -> state.authorities()
				.stream()
				.filter(authority -> authority.kind() == AuthorityKind.POINT_OF_CONTACT)
				.filter(authority -> directory.servedHere(authority.id()))
				.forEach(served::add));
		return served;
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
