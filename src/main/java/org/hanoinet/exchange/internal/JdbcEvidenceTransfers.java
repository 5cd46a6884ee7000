package org.hanoinet.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.Party;
import org.hanoinet.directory.Directory;
import org.hanoinet.directory.Node;
import org.hanoinet.directory.ThisNode;
import org.hanoinet.exchange.EnvelopeReceived;
import org.hanoinet.exchange.EnvelopeRefused;
import org.hanoinet.exchange.EvidenceManifest;
import org.hanoinet.exchange.EvidenceSignatures;
import org.hanoinet.exchange.EvidenceTransfers;
import org.hanoinet.exchange.MessageKind;
import org.hanoinet.exchange.Outbox;
import org.hanoinet.exchange.RefusalCode;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * Offers packages of evidence items (sending side) and takes in the packages and receipts the other node sends
 * (in the inbox's transaction, so a refused manifest leaves nothing stored).
 */
@Service
class JdbcEvidenceTransfers implements EvidenceTransfers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final EvidenceSignatures signatures;

	private final EvidenceTransferStore store;

	private final Outbox outbox;

	private final CaseManagement cases;

	private final Directory directory;

	private final ThisNode thisNode;

	private final EvidenceTransferProperties settings;

	private final EvidenceTransferPuller puller;

	private final Clock clock;

	JdbcEvidenceTransfers(JdbcClient jdbc, EvidenceSignatures signatures, EvidenceTransferStore store, Outbox outbox,
			CaseManagement cases, Directory directory, ThisNode thisNode, EvidenceTransferProperties settings,
			EvidenceTransferPuller puller, Clock clock) {
		this.jdbc = jdbc;
		this.signatures = signatures;
		this.store = store;
		this.outbox = outbox;
		this.cases = cases;
		this.directory = directory;
		this.thisNode = thisNode;
		this.settings = settings;
		this.puller = puller;
		this.clock = clock;
	}

	@Override
	@Transactional
	public EvidencePackage offer(CaseId caseId, CountryCode offeringState, List<UUID> itemIds, String actor) {
		Case request = cases.load(caseId).orElseThrow(() -> new InvalidValue("case", "Case " + caseId.value() + " is not known here."));
		Party counterpart;
		if (request.requesting().state().equals(offeringState)) {
			counterpart = request.requested();
		}
		else if (request.requested().state().equals(offeringState)) {
			counterpart = request.requesting();
		}
		else {
			throw new InvalidValue("case", "Only the two States of the case exchange its evidence.");
		}
		Node peer = directory.nodeServing(counterpart.authority())
			.orElseThrow(() -> new InvalidValue("case", "No node in the directory serves the other side of the case."));
		if (peer.id().equals(thisNode.id())) {
			throw new InvalidValue("case", "Both sides of the case are served by this node: its evidence needs no transfer.");
		}
		if (itemIds == null || itemIds.isEmpty() || new HashSet<>(itemIds).size() != itemIds.size()) {
			throw new InvalidValue("items", "Name each item to offer once, and at least one.");
		}
		List<EvidenceManifest.Item> items = new ArrayList<>();
		for (UUID itemId : itemIds) {
			items.add(store.describe(caseId.value(), itemId)
				.orElseThrow(() -> new InvalidValue("items", "Item " + itemId + " is not an item of this case held here.")));
		}
		Instant now = clock.instant();
		EvidenceManifest manifest = new EvidenceManifest(UUID.randomUUID(), caseId.value(), thisNode.id(), peer.id(), now,
				now.plus(settings.packageLifetime()), items);
		String sealed = signatures.seal(manifest);
		Map<String, Object> links = new LinkedHashMap<>();
		for (EvidenceManifest.Item item : items) {
			links.put(item.id().toString(), signatures.link(manifest.packageId(), item.id(), peer.id(), manifest.expiresAt()));
		}
		insertPackage(manifest, "OUTGOING", peer.id(), sealed, JSON.writeValueAsString(links), "OFFERED");
		int position = 0;
		for (EvidenceManifest.Item item : items) {
			insertTransfer(manifest.packageId(), item, position++, "OFFERED", now);
			store.offered(item.id(), peer.id(), manifest.packageId(), actor);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("manifest", sealed);
		body.put("links", links);
		outbox.send(peer.id(), MessageKind.EVIDENCE_PACKAGE, body, caseId.value(), false);
		return new EvidencePackage(manifest.packageId(), peer.id(), manifest.expiresAt(), manifest.size());
	}

	@Override
	public List<EvidenceTransfer> ofCase(CaseId caseId) {
		return jdbc.sql("""
				select t.*, p.direction, p.peer from exchange_evidence_transfers t
				join exchange_evidence_packages p on p.package_id = t.package_id
				where p.case_id = :case order by p.created_at desc, t.position
				""")
			.param("case", caseId.value())
			.query(JdbcEvidenceTransfers::transfer)
			.list();
	}

	@EventListener
	void receive(EnvelopeReceived received) {
		if (received.envelope().kind() == MessageKind.EVIDENCE_PACKAGE) {
			receivePackage(received);
		}
		else if (received.envelope().kind() == MessageKind.EVIDENCE_RECEIPT) {
			receiveReceipt(received);
		}
	}

	private void receivePackage(EnvelopeReceived received) {
		Map<String, Object> body = received.envelope().body();
		if (!(body.get("manifest") instanceof String sealed) || !(body.get("links") instanceof Map<?, ?> links)) {
			throw new EnvelopeRefused(RefusalCode.SCHEMA_INVALID, "An evidence package carries a manifest and its links.");
		}
		String sender = received.envelope().sender();
		EvidenceManifest manifest = signatures.open(sealed, sender, thisNode.id());
		Case request = cases.load(new CaseId(manifest.caseId()))
			.orElseThrow(() -> new EnvelopeRefused(RefusalCode.MANIFEST_INVALID, "Case " + manifest.caseId() + " is not known here."));
		boolean senderServesASide = List.of(request.requesting(), request.requested()).stream()
			.anyMatch(party -> directory.nodeServing(party.authority()).map(node -> node.id().equals(sender)).orElse(false));
		if (!senderServesASide) {
			throw new EnvelopeRefused(RefusalCode.MANIFEST_INVALID, "Node '" + sender + "' serves neither side of case " + manifest.caseId() + ".");
		}
		for (EvidenceManifest.Item item : manifest.items()) {
			if (!(links.get(item.id().toString()) instanceof String)) {
				throw new EnvelopeRefused(RefusalCode.SCHEMA_INVALID, "The package carries no download link for item " + item.id() + ".");
			}
		}
		boolean known = jdbc.sql("select count(*) from exchange_evidence_packages where package_id = :id")
			.param("id", manifest.packageId()).query(Long.class).single() > 0;
		if (known) {
			throw new EnvelopeRefused(RefusalCode.REPLAYED, "Package " + manifest.packageId() + " was already received.");
		}
		insertPackage(manifest, "INCOMING", sender, sealed, JSON.writeValueAsString(links), "FETCHING");
		int position = 0;
		for (EvidenceManifest.Item item : manifest.items()) {
			insertTransfer(manifest.packageId(), item, position++, "PENDING", clock.instant());
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				puller.wake();
			}
		});
	}

	private void receiveReceipt(EnvelopeReceived received) {
		Map<String, Object> body = received.envelope().body();
		String sender = received.envelope().sender();
		UUID packageId;
		Map<UUID, String> named = new LinkedHashMap<>();
		try {
			packageId = UUID.fromString((String) body.get("packageId"));
			for (Object entry : (List<?>) body.get("items")) {
				Map<?, ?> item = (Map<?, ?>) entry;
				named.put(UUID.fromString((String) item.get("id")), (String) item.get("sha256"));
			}
		}
		catch (ClassCastException | NullPointerException | IllegalArgumentException malformed) {
			throw new EnvelopeRefused(RefusalCode.SCHEMA_INVALID, "An evidence receipt names a package and its items with their hashes.");
		}
		var offered = jdbc.sql("""
				select manifest, state from exchange_evidence_packages
				where package_id = :id and direction = 'OUTGOING' and peer = :peer for update
				""")
			.param("id", packageId)
			.param("peer", sender)
			.query((rs, row) -> new String[] { rs.getString("manifest"), rs.getString("state") })
			.optional()
			.orElseThrow(() -> new EnvelopeRefused(RefusalCode.RECEIPT_MISMATCH,
					"This node offered no package " + packageId + " to node '" + sender + "'."));
		EvidenceManifest manifest = manifestOf(offered[0]);
		Map<UUID, String> expected = new LinkedHashMap<>();
		manifest.items().forEach(item -> expected.put(item.id(), item.sha256()));
		if (!expected.equals(named)) {
			throw new EnvelopeRefused(RefusalCode.RECEIPT_MISMATCH,
					"The receipt does not name exactly the items and hashes of package " + packageId + ".");
		}
		if ("TRANSFERRED".equals(offered[1])) {
			return;
		}
		Instant now = clock.instant();
		jdbc.sql("update exchange_evidence_packages set state = 'TRANSFERRED', receipt = :receipt, completed_at = :now where package_id = :id")
			.param("receipt", received.envelopeHash())
			.param("now", Timestamp.from(now))
			.param("id", packageId)
			.update();
		jdbc.sql("""
				update exchange_evidence_transfers set state = 'TRANSFERRED', bytes_fetched = size, stored_sha256 = sha256,
				    updated_at = :now where package_id = :id
				""")
			.param("now", Timestamp.from(now))
			.param("id", packageId)
			.update();
		manifest.items().forEach(item -> store.transferred(item.id(), sender, packageId, item.sha256()));
	}

	/** A manifest this node stored itself, read back without checking the signature again. */
	static EvidenceManifest manifestOf(String sealed) {
		return EvidenceSignatures.stored(sealed);
	}

	private void insertPackage(EvidenceManifest manifest, String direction, String peer, String sealed, String links, String state) {
		jdbc.sql("""
				insert into exchange_evidence_packages (package_id, direction, case_id, peer, manifest, links, state, created_at, expires_at)
				values (:id, :direction, :case, :peer, :manifest, :links, :state, :created, :expires)
				""")
			.param("id", manifest.packageId())
			.param("direction", direction)
			.param("case", manifest.caseId())
			.param("peer", peer)
			.param("manifest", sealed)
			.param("links", links)
			.param("state", state)
			.param("created", Timestamp.from(clock.instant()))
			.param("expires", Timestamp.from(manifest.expiresAt()))
			.update();
	}

	private void insertTransfer(UUID packageId, EvidenceManifest.Item item, int position, String state, Instant now) {
		jdbc.sql("""
				insert into exchange_evidence_transfers (package_id, item_id, position, file_name, size, sha256, state,
				    next_attempt_at, updated_at)
				values (:package, :item, :position, :name, :size, :sha256, :state, :now, :now)
				""")
			.param("package", packageId)
			.param("item", item.id())
			.param("position", position)
			.param("name", item.fileName())
			.param("size", item.size())
			.param("sha256", item.sha256())
			.param("state", state)
			.param("now", Timestamp.from(now))
			.update();
	}

	private static EvidenceTransfer transfer(ResultSet rs, int row) throws SQLException {
		return new EvidenceTransfer(rs.getObject("package_id", UUID.class), rs.getString("direction"), rs.getString("peer"),
				rs.getObject("item_id", UUID.class), rs.getString("file_name"), rs.getLong("size"), rs.getString("sha256"),
				rs.getLong("bytes_fetched"), rs.getString("state"), rs.getInt("requests"), rs.getInt("rejected_chunks"),
				rs.getString("last_error"), rs.getObject("stored_item_id", UUID.class), rs.getTimestamp("updated_at").toInstant());
	}

}
