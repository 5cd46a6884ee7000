package org.hanoinet.directory.internal;

import java.util.Optional;

import org.hanoinet.directory.DirectoryDocument;
import org.hanoinet.directory.DirectoryRefusal;
import org.hanoinet.directory.SignedDirectory;
import org.hanoinet.directory.TrustedDirectory;
import org.springframework.stereotype.Component;

@Component
class DirectoryTrust implements TrustedDirectory {

	private final SigningSecretariat secretariat;

	private final FollowingDirectory following;

	DirectoryTrust(SigningSecretariat secretariat, FollowingDirectory following) {
		this.secretariat = secretariat;
		this.following = following;
	}

	@Override
	public Optional<DirectoryDocument> current() {
		if (secretariat.active()) {
			return secretariat.latest().map(signed -> DirectoryCodec.read(SigningSecretariat.payload(signed.jws())));
		}
		return following.current();
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
