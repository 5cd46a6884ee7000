package org.hanoinet.directory.internal;

import java.time.Duration;
import java.util.Optional;

import org.hanoinet.directory.DirectoryDocument;
import org.hanoinet.directory.DirectoryPublished;
import org.hanoinet.directory.DirectoryRefusal;
import org.hanoinet.directory.SignedDirectory;
import org.hanoinet.directory.TrustedDirectory;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * The directory in force on this node. On the secretariat the latest publication is read from the database
 * and parsed; every envelope checks a key against it, so the parsed document is kept for at most one second,
 * and dropped at once when this node publishes. Another instance's publication shows within that second.
 */
@Component
class DirectoryTrust implements TrustedDirectory {

	static final Duration KEPT = Duration.ofSeconds(1);

	private final SigningSecretariat secretariat;

	private final FollowingDirectory following;

	private volatile Kept kept;

	DirectoryTrust(SigningSecretariat secretariat, FollowingDirectory following) {
		this.secretariat = secretariat;
		this.following = following;
	}

	@Override
	public Optional<DirectoryDocument> current() {
		if (secretariat.active()) {
			Kept latest = kept;
			long now = System.nanoTime();
			if (latest == null || now - latest.readAt() > KEPT.toNanos()) {
				latest = new Kept(now,
						secretariat.latest().map(signed -> DirectoryCodec.read(SigningSecretariat.payload(signed.jws()))));
				kept = latest;
			}
			return latest.document();
		}
		return following.current();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void published(DirectoryPublished publication) {
		kept = null;
	}

	private record Kept(long readAt, Optional<DirectoryDocument> document) {
	}

	@Override
	public Optional<SignedDirectory> signed() {
		return secretariat.active() ? secretariat.latest() : following.signed();
	}

	@Override
	public Optional<DirectoryRefusal> lastRefusal() {
		return following.lastRefusal();
	}

	@Override
	public boolean secretariat() {
		return secretariat.active();
	}
}
