package org.hanoinet.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

import javax.crypto.SecretKey;

import jakarta.annotation.PreDestroy;

import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseNotFound;
import org.hanoinet.evidence.internal.ChunkCipher;
import org.hanoinet.evidence.internal.ChunkIngest;
import org.hanoinet.evidence.internal.EvidenceKeys;
import org.hanoinet.evidence.internal.EvidenceStore;
import org.hanoinet.evidence.internal.JdbcEvidence;
import org.hanoinet.evidence.internal.JdbcEvidence.Upload;
import org.hanoinet.node.NodeKeys;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evidence items of any size (arts. 40, 42–46): resumable upload by users, receipt from another node, encrypted
 * storage, reads chunk by chunk, the chain of custody, and deletion by crypto-shredding (art. 36).
 * <p>
 * <b>Upload.</b> {@link #startUpload} (a user) or {@link #startReceipt} (the node, for an item sent by another
 * node) announces an item; {@link #append} adds bytes at the current {@link #offset}; {@link #complete} closes it
 * once every byte is in. Bytes are cut into chunks of a fixed size per item; each complete chunk is hashed
 * (SHA-256), sealed with AES-256-GCM under the item's own data key and stored before the offset moves, so the
 * offset survives a crash or a restart and an interrupted upload resumes there. Bytes of a chunk not yet complete
 * are kept sealed as the upload's tail. The SHA-256 of the whole item is computed while streaming. Memory use is
 * about two chunks per append in progress, whatever the size of the file.
 * <p>
 * <b>Scoping.</b> Methods taking an {@link Actor} are for users: the actor's State must be a side of the case,
 * and an item is seen only by the State that holds it; otherwise {@link EvidenceNotFound} (or {@link CaseNotFound}).
 * Role checks (who may add, download, delete) are the caller's. Methods without an actor are for other modules
 * (the transfer to the counterpart node), never for display.
 * <p>
 * <b>Custody.</b> Every act is a {@link CustodyEvent} in the item's hash chain and a {@link CustodyRecorded}
 * leaf of the audit log, in the transaction of the act.
 */
@Service
public class EvidenceItems {

	/** How the node names itself when it acts without a user: receipts from another node, retention. */
	public static final String NODE_ACTOR = "hanoinet-node";

	private static final String NO_PREVIOUS = "0".repeat(64);

	private final JdbcEvidence db;

	private final EvidenceStore store;

	private final EvidenceKeys keys;

	private final CaseManagement cases;

	private final NodeKeys nodeKeys;

	private final EvidenceProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final Map<UploadId, Running> running = new ConcurrentHashMap<>();

	private final Map<UploadId, ReentrantLock> locks = new ConcurrentHashMap<>();

	/** Hash, seal and store the chunks of every upload while the request threads read the next bytes. */
	private final ExecutorService ingestWorkers;

	EvidenceItems(JdbcEvidence db, EvidenceStore store, EvidenceKeys keys, CaseManagement cases, NodeKeys nodeKeys,
			EvidenceProperties properties, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
		this.db = db;
		this.store = store;
		this.keys = keys;
		this.cases = cases;
		this.nodeKeys = nodeKeys;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
		this.ingestWorkers = Executors.newFixedThreadPool(properties.ingestWorkers(),
				Thread.ofPlatform().name("evidence-ingest-", 1).daemon(true).factory());
	}

	@PreDestroy
	void stopIngestWorkers() {
		ingestWorkers.shutdown();
	}

	/** The key id of this node, as custody events name it. */
	public String thisNode() {
		return nodeKeys.keyId();
	}

	/**
	 * A user of a side of the case announces a file of {@code size} bytes; the item will be held for the user's
	 * State and cut into chunks of the configured size.
	 */
	public UploadId startUpload(Actor actor, CaseId caseId, String fileName, String mediaType, long size) {
		cases.find(actor.state(), caseId);
		return start(caseId, fileName, mediaType, size, (int) properties.chunkSize().toBytes(), actor.state(), actor.user(),
				thisNode(), null, null, null, null);
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
		if (expectedSha256 != null && !isSha256(expectedSha256)) {
			throw new InvalidValue("sha256", "The expected SHA-256 must be 64 lower-case hex digits.");
		}
		long chunks = size <= 0 ? 0 : (size + chunkSize - 1) / chunkSize;
		if (expectedChunkSha256 != null
				&& (expectedChunkSha256.size() != chunks || !expectedChunkSha256.stream().allMatch(EvidenceItems::isSha256))) {
			throw new InvalidValue("chunkSha256", "Expected " + chunks + " chunk hashes of 64 lower-case hex digits.");
		}
		if (fromNode == null || fromNode.isBlank()) {
			throw new InvalidValue("fromNode", "Name the node the item comes from.");
		}
		return start(caseId, fileName, mediaType, size, chunkSize, request.requesting().state(), NODE_ACTOR, fromNode,
				fromNode, sourceItem, expectedSha256, expectedChunkSha256);
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
		return db.uploadsOf(caseId).stream().filter(upload -> upload.holder().equals(actor.state())).map(EvidenceItems::status).toList();
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
			try {
				return write(upload, bytes);
			}
			catch (RuntimeException | IOException | Error failure) {
				running.remove(id);
				throw failure;
			}
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
			Running digest = running(upload, keys.unwrap(upload.wrappedKey(), upload.item().value()));
			running.remove(id);
			String sha256 = HexFormat.of().formatHex(digest.digest.digest());
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
				record(stored, upload.fromNode() == null ? CustodyAction.ADDED : CustodyAction.RECEIVED, upload.actor(),
						thisNode(), details);
				return stored;
			});
			try {
				store.delete(tailKey(upload.item()));
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
		EvidenceItem item = scoped(actor, id);
		transactions.executeWithoutResult(status -> record(item, CustodyAction.VIEWED, actor.user(), thisNode(), Map.of()));
		return item;
	}

	/** The item's chain of custody, oldest first, for a user of the State that holds it. */
	public List<CustodyEvent> custody(Actor actor, EvidenceItemId id) {
		scoped(actor, id);
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
		return new java.io.ByteArrayInputStream(chunk(id, dataKey(item), index));
	}

	/** The whole item's decrypted bytes, read one chunk at a time (unscoped, for modules; records nothing). */
	public InputStream open(EvidenceItemId id) {
		EvidenceItem item = db.item(id).orElseThrow(() -> new EvidenceNotFound(id));
		return new ChunkedStream(item, dataKey(item));
	}

	/** A user downloads the item: records DOWNLOADED and returns its bytes, read one chunk at a time. */
	public InputStream download(Actor actor, EvidenceItemId id) {
		EvidenceItem item = scoped(actor, id);
		InputStream bytes = new ChunkedStream(item, dataKey(item));
		transactions.executeWithoutResult(status -> record(item, CustodyAction.DOWNLOADED, actor.user(), thisNode(), Map.of()));
		return bytes;
	}

	/**
	 * Adds an event to the item's chain of custody and a leaf to the audit log, e.g. OFFERED or TRANSFERRED by the
	 * transfer to the counterpart node.
	 *
	 * @param who the user id, or {@link #NODE_ACTOR}
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
	 * A user deletes the item: its bytes and its wrapped data key are destroyed (crypto-shredding, art. 36); its
	 * hashes and custody chain stay, so the audit log remains verifiable. Who may delete is the caller's check.
	 */
	public EvidenceItem delete(Actor actor, EvidenceItemId id, String reason) {
		scoped(actor, id);
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
				shred(item.id(), NODE_ACTOR, "retention period ended");
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
			record(item, CustodyAction.DELETED, who, thisNode(), Map.of("reason", reason));
			return db.item(id).orElseThrow();
		});
		try {
			store.deleteAll(itemPrefix(id));
		}
		catch (IOException failure) {
			// without its key the item cannot be read any more; the orphan chunks are noise, not data
			throw new UncheckedIOException("The key of item " + id + " was destroyed but its chunks could not all be removed", failure);
		}
		return deleted;
	}

	private EvidenceItem scoped(Actor actor, EvidenceItemId id) {
		EvidenceItem item = db.item(id).filter(found -> found.holder().equals(actor.state()))
			.orElseThrow(() -> new EvidenceNotFound(id));
		cases.find(actor.state(), item.caseId());
		return item;
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

	private long write(Upload upload, InputStream bytes) throws IOException {
		UUID item = upload.item().value();
		SecretKey key = keys.unwrap(upload.wrappedKey(), item);
		Running digest = running(upload, key);
		int bufferSize = (int) Math.min(upload.chunkSize(), upload.size());
		int firstChunk = upload.storedChunks();
		int startTail = upload.tailLength();
		int chunks = firstChunk;
		int fill = 0;
		IOException broken = null;
		List<String> expected = upload.expectedChunks();
		try (ChunkIngest ingest = new ChunkIngest(ingestWorkers, properties.ingestWorkers(), store, key, item, bufferSize,
				index -> chunkKey(upload.item(), index), index -> expected == null ? null : expected.get(index),
				chunk -> recordChunk(upload, chunk, chunk.index() == firstChunk ? startTail : 0))) {
			byte[] buffer = ingest.buffer();
			if (startTail > 0) {
				byte[] stored = ChunkCipher.open(key, item, firstChunk, ChunkCipher.TAIL, store.get(tailKey(upload.item())));
				System.arraycopy(stored, 0, buffer, 0, startTail);
				fill = startTail;
			}
			try {
				while (chunks < upload.chunks()) {
					int want = upload.chunkLength(chunks);
					int read;
					try {
						read = bytes.read(buffer, fill, want - fill);
					}
					catch (IOException interrupted) {
						broken = interrupted;
						break;
					}
					if (read < 0) {
						break;
					}
					digest.digest.update(buffer, fill, read);
					fill += read;
					if (fill < want) {
						continue;
					}
					ingest.submit(chunks, want);
					chunks++;
					fill = 0;
					buffer = ingest.buffer();
				}
				ingest.drain();
			}
			catch (ChunkIngest.ChunkMismatch mismatch) {
				ingest.close();
				int index = mismatch.index();
				restartChunk(upload, index, index == firstChunk ? startTail : 0);
				throw new IntegrityMismatch(index, "Chunk " + index + " has SHA-256 " + mismatch.sha256() + ", not "
						+ expected.get(index) + " as announced; it was not stored. Send it again from byte "
						+ (long) index * upload.chunkSize() + ".");
			}
			int tail = chunks == firstChunk ? startTail : 0;
			if (fill > tail) {
				byte[] sealed = new byte[fill + ChunkCipher.OVERHEAD];
				int length = ChunkCipher.seal(key, item, chunks, ChunkCipher.TAIL, buffer, fill, sealed);
				store.put(tailKey(upload.item()), sealed, length);
				if (!db.advance(upload.id(), chunks, tail, chunks, fill)) {
					throw new OffsetMismatch(upload.id(), -1, upload.offset());
				}
				tail = fill;
			}
			long offset = Math.min(upload.size(), (long) chunks * upload.chunkSize()) + tail;
			digest.offset = offset;
			running.put(upload.id(), digest);
			if (broken != null) {
				throw broken;
			}
			if (offset == upload.size() && bytes.read() >= 0) {
				throw new InvalidValue("bytes", "More bytes arrived than the " + upload.size() + " the upload announced; the extra bytes were not stored.");
			}
			return offset;
		}
	}

	/** Moves the upload's resume point past a chunk now durable in the store. */
	private void recordChunk(Upload upload, ChunkIngest.Stored chunk, int fromTail) {
		transactions.executeWithoutResult(status -> {
			db.addChunk(upload.item(), chunk.index(), chunk.sha256(), chunk.length());
			if (!db.advance(upload.id(), chunk.index(), fromTail, chunk.index() + 1, 0)) {
				throw new OffsetMismatch(upload.id(), -1, upload.offset());
			}
		});
	}

	/** Drops a refused chunk's bytes: the upload continues at the start of that chunk. */
	private void restartChunk(Upload upload, int index, int tail) throws IOException {
		running.remove(upload.id());
		if (tail > 0) {
			db.advance(upload.id(), index, tail, index, 0);
			store.delete(tailKey(upload.item()));
		}
	}

	private void discard(Upload upload) {
		transactions.executeWithoutResult(status -> {
			db.removeUpload(upload.id());
			db.removeChunks(upload.item());
		});
		try {
			store.deleteAll(itemPrefix(upload.item()));
			store.delete(tailKey(upload.item()));
		}
		catch (IOException failure) {
			throw new UncheckedIOException("Refused item " + upload.item() + " could not be removed from the store", failure);
		}
	}

	/** The running digest of the upload's stored bytes; rebuilt from the store after a restart. */
	private Running running(Upload upload, SecretKey key) throws UncheckedIOException {
		Running known = running.get(upload.id());
		if (known != null && known.offset == upload.offset()) {
			return known;
		}
		MessageDigest digest = sha256();
		UUID item = upload.item().value();
		try {
			for (int index = 0; index < upload.storedChunks(); index++) {
				digest.update(ChunkCipher.open(key, item, index, ChunkCipher.CHUNK, store.get(chunkKey(upload.item(), index))));
			}
			if (upload.tailLength() > 0) {
				digest.update(ChunkCipher.open(key, item, upload.storedChunks(), ChunkCipher.TAIL, store.get(tailKey(upload.item()))));
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("The stored bytes of upload " + upload.id() + " cannot be read", unreadable);
		}
		Running rebuilt = new Running(digest, upload.offset());
		running.put(upload.id(), rebuilt);
		return rebuilt;
	}

	private CustodyEvent record(EvidenceItem item, CustodyAction action, String who, String node, Map<String, String> details) {
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
		return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private SecretKey dataKey(EvidenceItem item) {
		byte[] wrapped = db.wrappedKey(item.id())
			.orElseThrow(() -> new EvidenceRefused("evidence-deleted", "The bytes of item " + item.id() + " were deleted; only its hashes remain."));
		return keys.unwrap(wrapped, item.id().value());
	}

	private byte[] chunk(EvidenceItemId id, SecretKey key, int index) {
		try {
			return ChunkCipher.open(key, id.value(), index, ChunkCipher.CHUNK, store.get(chunkKey(id, index)));
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("Chunk " + index + " of item " + id + " cannot be read", unreadable);
		}
	}

	private static UploadStatus status(Upload upload) {
		return new UploadStatus(upload.id(), upload.item(), upload.caseId(), upload.fileName(), upload.mediaType(), upload.size(),
				upload.offset(), upload.chunkSize(), upload.fromNode(), upload.startedAt());
	}

	private static String itemPrefix(EvidenceItemId item) {
		return "items/" + item + "/";
	}

	private static String chunkKey(EvidenceItemId item, int index) {
		return "items/" + item + "/" + String.format("%010d", index);
	}

	private static String tailKey(EvidenceItemId item) {
		return "uploads/" + item + "/tail";
	}

	private static boolean isSha256(String value) {
		return value != null && value.matches("[0-9a-f]{64}");
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException absent) {
			throw new IllegalStateException("Every Java runtime provides SHA-256.", absent);
		}
	}

	/** The SHA-256 state of an upload's bytes up to {@code offset}, kept between appends. */
	private static final class Running {

		private final MessageDigest digest;

		private long offset;

		private Running(MessageDigest digest, long offset) {
			this.digest = digest;
			this.offset = offset;
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
