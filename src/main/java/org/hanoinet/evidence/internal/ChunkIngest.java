package org.hanoinet.evidence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import javax.crypto.SecretKey;

/**
 * The chunks of one upload hashed, sealed and stored on worker threads while the caller reads the next bytes.
 * <p>
 * The caller fills {@link #buffer()} and hands it over with {@link #submit}; each chunk, once durable in the
 * store, is given to the caller's {@code recorder} on the caller's thread, always in index order, so that the
 * resume point only ever moves past stored chunks. At most
 * {@code depth} chunks are in flight, so an upload holds {@code depth + 1} plaintext and as many sealed buffers
 * whatever the size of the file. A chunk whose hash differs from the expected one is never stored. After a
 * failure, {@link #close()} waits until no worker touches the store any more, so that a resumed upload cannot
 * be overwritten by a late write of the failed one.
 */
public final class ChunkIngest implements AutoCloseable {

	/** A chunk now durable in the store, with the SHA-256 of its plaintext. */
	public record Stored(int index, int length, String sha256) {
	}

	/** Records a stored chunk (the resume point moves past it). */
	@FunctionalInterface
	public interface Recorder {

		void stored(Stored chunk);
	}

	/** A chunk whose plaintext does not have the SHA-256 its sender announced; nothing of it was stored. */
	public static final class ChunkMismatch extends RuntimeException {

		private final int index;

		private final String sha256;

		ChunkMismatch(int index, String sha256) {
			super("Chunk " + index + " has SHA-256 " + sha256);
			this.index = index;
			this.sha256 = sha256;
		}

		public int index() {
			return index;
		}

		public String sha256() {
			return sha256;
		}
	}

	private static final int SLICE = 64 * 1024;

	private final ExecutorService workers;

	private final int depth;

	private final EvidenceStore store;

	private final SecretKey key;

	private final UUID item;

	private final IntFunction<String> objectKey;

	private final IntFunction<String> expectedSha256;

	private final Recorder recorder;

	private final ArrayDeque<Slot> free = new ArrayDeque<>();

	private final ArrayDeque<Future<Stored>> inFlight = new ArrayDeque<>();

	private final ArrayDeque<Slot> inFlightSlots = new ArrayDeque<>();

	private Slot current;

	/**
	 * @param workers the threads that hash, seal and store (shared by all uploads of the node)
	 * @param depth how many chunks of this upload may be in flight at once (at least 1)
	 * @param bufferSize the chunk size of the upload (or its whole size when smaller)
	 * @param objectKey the store key of the chunk with the given index
	 * @param expectedSha256 the hash the chunk with the given index must have, or {@code null} when none is known
	 * @param recorder told of each stored chunk, in index order, on the thread that calls submit or drain
	 */
	public ChunkIngest(ExecutorService workers, int depth, EvidenceStore store, SecretKey key, UUID item, int bufferSize,
			IntFunction<String> objectKey, IntFunction<String> expectedSha256, Recorder recorder) {
		if (depth < 1) {
			throw new IllegalArgumentException("depth must be at least 1, not " + depth);
		}
		this.workers = workers;
		this.depth = depth;
		this.store = store;
		this.key = key;
		this.item = item;
		this.objectKey = objectKey;
		this.expectedSha256 = expectedSha256;
		this.recorder = recorder;
		this.current = new Slot(bufferSize);
	}

	/** The buffer the caller fills with the next chunk's plaintext. */
	public byte[] buffer() {
		return current.plain;
	}

	/**
	 * Hands over the filled buffer as chunk {@code index} of {@code length} bytes, after recording the chunks
	 * stored meanwhile. When {@code depth} chunks are already in flight, waits for the oldest first.
	 *
	 * @throws ChunkMismatch when a chunk does not have its expected hash (the chunks before it are recorded)
	 * @throws IOException when the store refused a chunk
	 */
	public void submit(int index, int length) throws IOException {
		while (inFlight.size() >= depth) {
			recorder.stored(awaitOldest());
		}
		Slot slot = current;
		inFlightSlots.add(slot);
		inFlight.add(workers.submit(() -> store(slot, index, length)));
		while (!inFlight.isEmpty() && inFlight.peek().isDone()) {
			recorder.stored(awaitOldest());
		}
		current = free.isEmpty() ? new Slot(slot.plain.length) : free.poll();
	}

	/**
	 * Waits for every chunk in flight and records them in order.
	 *
	 * @throws ChunkMismatch when a chunk does not have its expected hash (the chunks before it are recorded)
	 * @throws IOException when the store refused a chunk
	 */
	public void drain() throws IOException {
		while (!inFlight.isEmpty()) {
			recorder.stored(awaitOldest());
		}
	}

	/** Waits, without answering, until no chunk of this upload is being hashed, sealed or stored any more. */
	@Override
	public void close() {
		boolean interrupted = false;
		for (Future<Stored> pending : inFlight) {
			while (true) {
				try {
					pending.get();
					break;
				}
				catch (InterruptedException again) {
					interrupted = true;
				}
				catch (ExecutionException | CancellationException failedAnyway) {
					break;
				}
			}
		}
		inFlight.clear();
		inFlightSlots.clear();
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private Stored awaitOldest() throws IOException {
		Future<Stored> oldest = inFlight.poll();
		Slot slot = inFlightSlots.poll();
		try {
			Stored stored = oldest.get();
			free.add(slot);
			return stored;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while chunks of evidence item " + item + " were being stored", interrupted);
		}
		catch (ExecutionException failed) {
			switch (failed.getCause()) {
				case ChunkMismatch mismatch -> throw mismatch;
				case UncheckedIOException io -> throw io.getCause();
				case RuntimeException runtime -> throw runtime;
				case Error error -> throw error;
				default -> throw new IllegalStateException(failed.getCause());
			}
		}
	}

	private Stored store(Slot slot, int index, int length) {
		String sha256 = sha256(slot.plain, length);
		String expected = expectedSha256.apply(index);
		if (expected != null && !expected.equals(sha256)) {
			throw new ChunkMismatch(index, sha256);
		}
		int sealedLength = ChunkCipher.seal(key, item, index, ChunkCipher.CHUNK, slot.plain, length, slot.sealed);
		try {
			store.put(objectKey.apply(index), slot.sealed, sealedLength);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return new Stored(index, length, sha256);
	}

	private static String sha256(byte[] bytes, int length) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (int offset = 0; offset < length; offset += SLICE) {
				digest.update(bytes, offset, Math.min(SLICE, length - offset));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException absent) {
			throw new IllegalStateException("Every Java runtime provides SHA-256.", absent);
		}
	}

	/** A plaintext buffer and the buffer its sealed form is written to. */
	private static final class Slot {

		private final byte[] plain;

		private final byte[] sealed;

		private Slot(int size) {
			this.plain = new byte[size];
			this.sealed = new byte[size + ChunkCipher.OVERHEAD];
		}
	}
}
