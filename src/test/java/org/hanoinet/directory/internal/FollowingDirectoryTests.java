package org.hanoinet.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import org.hanoinet.directory.DirectoryDocument;
import org.hanoinet.directory.DirectoryFixtures;
import org.hanoinet.directory.DirectoryProperties;
import org.hanoinet.directory.Node;
import org.hanoinet.directory.NodeKey;
import org.hanoinet.directory.RefusalReason;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.node.NodeStartupFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;

/** A follower keeps the last good directory, refuses bad ones with their reason, and warns in its health. */
class FollowingDirectoryTests {

	static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

	@TempDir
	Path dataDir;

	final SecretariatKey secretariat = key();

	final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	@Test
	void aRefusedDirectoryLeavesTheLastGoodVersionInForceAndRaisesAWarning() {
		FollowingDirectory following = follower();
		following.accept(signed(2, secretariat));

		following.accept(signed(3, key()));

		assertThat(following.current()).hasValueSatisfying(current -> assertThat(current.version()).isEqualTo(2));
		assertThat(following.lastRefusal()).hasValueSatisfying(refusal -> assertThat(refusal.reason()).isEqualTo(RefusalReason.OTHER_KEY));
		Health health = health(following);
		assertThat(health.getStatus().getCode()).isEqualTo("WARNING");
		assertThat(health.getDetails()).containsEntry("refused", "OTHER_KEY");

		following.accept(signed(3, secretariat));
		assertThat(health(following).getStatus().getCode()).isEqualTo("UP");
	}

	@Test
	void theLastGoodCopySurvivesARestartInAFileOnlyTheNodeCanRead() throws Exception {
		follower().accept(signed(4, secretariat));

		FollowingDirectory restarted = follower();

		assertThat(restarted.current()).hasValueSatisfying(current -> assertThat(current.version()).isEqualTo(4));
		Path copy = dataDir.resolve("directory").resolve("trusted-directory.jws");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
	}

	@Test
	void aReplayedOlderVersionIsRefusedAfterARestart() {
		follower().accept(signed(5, secretariat));

		FollowingDirectory restarted = follower();
		restarted.accept(signed(4, secretariat));

		assertThat(restarted.lastRefusal()).hasValueSatisfying(refusal -> assertThat(refusal.reason()).isEqualTo(RefusalReason.OLDER_VERSION));
		assertThat(restarted.current()).hasValueSatisfying(current -> assertThat(current.version()).isEqualTo(5));
	}

	@Test
	void aFollowerWithoutAUsablePinnedKeyRefusesToStartWithOneSentence() {
		DirectoryProperties settings = new DirectoryProperties(false, "https://secretariat.example.org", "not-a-key",
				Duration.ofMinutes(15), Duration.ofDays(30), "", "", java.util.List.of());

		assertThatThrownBy(() -> new FollowingDirectory(settings, node(), clock)).isInstanceOf(NodeStartupFailure.class)
			.hasMessage("hanoinet.directory.secretariat-key must be the secretariat's Ed25519 public key "
					+ "(32 bytes in base64url) when hanoinet.directory.secretariat-url is set.");
	}

	@Test
	void aNodeCannotBothBeTheSecretariatAndFollowOne() {
		DirectoryProperties settings = new DirectoryProperties(true, "https://secretariat.example.org",
				secretariat.publicKey().getX().toString(), Duration.ofMinutes(15), Duration.ofDays(30), "", "", java.util.List.of());

		assertThatThrownBy(() -> new DirectoryMode(settings, node())).isInstanceOf(NodeStartupFailure.class)
			.hasMessageContaining("not both");
	}

	private NodeProperties node() {
		return new NodeProperties("test", dataDir, false, new NodeProperties.Database(null, null, null));
	}

	private FollowingDirectory follower() {
		DirectoryProperties settings = new DirectoryProperties(false, "https://secretariat.example.org",
				secretariat.publicKey().getX().toString(), Duration.ofMinutes(15), Duration.ofDays(30), "", "", java.util.List.of());
		return new FollowingDirectory(settings, new NodeProperties("test", dataDir, false, new NodeProperties.Database(null, null, null)), clock);
	}

	private Health health(FollowingDirectory following) {
		DirectoryTrust trust = new DirectoryTrust(null, following) {
			@Override
			public boolean secretariat() {
				return false;
			}

			@Override
			public java.util.Optional<DirectoryDocument> current() {
				return following.current();
			}
		};
		return new DirectoryHealth(trust, following, clock).health();
	}

	private static String signed(long version, SecretariatKey key) {
		NodeKey nodeKey = NodeKey.of(key().publicKey().getX().decode(), NOW.minusSeconds(3600));
		var authority = DirectoryFixtures.pointOfContact("VN", "Asia/Ho_Chi_Minh");
		Node node = new Node("vn-node", URI.create("https://hanoinet.vn.example"), List.of(nodeKey), List.of(authority.id()));
		DirectoryDocument document = new DirectoryDocument(version, NOW.minusSeconds(60), NOW.plus(Duration.ofDays(30)),
				List.of(authority), List.of(node));
		return DirectorySigner.sign(document, key).jws();
	}

	private static SecretariatKey key() {
		try {
			OctetKeyPair pair = new OctetKeyPairGenerator(Curve.Ed25519).generate();
			return SecretariatKey.of(new OctetKeyPair.Builder(pair).keyID(NodeKey.keyIdOf(pair.getX().decode())).build());
		}
		catch (com.nimbusds.jose.JOSEException failed) {
			throw new IllegalStateException(failed);
		}
	}
}
