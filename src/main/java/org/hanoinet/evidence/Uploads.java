package org.hanoinet.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;

import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseNotFound;
import org.hanoinet.evidence.internal.EvidenceKeys;
import org.hanoinet.evidence.internal.EvidenceStore;
import org.hanoinet.evidence.internal.JdbcEvidence;
import org.hanoinet.evidence.internal.JdbcEvidence.Upload;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How evidence items come in (arts. 40, 42–46): resumable uploads by users, and receipts of items sent by another
 * node.
 * <p>
 * {@link #startUpload} (a user) or {@link #startReceipt} (the node, for an item sent by another node) announces an
 * item; {@link #append} adds bytes at the current {@link #offset}; {@link #complete} closes it once every byte is
 * in. Bytes are cut into chunks of a fixed size per item; each complete chunk is hashed (SHA-256), sealed with
 * AES-256-GCM under the item's own data key and stored before the offset moves, so the offset survives a crash or
 * a restart and an interrupted upload resumes there. Bytes of a chunk not yet complete are kept sealed as the
 * upload's tail. The SHA-256 of the whole item is computed while streaming. Memory use is about two chunks per
 * append in progress, whatever the size of the file.
 * <p>
 * Methods taking an {@link Actor} are scoped as {@link EvidenceItems} says. A completed item's first
 * {@link CustodyEvent} (ADDED or RECEIVED) is recorded in the transaction that stores it.
 */
@Service
public class Uploads {

	private final JdbcEvidence db;

	private final EvidenceStore store;

	private final EvidenceKeys keys;

	private final CaseManagement cases;

	private final ChainOfCustody custody;

	private final EvidenceProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final Map<UploadId, ReentrantLock> locks = new ConcurrentHashMap<>();

	private final UploadIngest ingest;

	Uploads(JdbcEvidence db, EvidenceStore store, EvidenceKeys keys, CaseManagement cases, ChainOfCustody custody,
			EvidenceProperties properties, Clock clock, PlatformTransactionManager transactions) {
		this.db = db;
		this.store = store;
		this.keys = keys;
		this.cases = cases;
		this.custody = custody;
		this.properties = properties;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
		this.ingest = new UploadIngest(db, store, keys, properties.ingestWorkers(), this.transactions);
	}

	@PreDestroy
	void stopIngestWorkers() {
		ingest.stop();
	}

	/**
	 * A user of a side of the case announces a file of {@code size} bytes; the item will be held for the user's
	 * State and cut into chunks of the configured size.
	 */
	public UploadId startUpload(Actor actor, CaseId caseId, String fileName, String mediaType, long size) {
		cases.find(actor.state(), caseId);
		return start(caseId, fileName, mediaType, size, (int) properties.chunkSize().toBytes(), actor.state(), actor.user(),
				custody.thisNode(), null, null, null, null);
	}

	/** As {@link #startReceipt(CaseId, String, String, long, int, String, List, String, EvidenceItemId)} without the sender's item id. */
	public UploadId startReceipt(CaseId caseId, String fileName, String mediaType, long size, int chunkSize,
			String expectedSha256, List<String> expectedChunkSha256, String fromNode) {
		return startReceipt(caseId, fileName, mediaType, size, chunkSize, expectedSha256, expectedChunkSha256, fromNode, null);
	}

	/**
	 * This node starts receiving an item sent by {@code fromNode} for the case; the item keeps the sender's chunk
	 * size so that chunk hashes compare. Each chunk must have its expected hash (when given) or it is refused
	 * and not stored ({@link IntegrityMismatch} naming the chunk); the whole item must have {@code expectedSha256}.
	 * The item is held for the requesting State of the case (evidence goes to the State that asked for it) and
	 * gets an id of its own here; {@code sourceItem}, the sender's id, is recorded in the RECEIVED custody event.
	 */
	public UploadId startReceipt(CaseId caseId, String fileName, String mediaType, long size, int chunkSize,
			String expectedSha256, List<String> expectedChunkSha256, String fromNode, EvidenceItemId sourceItem) {
		Case request = cases.load(caseId).orElseThrow(() -> new CaseNotFound(caseId));
		if (chunkSize < 1) {
			throw new InvalidValue("chunkSize", "The chunk size must be positive.");
		}
		if (expectedSha256 != null && !Sha256.isHex(expectedSha256)) {
			throw new InvalidValue("sha256", "The expected SHA-256 must be 64 lower-case hex digits.");
		}
		long chunks = size <= 0 ? 0 : (size + chunkSize - 1) / chunkSize;
		if (expectedChunkSha256 != null
				&& (expectedChunkSha256.size() != chunks || !expectedChunkSha256.stream().allMatch(Sha256::isHex))) {
			throw new InvalidValue("chunkSha256", "Expected " + chunks + " chunk hashes of 64 lower-case hex digits.");
		}
		if (fromNode == null || fromNode.isBlank()) {
			throw new InvalidValue("fromNode", "Name the node the item comes from.");
		}
		return start(caseId, fileName, mediaType, size, chunkSize, request.requesting().state(), EvidenceItems.NODE_ACTOR,
				fromNode, fromNode, sourceItem, expectedSha256, expectedChunkSha256);
	}

	/** Bytes durably stored so far: where the upload resumes, also after a restart. */
	public long offset(UploadId upload) {
		return upload(upload).offset();
	}

	/** The upload as it stands (unscoped, for modules). */
	public UploadStatus upload(UploadId upload) {
		return status(db.upload(upload).orElseThrow(() -> new EvidenceNotFound(upload)));
	}

	/** The upload, if it belongs to a case of the actor's State and is held for it. */
	public UploadStatus upload(Actor actor, UploadId upload) {
		Upload found = db.upload(upload).filter(candidate -> candidate.holder().equals(actor.state()))
			.orElseThrow(() -> new EvidenceNotFound(upload));
		cases.find(actor.state(), found.caseId());
		return status(found);
	}

	/** The uploads in progress of a case held for the actor's State. */
	public List<UploadStatus> uploadsOf(Actor actor, CaseId caseId) {
		cases.find(actor.state(), caseId);
		return db.uploadsOf(caseId).stream().filter(upload -> upload.holder().equals(actor.state())).map(Uploads::status).toList();
	}

	/**
	 * Adds the bytes of {@code bytes} (until its end, or until the announced size) at {@code offset}, which must be
	 * the current {@link #offset}; refuses otherwise with {@link OffsetMismatch} and stores nothing. Streams: at
	 * most one chunk is held in memory. When the stream breaks, the bytes read so far are stored before the
	 * failure is passed on, so the client resumes after them.
	 *
	 * @return the new offset
	 * @throws OffsetMismatch when {@code offset} is not where the upload stands, or another append is running
	 * @throws IntegrityMismatch for a receipt, when a chunk does not have its expected hash (nothing of that chunk
	 *         is kept; the upload continues at the chunk's start)
	 */
	public long append(UploadId id, long offset, InputStream bytes) throws IOException {
		ReentrantLock lock = locks.computeIfAbsent(id, any -> new ReentrantLock());
		Upload upload = db.upload(id).orElseThrow(() -> new EvidenceNotFound(id));
		if (!lock.tryLock()) {
			throw new OffsetMismatch(id, upload.offset(), offset);
		}
		try {
			upload = db.upload(id).orElseThrow(() -> new EvidenceNotFound(id));
			if (offset != upload.offset()) {
				throw new OffsetMismatch(id, upload.offset(), offset);
			}
			return ingest.write(upload, bytes);
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Closes an upload whose every byte is in: checks the whole-file hash (for a receipt), stores the item and
	 * records its first custody event (ADDED for an upload, RECEIVED for a receipt).
	 *
	 * @throws EvidenceRefused ({@code evidence-upload-incomplete}) when bytes are missing
	 * @throws IntegrityMismatch (chunk -1) when a receipt's whole hash differs: the bytes are discarded
	 */
	public EvidenceItem complete(UploadId id) {
		ReentrantLock lock = locks.computeIfAbsent(id, any -> new ReentrantLock());
		lock.lock();
		try {
			Upload upload = db.upload(id).orElseThrow(() -> new EvidenceNotFound(id));
			if (upload.offset() != upload.size()) {
				throw new EvidenceRefused("evidence-upload-incomplete", "Upload " + id + " holds " + upload.offset() + " of "
						+ upload.size() + " bytes; send the rest before completing it.");
			}
			String sha256 = ingest.sha256(upload);
			if (upload.expectedSha256() != null && !upload.expectedSha256().equals(sha256)) {
				discard(upload);
				throw new IntegrityMismatch(-1, "The item received has SHA-256 " + sha256 + ", not " + upload.expectedSha256()
						+ " as announced; it was not stored.");
			}
			EvidenceItem item = transactions.execute(status -> {
				EvidenceItem stored = new EvidenceItem(upload.item(), upload.caseId(), upload.fileName(), upload.mediaType(),
						upload.size(), sha256, upload.chunkSize(), db.chunkHashes(upload.item()), clock.instant().truncatedTo(ChronoUnit.MICROS),
						upload.originNode(), upload.holder(), EvidenceStatus.STORED);
				db.addItem(stored, upload.wrappedKey());
				db.removeUpload(id);
				Map<String, String> details = new LinkedHashMap<>();
				details.put("fileSha256", sha256);
				details.put("size", Long.toString(upload.size()));
				if (upload.fromNode() != null) {
					details.put("fromNode", upload.fromNode());
					if (upload.sourceItem() != null) {
						details.put("sourceItem", upload.sourceItem().toString());
					}
				}
				custody.record(stored, upload.fromNode() == null ? CustodyAction.ADDED : CustodyAction.RECEIVED, upload.actor(),
						custody.thisNode(), details);
				return stored;
			});
			try {
				store.delete(EvidenceStore.tailKey(upload.item()));
			}
			catch (IOException leftOver) {
				// a stale tail object is harmless: it is never read once the item is complete
			}
			locks.remove(id);
			return item;
		}
		finally {
			lock.unlock();
		}
	}

	private UploadId start(CaseId caseId, String fileName, String mediaType, long size, int chunkSize, CountryCode holder,
			String actor, String originNode, String fromNode, EvidenceItemId sourceItem, String expectedSha256,
			List<String> expectedChunks) {
		if (fileName == null || fileName.isBlank() || fileName.length() > 500 || fileName.contains("/") || fileName.contains("\\")) {
			throw new InvalidValue("fileName", "Give the file's name (up to 500 characters, without a path).");
		}
		String type = mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType.strip();
		if (type.length() > 200 || !type.contains("/")) {
			throw new InvalidValue("mediaType", "'" + type + "' is not a media type such as application/octet-stream.");
		}
		if (size <= 0) {
			throw new InvalidValue("size", "An evidence file has at least one byte; announce its size in bytes.");
		}
		if (size > properties.maxItemSize().toBytes()) {
			throw new EvidenceRefused("evidence-too-large", "This node takes evidence files of up to "
					+ properties.maxItemSize().toBytes() + " bytes (hanoinet.evidence.max-item-size); this one has " + size + ".");
		}
		if ((size + chunkSize - 1) / chunkSize > Integer.MAX_VALUE) {
			throw new InvalidValue("size", "The file has too many chunks for its chunk size.");
		}
		UploadId id = new UploadId(UUID.randomUUID());
		EvidenceItemId item = new EvidenceItemId(UUID.randomUUID());
		byte[] wrapped = keys.wrap(keys.newDataKey(), item.value());
		db.addUpload(new Upload(id, item, caseId, fileName.strip(), type, size, chunkSize, wrapped, holder, actor, originNode,
				fromNode, sourceItem, expectedSha256, expectedChunks, 0, 0, clock.instant()));
		return id;
	}

	private void discard(Upload upload) {
		transactions.executeWithoutResult(status -> {
			db.removeUpload(upload.id());
			db.removeChunks(upload.item());
		});
		try {
			store.deleteAll(EvidenceStore.itemPrefix(upload.item()));
			store.delete(EvidenceStore.tailKey(upload.item()));
		}
		catch (IOException failure) {
			throw new UncheckedIOException("Refused item " + upload.item() + " could not be removed from the store", failure);
		}
	}

	private static UploadStatus status(Upload upload) {
		return new UploadStatus(upload.id(), upload.item(), upload.caseId(), upload.fileName(), upload.mediaType(), upload.size(),
				upload.offset(), upload.chunkSize(), upload.fromNode(), upload.startedAt());
	}
}
