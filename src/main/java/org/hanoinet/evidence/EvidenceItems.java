package org.hanoinet.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.SecretKey;

import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseNotFound;
import org.hanoinet.evidence.internal.ChunkCipher;
import org.hanoinet.evidence.internal.EvidenceKeys;
import org.hanoinet.evidence.internal.EvidenceStore;
import org.hanoinet.evidence.internal.JdbcEvidence;
import org.hanoinet.shared.InvalidValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evidence items of any size (arts. 40, 42–46), stored encrypted, and their bytes read chunk by chunk. An item
 * comes in through {@link Uploads} (from a user, or received from another node), passes from hand to hand along
 * its {@link ChainOfCustody}, and is deleted by crypto-shredding through {@link EvidenceRetention} (art. 36).
 * <p>
 * <b>Scoping.</b> Methods taking an {@link Actor} are for users: the actor's State must be a side of the case,
 * and an item is seen only by the State that holds it; otherwise {@link EvidenceNotFound} (or {@link CaseNotFound}).
 * Role checks (who may add, download, delete) are the caller's. Methods without an actor are for other modules
 * (the transfer to the counterpart node), never for display.
 * <p>
 * <b>Custody.</b> A user's view and download are {@link CustodyEvent}s of the item's chain, in the transaction of
 * the act; reading for other modules records nothing.
 */
@Service
public class EvidenceItems {

	/** How the node names itself when it acts without a user: receipts from another node, retention. */
	public static final String NODE_ACTOR = "hanoinet-node";

	private final JdbcEvidence db;

	private final EvidenceStore store;

	private final EvidenceKeys keys;

	private final CaseManagement cases;

	private final ChainOfCustody custody;

	private final TransactionTemplate transactions;

	EvidenceItems(JdbcEvidence db, EvidenceStore store, EvidenceKeys keys, CaseManagement cases, ChainOfCustody custody,
			PlatformTransactionManager transactions) {
		this.db = db;
		this.store = store;
		this.keys = keys;
		this.cases = cases;
		this.custody = custody;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** The item, whoever holds it (unscoped, for modules). */
	public Optional<EvidenceItem> find(EvidenceItemId id) {
		return db.item(id);
	}

	/** The items of a case that the actor's State holds, oldest first. */
	public List<EvidenceItem> ofCase(Actor actor, CaseId caseId) {
		cases.find(actor.state(), caseId);
		return db.itemsOf(caseId).stream().filter(item -> item.holder().equals(actor.state())).toList();
	}

	/** Every item of a case on this node, whoever holds it (unscoped, for modules). */
	public List<EvidenceItem> ofCase(CaseId caseId) {
		return db.itemsOf(caseId);
	}

	/** The item, seen by a user: records VIEWED. */
	public EvidenceItem get(Actor actor, EvidenceItemId id) {
		EvidenceItem item = held(actor, id);
		transactions.executeWithoutResult(status -> custody.record(item, CustodyAction.VIEWED, actor.user(), custody.thisNode(), Map.of()));
		return item;
	}

	/** The item's chain of custody, oldest first, for a user of the State that holds it. */
	public List<CustodyEvent> custody(Actor actor, EvidenceItemId id) {
		held(actor, id);
		return db.custody(id);
	}

	/** The item's chain of custody (unscoped, for modules). */
	public List<CustodyEvent> custody(EvidenceItemId id) {
		return db.custody(id);
	}

	/**
	 * The decrypted, authenticated bytes of chunk {@code index} (unscoped, for modules; records nothing).
	 *
	 * @throws EvidenceRefused ({@code evidence-deleted}) when the item's bytes were destroyed
	 */
	public InputStream openChunk(EvidenceItemId id, int index) {
		EvidenceItem item = db.item(id).orElseThrow(() -> new EvidenceNotFound(id));
		if (index < 0 || index >= item.chunks()) {
			throw new InvalidValue("chunk", "Item " + id + " has chunks 0 to " + (item.chunks() - 1) + ".");
		}
		return new ByteArrayInputStream(chunk(id, dataKey(item), index));
	}

	/** The whole item's decrypted bytes, read one chunk at a time (unscoped, for modules; records nothing). */
	public InputStream open(EvidenceItemId id) {
		EvidenceItem item = db.item(id).orElseThrow(() -> new EvidenceNotFound(id));
		return new ChunkedStream(item, dataKey(item));
	}

	/** A user downloads the item: records DOWNLOADED and returns its bytes, read one chunk at a time. */
	public InputStream download(Actor actor, EvidenceItemId id) {
		EvidenceItem item = held(actor, id);
		InputStream bytes = new ChunkedStream(item, dataKey(item));
		transactions.executeWithoutResult(status -> custody.record(item, CustodyAction.DOWNLOADED, actor.user(), custody.thisNode(),
				Map.of()));
		return bytes;
	}

	/** The item, if the actor's State holds it and is a side of its case. */
	EvidenceItem held(Actor actor, EvidenceItemId id) {
		EvidenceItem item = db.item(id).filter(found -> found.holder().equals(actor.state()))
			.orElseThrow(() -> new EvidenceNotFound(id));
		cases.find(actor.state(), item.caseId());
		return item;
	}

	private SecretKey dataKey(EvidenceItem item) {
		byte[] wrapped = db.wrappedKey(item.id())
			.orElseThrow(() -> new EvidenceRefused("evidence-deleted", "The bytes of item " + item.id() + " were deleted; only its hashes remain."));
		return keys.unwrap(wrapped, item.id().value());
	}

	private byte[] chunk(EvidenceItemId id, SecretKey key, int index) {
		try {
			return ChunkCipher.open(key, id.value(), index, ChunkCipher.CHUNK, store.get(EvidenceStore.chunkKey(id, index)));
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("Chunk " + index + " of item " + id + " cannot be read", unreadable);
		}
	}

	/** The plaintext of an item, one decrypted chunk in memory at a time. */
	private final class ChunkedStream extends InputStream {

		private final EvidenceItem item;

		private final SecretKey key;

		private int next;

		private byte[] current = new byte[0];

		private int position;

		private ChunkedStream(EvidenceItem item, SecretKey key) {
			this.item = item;
			this.key = key;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] target, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			while (position == current.length) {
				if (next == item.chunks()) {
					return -1;
				}
				current = chunk(item.id(), key, next++);
				position = 0;
			}
			int count = Math.min(length, current.length - position);
			System.arraycopy(current, position, target, offset, count);
			position += count;
			return count;
		}
	}
}
