package org.hanoinet.directory.internal;

import java.time.Clock;

import org.hanoinet.directory.DirectoryRefusal;
import org.hanoinet.directory.TrustedDirectory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health of the trusted directory: a warning when the node follows a secretariat and holds no valid
 * directory, holds an expired one, or refused the last one it fetched.
 */
@Component("directoryHealthIndicator")
class DirectoryHealth implements HealthIndicator {

	static final Status WARNING = new Status("WARNING", "The directory needs attention");

	private final TrustedDirectory directory;

	private final FollowingDirectory following;

	private final Clock clock;

	DirectoryHealth(TrustedDirectory directory, FollowingDirectory following, Clock clock) {
		this.directory = directory;
		this.following = following;
		this.clock = clock;
	}

	@Override
	public Health health() {
		Health.Builder health = Health.up();
		directory.current().ifPresent(current -> health.withDetail("version", current.version())
			.withDetail("expiresAt", current.expiresAt().toString()));
		if (!following.active()) {
			return health.withDetail("role", directory.secretariat() ? "secretariat" : "standalone").build();
		}
		DirectoryRefusal refusal = directory.lastRefusal().orElse(null);
		if (refusal != null) {
			return health.status(WARNING).withDetail("refused", refusal.reason().name()).withDetail("reason", refusal.detail()).build();
		}
		if (directory.current().isEmpty()) {
			return health.status(WARNING).withDetail("reason", "no verified directory yet").build();
		}
		if (directory.current().get().expiredAt(clock.instant())) {
			return health.status(WARNING).withDetail("reason", "the directory held has expired").build();
		}
		return health.withDetail("role", "follower").build();
	}
}
