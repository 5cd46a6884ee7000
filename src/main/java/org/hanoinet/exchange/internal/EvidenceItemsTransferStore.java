package org.hanoinet.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hanoinet.cooperation.CaseId;
import org.hanoinet.evidence.ChainOfCustody;
import org.hanoinet.evidence.CustodyAction;
import org.hanoinet.evidence.EvidenceItem;
import org.hanoinet.evidence.EvidenceItemId;
import org.hanoinet.evidence.EvidenceItems;
import org.hanoinet.evidence.UploadId;
import org.hanoinet.evidence.Uploads;
import org.hanoinet.exchange.EvidenceManifest;
import org.springframework.stereotype.Component;

/**
 * The evidence module as the transfer uses it: items are described and read chunk by chunk (decrypted) on the
 * sending node, and received through a resumable receipt that re-encrypts them under this node's own key.
 */
@Component
class EvidenceItemsTransferStore implements EvidenceTransferStore {

	private final EvidenceItems items;

	private final Uploads uploads;

	private final ChainOfCustody custody;

	EvidenceItemsTransferStore(EvidenceItems items, Uploads uploads, ChainOfCustody custody) {
		this.items = items;
		this.uploads = uploads;
		this.custody = custody;
	}

	@Override
	public Optional<EvidenceManifest.Item> describe(UUID caseId, UUID itemId) {
		return items.find(new EvidenceItemId(itemId))
			.filter(item -> item.caseId().value().equals(caseId))
			.filter(item -> item.status() == org.hanoinet.evidence.EvidenceStatus.STORED)
			.map(EvidenceItemsTransferStore::described);
	}

	@Override
	public InputStream openChunk(UUID itemId, int index) {
		return items.openChunk(new EvidenceItemId(itemId), index);
	}

	@Override
	public void offered(UUID itemId, String recipient, UUID packageId, String actor) {
		custody.recordCustody(new EvidenceItemId(itemId), CustodyAction.OFFERED, actor, null,
				Map.of("recipientNode", recipient, "package", packageId.toString()));
	}

	@Override
	public void transferred(UUID itemId, String recipient, UUID packageId, String sha256) {
		custody.recordCustody(new EvidenceItemId(itemId), CustodyAction.TRANSFERRED, EvidenceItems.NODE_ACTOR, null,
				Map.of("recipientNode", recipient, "package", packageId.toString(), "receivedSha256", sha256));
	}

	@Override
	public String startReceipt(UUID caseId, EvidenceManifest.Item item, String fromNode) {
		return uploads.startReceipt(new CaseId(caseId), item.fileName(), item.mediaType(), item.size(), item.chunkSize(),
				item.sha256(), item.chunkSha256(), fromNode, new EvidenceItemId(item.id())).toString();
	}

	@Override
	public long offset(String uploadId) {
		return uploads.offset(UploadId.of(uploadId));
	}

	@Override
	public void append(String uploadId, long offset, InputStream bytes) {
		try {
			uploads.append(UploadId.of(uploadId), offset, bytes);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	@Override
	public Stored complete(String uploadId) {
		EvidenceItem item = uploads.complete(UploadId.of(uploadId));
		return new Stored(item.id().value(), item.sha256());
	}

	private static EvidenceManifest.Item described(EvidenceItem item) {
		return new EvidenceManifest.Item(item.id().value(), item.fileName(), item.mediaType(), item.size(), item.sha256(),
				item.chunkSize(), item.chunkSha256());
	}
}
