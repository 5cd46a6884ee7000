package org.hanoinet.evidence;

import java.time.Instant;
import java.util.List;

import org.hanoinet.cooperation.CaseId;
import org.hanoinet.shared.CountryCode;

/**
 * One file of electronic evidence obtained through cooperation (arts. 40, 42–46), held for a case. Its bytes are
 * cut into chunks of {@code chunkSize} bytes (the last one shorter), each with its SHA-256, so that a transfer can
 * verify and resume chunk by chunk; {@code sha256} is the hash of the whole file.
 *
 * @param id the item's id, the same on every node that holds it
 * @param caseId the case it belongs to
 * @param fileName the file name given at upload
 * @param mediaType the media type given at upload
 * @param size the number of bytes
 * @param sha256 SHA-256 of the whole file, lower-case hex
 * @param chunkSize the size of every chunk but the last
 * @param chunkSha256 SHA-256 of each chunk, in order, lower-case hex
 * @param addedAt when the item was completed on this node
 * @param originNode key id ({@code NodeKeys.keyId()}) of the node where the item was first added
 * @param holder the State for which this node holds the item (retention is counted for it)
 * @param status whether the bytes are still held
 */
public record EvidenceItem(EvidenceItemId id, CaseId caseId, String fileName, String mediaType, long size, String sha256,
		int chunkSize, List<String> chunkSha256, Instant addedAt, String originNode, CountryCode holder,
		EvidenceStatus status) {

	public EvidenceItem {
		chunkSha256 = List.copyOf(chunkSha256);
	}

	/** The number of chunks: at least one, even for an empty file. */
	public int chunks() {
		return chunkSha256.size();
	}

	/** The size of chunk {@code index}. */
	public long chunkLength(int index) {
		return Math.min(chunkSize, size - (long) index * chunkSize);
	}
}
