package org.hanoinet.evidence.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Objects as files under a directory (by default {@code evidence/} in the data directory): written to a
 * temporary file, forced to disk, then moved into place atomically, and the directory forced to disk too.
 */
public class FileSystemStore implements EvidenceStore {

	private final Path root;

	public FileSystemStore(Path root) {
		this.root = root;
	}

	@Override
	public void put(String key, byte[] bytes, int length) throws IOException {
		Path target = path(key);
		Files.createDirectories(target.getParent());
		Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
		Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		// The rename is durable only once the directory is: without this a crash could lose a chunk recorded as stored.
		try (FileChannel directory = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
			directory.force(true);
		}
	}

	@Override
	public byte[] get(String key) throws IOException {
		return Files.readAllBytes(path(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(path(key));
	}

	@Override
	public void deleteAll(String prefix) throws IOException {
		Path directory = path(prefix);
		if (!Files.isDirectory(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				try {
					Files.delete(file);
				}
				catch (NoSuchFileException gone) {
					// deleted meanwhile: nothing left to do
				}
			}
		}
	}

	private Path path(String key) {
		Path resolved = root.resolve(key).normalize();
		if (!resolved.startsWith(root.normalize())) {
			throw new IllegalArgumentException("Object key " + key + " leaves the evidence directory");
		}
		return resolved;
	}
}
