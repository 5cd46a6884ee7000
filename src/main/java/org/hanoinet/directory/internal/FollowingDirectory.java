package org.hanoinet.directory.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import jakarta.annotation.PreDestroy;
import org.hanoinet.directory.DirectoryDocument;
import org.hanoinet.directory.DirectoryProperties;
import org.hanoinet.directory.DirectoryRefusal;
import org.hanoinet.directory.RefusalReason;
import org.hanoinet.directory.SignedDirectory;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.node.NodeStartupFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On a node that follows a secretariat: fetches the signed directory on start and every refresh period,
 * verifies it against the pinned secretariat key, and keeps the last good copy in
 * {@code directory/trusted-directory.jws} in the data directory, so it survives restarts.
 */
@Component
class FollowingDirectory {

	private static final Logger log = LoggerFactory.getLogger(FollowingDirectory.class);

	private final DirectoryProperties settings;

	private final Clock clock;

	private final Path copy;

	private final DirectoryVerifier verifier;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private ScheduledExecutorService scheduler;

	private volatile DirectoryDocument current;

	private volatile SignedDirectory signed;

	private volatile DirectoryRefusal lastRefusal;

	FollowingDirectory(DirectoryProperties settings, NodeProperties node, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.copy = node.dataDir().resolve("directory").resolve("trusted-directory.jws");
		this.verifier = settings.follower() ? new DirectoryVerifier(pinnedKeys(settings)) : null;
		if (settings.follower()) {
			checkUrl(settings.secretariatUrl());
			if (settings.refreshPeriod().isNegative() || settings.refreshPeriod().isZero()) {
				throw new NodeStartupFailure("hanoinet.directory.refresh-period must be positive, e.g. 15m.");
			}
			loadLastGoodCopy();
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (verifier == null) {
			return;
		}
		scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "directory-refresh");
			thread.setDaemon(true);
			return thread;
		});
		long period = settings.refreshPeriod().toMillis();
		scheduler.scheduleWithFixedDelay(this::refresh, 0, period, TimeUnit.MILLISECONDS);
	}

	@PreDestroy
	void stop() {
		if (scheduler != null) {
			scheduler.shutdownNow();
		}
	}

	/** Fetches, verifies and, when good, adopts the secretariat's current directory. */
	synchronized void refresh() {
		URI source = URI.create(settings.secretariatUrl().replaceAll("/+$", "") + "/federation/v1/directory");
		String body;
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(source).timeout(Duration.ofSeconds(30))
				.header("Accept", "application/jose").GET().build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				refuse(RefusalReason.UNREACHABLE, "the secretariat at " + source + " answered HTTP " + response.statusCode());
				return;
			}
			body = response.body();
		}
		catch (IOException unreachable) {
			refuse(RefusalReason.UNREACHABLE, "the secretariat at " + source + " cannot be reached ("
					+ (unreachable.getMessage() == null ? unreachable.getClass().getSimpleName() : unreachable.getMessage()) + ")");
			return;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return;
		}
		catch (RuntimeException failed) {
			refuse(RefusalReason.UNREACHABLE, "fetching from " + source + " failed: " + failed.getMessage());
			return;
		}
		accept(body);
	}

	/** Applies what the secretariat sent; package-visible so tests can hand in forged documents. */
	synchronized DirectoryVerifier.Outcome accept(String body) {
		long held = current == null ? 0 : current.version();
		DirectoryVerifier.Outcome outcome = verifier.verify(body, held, clock.instant());
		switch (outcome) {
			case DirectoryVerifier.Accepted accepted -> {
				adopt(accepted);
				store(accepted.signed().jws());
				log.info("Directory version {} from the secretariat verified and adopted ({} authorities, {} nodes)",
						accepted.document().version(), accepted.document().authorities().size(),
						accepted.document().nodes().size());
			}
			case DirectoryVerifier.Unchanged unchanged -> {
				lastRefusal = null;
				if (current != null && current.expiredAt(clock.instant())) {
					refuse(RefusalReason.EXPIRED, "version " + current.version() + " expired at " + current.expiresAt());
				}
			}
			case DirectoryVerifier.Refused refused -> refuse(refused.reason(), refused.detail());
		}
		return outcome;
	}

	Optional<DirectoryDocument> current() {
		return Optional.ofNullable(current);
	}

	Optional<SignedDirectory> signed() {
		return Optional.ofNullable(signed);
	}

	Optional<DirectoryRefusal> lastRefusal() {
		return Optional.ofNullable(lastRefusal);
	}

	boolean active() {
		return verifier != null;
	}

	private void adopt(DirectoryVerifier.Accepted accepted) {
		current = accepted.document();
		signed = accepted.signed();
		lastRefusal = null;
	}

	private void refuse(RefusalReason reason, String detail) {
		lastRefusal = new DirectoryRefusal(reason, detail, clock.instant());
		log.warn("Directory refused ({}): {}; keeping version {}", reason, detail,
				current == null ? "none" : current.version());
	}

	private void loadLastGoodCopy() {
		if (!Files.isRegularFile(copy)) {
			return;
		}
		try {
			DirectoryVerifier.Outcome outcome = verifier.verify(Files.readString(copy), 0, clock.instant());
			if (outcome instanceof DirectoryVerifier.Accepted accepted) {
				adopt(accepted);
				log.info("Directory version {} restored from {}", current.version(), copy);
			}
			else if (outcome instanceof DirectoryVerifier.Refused refused) {
				refuse(refused.reason(), "the copy kept in " + copy + " is not usable: " + refused.detail());
			}
		}
		catch (IOException unreadable) {
			log.warn("The directory copy {} cannot be read: {}", copy, unreadable.getMessage());
		}
	}

	private void store(String jws) {
		try {
			Files.createDirectories(copy.getParent());
			SecretariatKey.writeAtomically(copy, jws.getBytes(StandardCharsets.US_ASCII));
		}
		catch (IOException failed) {
			log.warn("The verified directory could not be kept in {}: {}", copy, failed.getMessage());
		}
	}

	/** The pinned keys: one, or several separated by commas while the secretariat rotates its key. */
	private static List<OctetKeyPair> pinnedKeys(DirectoryProperties settings) {
		List<OctetKeyPair> keys = new ArrayList<>();
		for (String encoded : settings.secretariatKey().split(",")) {
			byte[] raw;
			try {
				raw = Base64.getUrlDecoder().decode(encoded.strip());
			}
			catch (IllegalArgumentException notBase64) {
				raw = new byte[0];
			}
			if (raw.length != 32) {
				throw new NodeStartupFailure("hanoinet.directory.secretariat-key must be the secretariat's Ed25519 public key "
						+ "(32 bytes in base64url) when hanoinet.directory.secretariat-url is set.");
			}
			keys.add(new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(raw)).build());
		}
		return keys;
	}

	private static void checkUrl(String url) {
		try {
			URI uri = URI.create(url);
			if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
				throw new IllegalArgumentException("scheme");
			}
		}
		catch (IllegalArgumentException malformed) {
			throw new NodeStartupFailure("hanoinet.directory.secretariat-url '" + url
					+ "' is not a URL such as https://directory.example.org.");
		}
	}
}
