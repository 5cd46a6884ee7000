package org.hanoinet.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.InvalidValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's work on the registers (arts. 40 and 41): register, change or end a designation, rotate a
 * node key. Each change is an audited event; publishing a new version of the directory is a separate act
 * (see {@link Secretariat}).
 */
@Service
public class DirectoryManagement {

	private final Authorities authorities;

	private final Nodes nodes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DirectoryManagement(Authorities authorities, Nodes nodes, ApplicationEventPublisher events, Clock clock) {
		this.authorities = authorities;
		this.nodes = nodes;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Authority register(Authority authority, String actor) {
		if (!authorities.addIfAbsent(authority)) {
			throw new InvalidValue("id", "An authority with id " + authority.id() + " is already registered.");
		}
		events.publishEvent(new DesignationRegistered(authority.id(), authority.state().value(), authority.kind(), actor,
				clock.instant()));
		return authority;
	}

	@Transactional
	public Authority change(Authority authority, String actor) {
		Authority existing = authorities.findById(authority.id()).orElseThrow(() -> notFound(authority.id()));
		if (!existing.state().equals(authority.state())) {
			throw new InvalidValue("state", "An authority stays with the State that designated it; register a new one instead.");
		}
		authorities.update(authority);
		events.publishEvent(new DesignationChanged(authority.id(), actor, clock.instant()));
		return authority;
	}

	/** Ends a designation at {@code endsAt} (now when {@code null}); the register keeps it as history. */
	@Transactional
	public Authority end(AuthorityId id, Instant endsAt, String actor) {
		Authority existing = authorities.findById(id).orElseThrow(() -> notFound(id));
		if (existing.designation().validTo() != null) {
			throw new InvalidValue("id", "The designation of " + id + " already ended at " + existing.designation().validTo() + ".");
		}
		Instant end = endsAt == null ? clock.instant() : endsAt;
		Authority ended = existing.endedAt(end);
		authorities.update(ended);
		events.publishEvent(new DesignationEnded(id, end, actor, clock.instant()));
		return ended;
	}

	/**
	 * Replaces a node's current key with {@code newKey}; the current key stays valid until {@code oldKeyValidUntil}
	 * so that messages signed before the rotation still verify.
	 */
	@Transactional
	public Node rotateNodeKey(String nodeId, byte[] newRawKey, Instant oldKeyValidUntil, String actor) {
		Node node = nodes.findById(nodeId)
			.orElseThrow(() -> new InvalidValue("nodeId", "No node '" + nodeId + "' is registered."));
		Instant now = clock.instant();
		if (oldKeyValidUntil == null || oldKeyValidUntil.isBefore(now)) {
			throw new InvalidValue("oldKeyValidUntil", "The old key must stay valid until a time not in the past.");
		}
		NodeKey fresh = NodeKey.of(newRawKey, now);
		if (node.key(fresh.keyId()).isPresent()) {
			throw new InvalidValue("publicKey", "The node already has this key.");
		}
		List<NodeKey> keys = new ArrayList<>();
		String oldKeyIds = "";
		for (NodeKey key : node.keys()) {
			if (key.validTo() == null) {
				keys.add(key.endingAt(oldKeyValidUntil.isAfter(key.validFrom()) ? oldKeyValidUntil : key.validFrom().plusSeconds(1)));
				oldKeyIds = oldKeyIds.isEmpty() ? key.keyId() : oldKeyIds + "," + key.keyId();
			}
			else {
				keys.add(key);
			}
		}
		keys.add(fresh);
		Node rotated = new Node(node.id(), node.endpoint(), keys, node.authorities());
		nodes.save(rotated);
		events.publishEvent(new NodeKeyRotated(nodeId, oldKeyIds, fresh.keyId(), oldKeyValidUntil, actor, now));
		return rotated;
	}

	/**
	 * Registers another State's node with its endpoint, its current public key and the authorities it serves,
	 * taking those authorities from any node that served them before. An existing node keeps its older keys.
	 */
	@Transactional
	public Node registerNode(String nodeId, java.net.URI endpoint, byte[] rawKey, List<AuthorityId> served, String actor) {
		for (AuthorityId authority : served) {
			if (authorities.findById(authority).isEmpty()) {
				throw notFound(authority);
			}
		}
		Instant now = clock.instant();
		NodeKey key = NodeKey.of(rawKey, now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		List<NodeKey> keys = new ArrayList<>(nodes.findById(nodeId).map(Node::keys).orElse(List.of()));
		if (keys.stream().noneMatch(existing -> existing.keyId().equals(key.keyId()))) {
			keys.add(key);
		}
		Node node = new Node(nodeId, endpoint, keys, List.copyOf(served));
		for (Node other : nodes.findAll()) {
			if (!other.id().equals(nodeId) && other.authorities().stream().anyMatch(served::contains)) {
				nodes.save(new Node(other.id(), other.endpoint(), other.keys(),
						other.authorities().stream().filter(authority -> !served.contains(authority)).toList()));
			}
		}
		nodes.save(node);
		events.publishEvent(new NodeRegistered(nodeId, endpoint.toString(), key.keyId(),
				served.stream().map(AuthorityId::toString).sorted().collect(java.util.stream.Collectors.joining(",")), actor, now));
		return node;
	}

	private static InvalidValue notFound(AuthorityId id) {
		return new InvalidValue("id", "No authority with id " + id + " is registered.");
	}
}
