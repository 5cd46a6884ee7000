package org.hanoinet.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.evidence.internal.EvidenceStore;
import org.hanoinet.evidence.internal.JdbcEvidence;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long evidence is kept (art. 36: personal data no longer than needed): a user deletes an item, or its
 * retention period by holding State and case type ({@link EvidenceProperties.Retention}) ends. Deletion is
 * crypto-shredding: the item's chunks and its wrapped data key are destroyed; its hashes and chain of custody stay,
 * with a DELETED event, so the audit log remains verifiable.
 */
@Service
public class EvidenceRetention {

	private final JdbcEvidence db;

	private final EvidenceStore store;

	private final CaseManagement cases;

	private final EvidenceItems items;

	private final ChainOfCustody custody;

	private final EvidenceProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	EvidenceRetention(JdbcEvidence db, EvidenceStore store, CaseManagement cases, EvidenceItems items, ChainOfCustody custody,
			EvidenceProperties properties, Clock clock, PlatformTransactionManager transactions) {
		this.db = db;
		this.store = store;
		this.cases = cases;
		this.items = items;
		this.custody = custody;
		this.properties = properties;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * A user deletes the item: its bytes and its wrapped data key are destroyed (crypto-shredding, art. 36); its
	 * hashes and custody chain stay, so the audit log remains verifiable. Who may delete is the caller's check.
	 */
	public EvidenceItem delete(Actor actor, EvidenceItemId id, String reason) {
		items.held(actor, id);
		return shred(id, actor.user(), reason == null || reason.isBlank() ? "user" : "user: " + reason.strip());
	}

	/**
	 * Deletes every stored item whose retention period (by holding State and case type) has ended.
	 *
	 * @return how many items were deleted
	 */
	public int applyRetention() {
		Instant now = clock.instant();
		int deleted = 0;
		for (EvidenceItem item : db.storedBefore(now, 1000)) {
			Optional<Case> request = cases.load(item.caseId());
			if (request.isEmpty()) {
				continue;
			}
			if (!item.addedAt().plus(properties.retention().period(item.holder(), request.get().type())).isAfter(now)) {
				shred(item.id(), EvidenceItems.NODE_ACTOR, "retention period ended");
				deleted++;
			}
		}
		return deleted;
	}

	private EvidenceItem shred(EvidenceItemId id, String who, String reason) {
		EvidenceItem deleted = transactions.execute(status -> {
			db.lockItem(id);
			EvidenceItem item = db.item(id).orElseThrow(() -> new EvidenceNotFound(id));
			if (!db.shred(id, clock.instant())) {
				throw new EvidenceRefused("evidence-deleted", "Item " + id + " is already deleted.");
			}
			custody.record(item, CustodyAction.DELETED, who, custody.thisNode(), Map.of("reason", reason));
			return db.item(id).orElseThrow();
		});
		try {
			store.deleteAll(EvidenceStore.itemPrefix(id));
		}
		catch (IOException failure) {
			// without its key the item cannot be read any more; the orphan chunks are noise, not data
			throw new UncheckedIOException("The key of item " + id + " was destroyed but its chunks could not all be removed", failure);
		}
		return deleted;
	}
}
