package org.hanoinet.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.crypto.SecretKey;

import org.hanoinet.evidence.internal.ChunkIngest;
import org.hanoinet.evidence.internal.EvidenceKeys;
import org.hanoinet.evidence.internal.EvidenceStore;
import org.hanoinet.evidence.internal.FileSystemStore;

/**
 * Ingest throughput of evidence (SHA-256 of the whole file and of each 8 MiB chunk, AES-256-GCM per chunk under
 * a fresh data key, durable write to the filesystem store: the work {@code Uploads.append} does, through the
 * same {@link ChunkIngest}, without the database row of each chunk) as a ratio to {@code openssl dgst -sha256} on the same file, and the
 * peak RSS (VmHWM) of the ingesting JVM (-Xmx256m), for each file size given in GiB (default 1 and 8); and the
 * same without the store, which tells the disk's share from the hashing and sealing.
 * <p>
 * Run: {@code ./hanoinet bench-evidence 1 8}
 */
public final class IngestBenchmark {

	static final int CHUNK = 8 * 1024 * 1024;

	/** As {@code hanoinet.evidence.ingest-workers} by default. */
	static final int WORKERS = 2;

	private IngestBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("--child")) {
			child(Path.of(args[1]), Path.of(args[2]), Boolean.parseBoolean(args[3]));
			return;
		}
		List<Long> sizes = new ArrayList<>();
		for (String arg : args.length == 0 ? new String[] { "1", "8" } : args) {
			sizes.add(Long.parseLong(arg) * 1024 * 1024 * 1024);
		}
		Path directory = Path.of("target/bench-evidence-" + UUID.randomUUID()).toAbsolutePath();
		Files.createDirectories(directory);
		System.out.printf("%-8s %-22s %10s %10s %12s %8s %14s%n", "size", "ingest", "openssl s", "ingest s", "ingest MB/s", "ratio",
				"peak RSS MiB");
		try {
			for (long size : sizes) {
				Path file = directory.resolve("input-" + size + ".bin");
				write(file, size);
				opensslSeconds(file);
				double openssl = opensslSeconds(file);
				for (boolean durable : new boolean[] { true, false }) {
					Path store = directory.resolve("store");
					long[] peak = new long[1];
					double ingest = ingestSeconds(file, store, durable, peak);
					System.out.printf("%-8s %-22s %10.2f %10.2f %12.0f %7.0f%% %14d%n", size / (1024 * 1024 * 1024) + " GiB",
							durable ? "hash+seal+store" : "hash+seal (no store)", openssl, ingest, size / ingest / 1e6,
							100 * openssl / ingest, peak[0] / 1024);
					delete(store);
				}
				Files.delete(file);
			}
		}
		finally {
			delete(directory);
		}
	}

	/** A file of pseudo-random bytes (one random 8 MiB block, each copy stamped with its index). */
	private static void write(Path file, long size) throws IOException {
		byte[] block = new byte[CHUNK];
		new Random(42).nextBytes(block);
		try (OutputStream out = Files.newOutputStream(file)) {
			for (long written = 0, index = 0; written < size; index++) {
				block[0] = (byte) index;
				block[1] = (byte) (index >> 8);
				int length = (int) Math.min(CHUNK, size - written);
				out.write(block, 0, length);
				written += length;
			}
		}
	}

	private static double opensslSeconds(Path file) throws Exception {
		long start = System.nanoTime();
		Process openssl = new ProcessBuilder("openssl", "dgst", "-sha256", file.toString()).redirectErrorStream(true).start();
		openssl.getInputStream().readAllBytes();
		if (openssl.waitFor() != 0) {
			throw new IllegalStateException("openssl dgst failed");
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/** Runs the ingest in a child JVM with a 256 MiB heap, polling its VmHWM (kB) while it runs. */
	private static double ingestSeconds(Path file, Path store, boolean durable, long[] peakKb) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				IngestBenchmark.class.getName(), "--child", file.toString(), store.toString(), Boolean.toString(durable))
			.redirectError(ProcessBuilder.Redirect.INHERIT).start();
		Path status = Path.of("/proc/" + child.pid() + "/status");
		while (!child.waitFor(50, TimeUnit.MILLISECONDS)) {
			try {
				for (String line : Files.readAllLines(status)) {
					if (line.startsWith("VmHWM:")) {
						peakKb[0] = Math.max(peakKb[0], Long.parseLong(line.replaceAll("\\D", "")));
					}
				}
			}
			catch (IOException exited) {
				// the child ended between waitFor and the read
			}
		}
		String out = new String(child.getInputStream().readAllBytes()).strip();
		if (child.exitValue() != 0) {
			throw new IllegalStateException("The ingest failed: " + out);
		}
		return Double.parseDouble(out.split(" ")[0]);
	}

	/**
	 * The child: ingests the file as {@code Uploads.append} does, with the same {@link ChunkIngest} (whole-file
	 * hash on the reading thread; each chunk hashed, sealed and stored durably by two workers), and prints the
	 * seconds it took and the whole-file hash. Only the database row of each chunk is left out. Without
	 * {@code durable}, sealed chunks are dropped instead of stored: the compute part alone, apart from the disk.
	 */
	private static void child(Path file, Path storeDirectory, boolean durable) throws Exception {
		EvidenceKeys keys = new EvidenceKeys(storeDirectory.resolve("keys/evidence-kek.key"));
		EvidenceStore store = durable ? new FileSystemStore(storeDirectory) : new Discarding();
		UUID item = UUID.randomUUID();
		SecretKey key = keys.newDataKey();
		keys.wrap(key, item);
		MessageDigest whole = MessageDigest.getInstance("SHA-256");
		ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
		long[] stored = new long[1];
		long start = System.nanoTime();
		try (InputStream in = Files.newInputStream(file);
				ChunkIngest ingest = new ChunkIngest(workers, WORKERS, store, key, item, CHUNK,
						index -> "items/" + item + "/" + String.format("%010d", index), index -> null, chunk -> stored[0]++)) {
			for (int index = 0;; index++) {
				byte[] buffer = ingest.buffer();
				int fill = 0;
				while (fill < CHUNK) {
					int read = in.read(buffer, fill, Math.min(64 * 1024, CHUNK - fill));
					if (read < 0) {
						break;
					}
					whole.update(buffer, fill, read);
					fill += read;
				}
				if (fill == 0) {
					break;
				}
				ingest.submit(index, fill);
			}
			ingest.drain();
		}
		finally {
			workers.shutdown();
		}
		String hash = HexFormat.of().formatHex(whole.digest());
		System.out.println((System.nanoTime() - start) / 1e9 + " " + hash + " " + stored[0]);
	}

	/** A store that keeps nothing, to measure hashing and sealing apart from the disk. */
	private static final class Discarding implements EvidenceStore {

		@Override
		public void put(String key, byte[] bytes, int length) {
		}

		@Override
		public byte[] get(String key) {
			throw new UnsupportedOperationException("nothing is kept");
		}

		@Override
		public void delete(String key) {
		}

		@Override
		public void deleteAll(String prefix) {
		}
	}

	private static void delete(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}
}
