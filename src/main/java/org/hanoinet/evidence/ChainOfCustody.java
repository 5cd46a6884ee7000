package org.hanoinet.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.hanoinet.evidence.internal.JdbcEvidence;
import org.hanoinet.node.NodeKeys;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain of custody of evidence items (arts. 40, 42–46): every hand an item passes through is a
 * {@link CustodyEvent} linked to the previous one by SHA-256 ({@link #custodyHash}), and a {@link CustodyRecorded}
 * leaf of the audit log, in the transaction of the act. Uploads, reads and deletions record their own events;
 * {@link #recordCustody} is for the acts of other modules, such as the transfer to the counterpart node. The
 * chain is read with {@link EvidenceItems#custody}.
 */
@Service
public class ChainOfCustody {

	private static final String NO_PREVIOUS = "0".repeat(64);

	private final JdbcEvidence db;

	private final NodeKeys nodeKeys;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	ChainOfCustody(JdbcEvidence db, NodeKeys nodeKeys, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.db = db;
		this.nodeKeys = nodeKeys;
		this.events = events;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Adds an event to the item's chain of custody and a leaf to the audit log, e.g. OFFERED or TRANSFERRED by the
	 * transfer to the counterpart node.
	 *
	 * @param who the user id, or {@link EvidenceItems#NODE_ACTOR}
	 * @param node key id of the node where it happened; null for this node
	 * @param details ids and hashes only (peer node, receipt hash), never personal data
	 */
	public CustodyEvent recordCustody(EvidenceItemId id, CustodyAction action, String who, String node,
			Map<String, String> details) {
		EvidenceItem item = db.item(id).orElseThrow(() -> new EvidenceNotFound(id));
		return transactions.execute(status -> record(item, action, who, node == null ? thisNode() : node,
				details == null ? Map.of() : details));
	}

	/**
	 * SHA-256 over the event's fields, one per line: item, sequence, action, who, node, instant (ISO-8601), item
	 * hash, details as {@code key=value} sorted by key and joined by {@code &}, previous hash.
	 */
	public static String custodyHash(EvidenceItemId item, long sequence, CustodyAction action, String who, String node,
			Instant at, String itemSha256, Map<String, String> details, String previousHash) {
		StringBuilder fields = new StringBuilder();
		new TreeMap<>(details).forEach((key, value) -> fields.append(fields.isEmpty() ? "" : "&").append(key).append('=').append(value));
		String text = String.join("\n", item.toString(), Long.toString(sequence), action.name(), who, node, at.toString(),
				itemSha256, fields, previousHash);
		return HexFormat.of().formatHex(Sha256.newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** The key id of this node, as custody events name it. */
	String thisNode() {
		return nodeKeys.keyId();
	}

	/** Adds the event at this node's time and publishes its audit leaf; to be called within the transaction of the act. */
	CustodyEvent record(EvidenceItem item, CustodyAction action, String who, String node, Map<String, String> details) {
		db.lockItem(item.id());
		Optional<CustodyEvent> last = db.lastCustody(item.id());
		long sequence = last.map(event -> event.sequence() + 1).orElse(1L);
		String previous = last.map(CustodyEvent::hash).orElse(NO_PREVIOUS);
		// the database keeps microseconds: the hash must be recomputable from the stored instant
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String hash = custodyHash(item.id(), sequence, action, who, node, at, item.sha256(), details, previous);
		CustodyEvent event = new CustodyEvent(item.id(), sequence, action, who, node, at, item.sha256(), details, previous, hash);
		db.addCustody(event);
		events.publishEvent(new CustodyRecorded(event, item.caseId().toString(), at));
		return event;
	}
}
