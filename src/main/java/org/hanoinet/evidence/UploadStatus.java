package org.hanoinet.evidence;

import java.time.Instant;

import org.hanoinet.cooperation.CaseId;

/**
 * An upload in progress, as a client resuming it or a progress bar sees it.
 *
 * @param id the upload
 * @param item the id the item will have once complete
 * @param caseId its case
 * @param fileName the file name
 * @param mediaType the media type
 * @param size the announced size in bytes
 * @param offset the bytes durably stored so far: the point to resume from
 * @param chunkSize the chunk size of the item
 * @param fromNode the node sending the item, for a receipt from another node; null for an upload by a user
 * @param startedAt when the upload started
 */
public record UploadStatus(UploadId id, EvidenceItemId item, CaseId caseId, String fileName, String mediaType, long size,
		long offset, int chunkSize, String fromNode, Instant startedAt) {

	/** Whether every byte is in, so that the upload can be completed. */
	public boolean allBytesIn() {
		return offset == size;
	}
}
