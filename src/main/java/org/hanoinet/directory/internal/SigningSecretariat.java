package org.hanoinet.directory.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.hanoinet.directory.Authorities;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.DirectoryDocument;
import org.hanoinet.directory.DirectoryProperties;
import org.hanoinet.directory.DirectoryPublished;
import org.hanoinet.directory.Node;
import org.hanoinet.directory.NodeKey;
import org.hanoinet.directory.Nodes;
import org.hanoinet.directory.Secretariat;
import org.hanoinet.directory.SignedDirectory;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.shared.InvalidValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class SigningSecretariat implements Secretariat {

	private static final Logger log = LoggerFactory.getLogger(SigningSecretariat.class);

	private final DirectoryMode mode;

	private final Authorities authorities;

	private final Nodes nodes;

	private final Publications publications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DirectoryProperties settings;

	private final SecretariatKey key;

	SigningSecretariat(DirectoryMode mode, Authorities authorities, Nodes nodes, Publications publications,
			ApplicationEventPublisher events, Clock clock, DirectoryProperties settings, NodeProperties node) {
		this.mode = mode;
		this.authorities = authorities;
		this.nodes = nodes;
		this.publications = publications;
		this.events = events;
		this.clock = clock;
		this.settings = settings;
		this.key = mode.secretariat()
				? SecretariatKey.loadOrGenerate(node.dataDir().resolve("keys").resolve("secretariat-signing.jwk"))
				: null;
	}

	@Override
	public boolean active() {
		return key != null;
	}

	@Override
	@Transactional
	public SignedDirectory publish(String actor) {
		if (key == null) {
			throw new InvalidValue("secretariat", "This node is not the secretariat: it cannot publish the directory.");
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		long version = publications.nextVersion();
		SignedDirectory signed = DirectorySigner.sign(document(version, now), key);
		publications.add(signed);
		events.publishEvent(new DirectoryPublished(version, key.keyId(), sha256(signed.jws()), actor, now));
		log.info("Published version {} of the directory, signed by secretariat key {}", version, key.keyId());
		return signed;
	}

	/** Whether the registers differ from the latest version published (or nothing was published yet). */
	boolean registersChangedSinceLatest() {
		Optional<SignedDirectory> latest = latest();
		if (latest.isEmpty()) {
			return true;
		}
		DirectoryDocument published = DirectoryCodec.read(payload(latest.get().jws()));
		DirectoryDocument now = document(published.version(), published.issuedAt());
		return !now.authorities().equals(published.authorities()) || !now.nodes().equals(published.nodes());
	}

	DirectoryDocument document(long version, Instant issuedAt) {
		List<Authority> designated = authorities.findAll()
			.stream()
			.filter(authority -> authority.designation().validTo() == null || authority.designation().validTo().isAfter(issuedAt))
			.toList();
		List<Node> listed = nodes.findAll()
			.stream()
			.map(node -> new Node(node.id(), node.endpoint(),
					node.keys().stream().filter(nodeKey -> stillUsable(nodeKey, issuedAt)).toList(), node.authorities()))
			.toList();
		return new DirectoryDocument(version, issuedAt, issuedAt.plus(settings.validity()), designated, listed);
	}

	@Override
	public Optional<SignedDirectory> latest() {
		return publications.latest();
	}

	@Override
	public List<SignedDirectory> history() {
		return publications.history();
	}

	@Override
	public Optional<String> publicKey() {
		return Optional.ofNullable(key).map(secretariat -> secretariat.publicKey().getX().toString());
	}

	/**
	 * Whether the latest version should be renewed: once half its validity has passed, so that followers
	 * never hold an expired directory while the secretariat is running.
	 */
	static boolean dueForRenewal(SignedDirectory latest, Instant now) {
		Duration validity = Duration.between(latest.issuedAt(), latest.expiresAt());
		return !now.isBefore(latest.issuedAt().plus(validity.dividedBy(2)));
	}

	/** Publishes a new version when the latest one is half-way to expiry; true when it did. */
	boolean renewIfDue() {
		if (key == null) {
			return false;
		}
		Optional<SignedDirectory> latest = latest();
		if (latest.isPresent() && dueForRenewal(latest.get(), clock.instant())) {
			publish("node");
			return true;
		}
		return false;
	}

	static byte[] payload(String jws) {
		try {
			return com.nimbusds.jose.JWSObject.parse(jws).getPayload().toBytes();
		}
		catch (java.text.ParseException corrupt) {
			throw new IllegalStateException("A stored publication is not a JWS", corrupt);
		}
	}

	private static boolean stillUsable(NodeKey key, Instant at) {
		return key.validTo() == null || key.validTo().isAfter(at);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
