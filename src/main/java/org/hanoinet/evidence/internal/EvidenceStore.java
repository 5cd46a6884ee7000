package org.hanoinet.evidence.internal;

import java.io.IOException;

import org.hanoinet.evidence.EvidenceItemId;

/**
 * Where the sealed chunks of evidence items are kept, as objects named by keys such as
 * {@code items/<item>/000000000003}. Objects are small (one chunk); {@link #put} returns only once the object is
 * durable, so the offset recorded after it is a safe resume point.
 */
public interface EvidenceStore {

	/** Stores the first {@code length} bytes of {@code bytes} under the key, durably, replacing any object there. */
	void put(String key, byte[] bytes, int length) throws IOException;

	/** The object under the key. */
	byte[] get(String key) throws IOException;

	/** Removes the object under the key, if any. */
	void delete(String key) throws IOException;

	/** Removes every object whose key starts with the prefix. */
	void deleteAll(String prefix) throws IOException;

	/** The prefix of every object of the item: its sealed chunks. */
	static String itemPrefix(EvidenceItemId item) {
		return "items/" + item + "/";
	}

	/** The object of the item's complete chunk {@code index}. */
	static String chunkKey(EvidenceItemId item, int index) {
		return "items/" + item + "/" + String.format("%010d", index);
	}

	/** The object of the sealed bytes of an interrupted upload's last, incomplete chunk. */
	static String tailKey(EvidenceItemId item) {
		return "uploads/" + item + "/tail";
	}
}
