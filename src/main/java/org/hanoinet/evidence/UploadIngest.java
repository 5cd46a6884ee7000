package org.hanoinet.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.crypto.SecretKey;

import org.hanoinet.evidence.internal.ChunkCipher;
import org.hanoinet.evidence.internal.ChunkIngest;
import org.hanoinet.evidence.internal.EvidenceKeys;
import org.hanoinet.evidence.internal.EvidenceStore;
import org.hanoinet.evidence.internal.JdbcEvidence;
import org.hanoinet.evidence.internal.JdbcEvidence.Upload;
import org.hanoinet.shared.InvalidValue;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams the bytes of an upload into the store for {@link Uploads}: cuts them into chunks, has each complete
 * chunk hashed, sealed and stored by the ingest workers before the upload's offset moves past it, keeps the sealed
 * tail of a chunk not yet complete, and keeps the SHA-256 of the bytes so far between appends (rebuilt from the
 * store after a restart). The caller holds the upload's lock.
 */
final class UploadIngest {

	private final JdbcEvidence db;

	private final EvidenceStore store;

	private final EvidenceKeys keys;

	private final int workers;

	private final TransactionTemplate transactions;

	private final Map<UploadId, Running> running = new ConcurrentHashMap<>();

	/** Hash, seal and store the chunks of every upload while the request threads read the next bytes. */
	private final ExecutorService ingestWorkers;

	UploadIngest(JdbcEvidence db, EvidenceStore store, EvidenceKeys keys, int workers, TransactionTemplate transactions) {
		this.db = db;
		this.store = store;
		this.keys = keys;
		this.workers = workers;
		this.transactions = transactions;
		this.ingestWorkers = Executors.newFixedThreadPool(workers,
				Thread.ofPlatform().name("evidence-ingest-", 1).daemon(true).factory());
	}

	void stop() {
		ingestWorkers.shutdown();
	}

	/**
	 * Stores the bytes at the upload's offset; returns the new offset. After a failure the running digest is
	 * dropped, to be rebuilt from what the store holds.
	 */
	long write(Upload upload, InputStream bytes) throws IOException {
		try {
			return writeChunks(upload, bytes);
		}
		catch (RuntimeException | IOException | Error failure) {
			running.remove(upload.id());
			throw failure;
		}
	}

	/** The SHA-256 of every byte of a complete upload, in hex; the running digest is dropped. */
	String sha256(Upload upload) {
		Running digest = running(upload, keys.unwrap(upload.wrappedKey(), upload.item().value()));
		running.remove(upload.id());
		return HexFormat.of().formatHex(digest.digest.digest());
	}

	private long writeChunks(Upload upload, InputStream bytes) throws IOException {
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
		try (ChunkIngest ingest = new ChunkIngest(ingestWorkers, workers, store, key, item, bufferSize,
				index -> EvidenceStore.chunkKey(upload.item(), index), index -> expected == null ? null : expected.get(index),
				chunk -> recordChunk(upload, chunk, chunk.index() == firstChunk ? startTail : 0))) {
			byte[] buffer = ingest.buffer();
			if (startTail > 0) {
				byte[] stored = ChunkCipher.open(key, item, firstChunk, ChunkCipher.TAIL, store.get(EvidenceStore.tailKey(upload.item())));
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
				store.put(EvidenceStore.tailKey(upload.item()), sealed, length);
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
			store.delete(EvidenceStore.tailKey(upload.item()));
		}
	}

	/** The running digest of the upload's stored bytes; rebuilt from the store after a restart. */
	private Running running(Upload upload, SecretKey key) throws UncheckedIOException {
		Running known = running.get(upload.id());
		if (known != null && known.offset == upload.offset()) {
			return known;
		}
		MessageDigest digest = Sha256.newDigest();
		UUID item = upload.item().value();
		try {
			for (int index = 0; index < upload.storedChunks(); index++) {
				digest.update(ChunkCipher.open(key, item, index, ChunkCipher.CHUNK, store.get(EvidenceStore.chunkKey(upload.item(), index))));
			}
			if (upload.tailLength() > 0) {
				digest.update(ChunkCipher.open(key, item, upload.storedChunks(), ChunkCipher.TAIL, store.get(EvidenceStore.tailKey(upload.item()))));
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("The stored bytes of upload " + upload.id() + " cannot be read", unreadable);
		}
		Running rebuilt = new Running(digest, upload.offset());
		running.put(upload.id(), rebuilt);
		return rebuilt;
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
}
