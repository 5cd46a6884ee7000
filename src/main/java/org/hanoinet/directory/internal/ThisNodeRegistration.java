package org.hanoinet.directory.internal;

import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hanoinet.directory.Authorities;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.DirectoryProperties;
import org.hanoinet.directory.Node;
import org.hanoinet.directory.NodeKey;
import org.hanoinet.directory.Nodes;
import org.hanoinet.directory.ThisNode;
import org.hanoinet.node.NodeKeys;
import org.hanoinet.shared.AuthorityId;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On a node that is its own secretariat (the demo): lists this node in the registers with its node key and
 * the authorities it serves, and publishes a first or updated version of the directory when the registers
 * differ from the latest one published. Every hour it renews the published version once half of its validity
 * has passed, so that following nodes never hold an expired directory.
 */
@Component
class ThisNodeRegistration {

	private static final Logger log = LoggerFactory.getLogger(ThisNodeRegistration.class);

	private final SigningSecretariat secretariat;

	private final Nodes nodes;

	private final Authorities authorities;

	private final NodeKeys nodeKeys;

	private final DirectoryProperties settings;

	private final Clock clock;

	private final ThisNode thisNode;

	private ScheduledExecutorService renewal;

	ThisNodeRegistration(SigningSecretariat secretariat, Nodes nodes, Authorities authorities, NodeKeys nodeKeys,
			DirectoryProperties settings, Clock clock, ThisNode thisNode) {
		this.thisNode = thisNode;
		this.secretariat = secretariat;
		this.nodes = nodes;
		this.authorities = authorities;
		this.nodeKeys = nodeKeys;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	void onReady(ApplicationReadyEvent ready) {
		if (!secretariat.active()) {
			return;
		}
		String port = ready.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
		URI endpoint = URI.create(settings.publicUrl().isBlank() ? "http://127.0.0.1:" + port : settings.publicUrl());
		String id = thisNode.id();
		List<NodeKey> keys = new ArrayList<>(nodes.findById(id).map(Node::keys).orElse(List.of()));
		if (keys.stream().noneMatch(key -> key.keyId().equals(nodeKeys.keyId()))) {
			keys.add(NodeKey.of(nodeKeys.rawPublicKey(), clock.instant().truncatedTo(ChronoUnit.SECONDS)));
		}
		List<AuthorityId> served = authorities.findAll().stream()
			.filter(authority -> settings.servedStates().isEmpty()
					|| settings.servedStates().contains(authority.state().value()))
			.map(Authority::id)
			.toList();
		nodes.save(new Node(id, endpoint, keys, served));
		if (secretariat.registersChangedSinceLatest()) {
			secretariat.publish("node");
		}
		renewal = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "directory-renewal");
			thread.setDaemon(true);
			return thread;
		});
		renewal.scheduleWithFixedDelay(this::renew, 1, 1, TimeUnit.HOURS);
	}

	@PreDestroy
	void stop() {
		if (renewal != null) {
			renewal.shutdownNow();
		}
	}

	private void renew() {
		try {
			secretariat.renewIfDue();
		}
		catch (RuntimeException failed) {
			log.warn("Renewing the directory failed; will try again in an hour: {}", failed.getMessage());
		}
	}
}
