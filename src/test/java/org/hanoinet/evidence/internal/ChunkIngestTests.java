package org.hanoinet.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Chunks hashed, sealed and stored by workers come back in order, and nothing after a failure is recorded. */
class ChunkIngestTests {

	static final int CHUNK = 64 * 1024;

	final ExecutorService workers = Executors.newFixedThreadPool(3);

	final UUID item = UUID.randomUUID();

	final Map<String, byte[]> objects = new ConcurrentHashMap<>();

	final List<ChunkIngest.Stored> recorded = new ArrayList<>();

	@AfterEach
	void stopWorkers() {
		workers.shutdownNow();
	}

	@Test
	void recordsEveryChunkInOrderAndEachOpensToItsPlaintext() throws Exception {
		SecretKey key = key();
		try (ChunkIngest ingest = ingest(key, memoryStore(-1), index -> null, 3)) {
			for (int index = 0; index < 20; index++) {
				fill(ingest.buffer(), index);
				ingest.submit(index, CHUNK);
			}
			ingest.drain();
		}

		assertThat(recorded).extracting(ChunkIngest.Stored::index)
			.containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
		for (ChunkIngest.Stored chunk : recorded) {
			byte[] expected = new byte[CHUNK];
			fill(expected, chunk.index());
			assertThat(ChunkCipher.open(key, item, chunk.index(), ChunkCipher.CHUNK, objects.get("c" + chunk.index())))
				.isEqualTo(expected);
		}
	}

	@Test
	void aChunkWithTheWrongHashIsNotStoredAndOnlyTheChunksBeforeItAreRecorded() throws Exception {
		try (ChunkIngest ingest = ingest(key(), memoryStore(-1), index -> index == 4 ? "0".repeat(64) : null, 2)) {
			assertThatThrownBy(() -> submitTen(ingest))
				.isInstanceOfSatisfying(ChunkIngest.ChunkMismatch.class, mismatch -> assertThat(mismatch.index()).isEqualTo(4));
		}

		assertThat(recorded).extracting(ChunkIngest.Stored::index).containsExactly(0, 1, 2, 3);
		assertThat(objects).doesNotContainKey("c4");
	}

	@Test
	void aStoreFailureStopsTheRecordsAtTheChunkBeforeIt() throws Exception {
		try (ChunkIngest ingest = ingest(key(), memoryStore(6), index -> null, 2)) {
			assertThatThrownBy(() -> submitTen(ingest)).isInstanceOf(IOException.class).hasMessageContaining("disk full");
		}

		assertThat(recorded).extracting(ChunkIngest.Stored::index).containsExactly(0, 1, 2, 3, 4, 5);
	}

	private static void submitTen(ChunkIngest ingest) throws IOException {
		for (int index = 0; index < 10; index++) {
			fill(ingest.buffer(), index);
			ingest.submit(index, CHUNK);
		}
		ingest.drain();
	}

	private ChunkIngest ingest(SecretKey key, EvidenceStore store, IntFunction<String> expected, int depth) {
		return new ChunkIngest(workers, depth, store, key, item, CHUNK, index -> "c" + index, expected, recorded::add);
	}

	/** A store in memory that fails on the chunk with the given index (never when negative). */
	private EvidenceStore memoryStore(int failAt) {
		return new EvidenceStore() {

			@Override
			public void put(String key, byte[] bytes, int length) throws IOException {
				if (key.equals("c" + failAt)) {
					throw new IOException("disk full");
				}
				objects.put(key, Arrays.copyOf(bytes, length));
			}

			@Override
			public byte[] get(String key) {
				return objects.get(key);
			}

			@Override
			public void delete(String key) {
				objects.remove(key);
			}

			@Override
			public void deleteAll(String prefix) {
				objects.keySet().removeIf(key -> key.startsWith(prefix));
			}
		};
	}

	private static void fill(byte[] buffer, int index) {
		for (int i = 0; i < buffer.length; i++) {
			buffer[i] = (byte) (i * 7 + index);
		}
	}

	private static SecretKey key() throws Exception {
		KeyGenerator generator = KeyGenerator.getInstance("AES");
		generator.init(256);
		return generator.generateKey();
	}
}
