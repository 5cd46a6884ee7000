package org.hanoinet.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.evidence.CustodyEvent;
import org.hanoinet.evidence.CustodyExport;
import org.hanoinet.evidence.EvidenceItem;
import org.hanoinet.evidence.EvidenceItemId;
import org.hanoinet.evidence.EvidenceItems;
import org.hanoinet.evidence.EvidenceRetention;
import org.hanoinet.evidence.EvidenceNotFound;
import org.hanoinet.evidence.UploadStatus;
import org.hanoinet.evidence.Uploads;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The evidence of a case for national case systems: list, details (a VIEWED custody event), download (DOWNLOADED),
 * custody chain, CASE/UCO export per item and per case, deletion (crypto-shredding). Upload is {@link EvidenceUploads}
 * (tus). Everything is scoped to the caller's State.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseId}/evidence")
@Tag(name = "Evidence")
class EvidenceApi {

	static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

	private final EvidenceItems evidence;

	private final Uploads uploads;

	private final EvidenceRetention retention;

	private final CustodyExport export;

	private final EvidenceActors actors;

	EvidenceApi(EvidenceItems evidence, Uploads uploads, EvidenceRetention retention, CustodyExport export,
			EvidenceActors actors) {
		this.evidence = evidence;
		this.uploads = uploads;
		this.retention = retention;
		this.export = export;
		this.actors = actors;
	}

	/** An item as the API shows it. */
	record ItemView(String id, String caseId, String fileName, String mediaType, long size, String sha256, int chunkSize,
			List<String> chunkSha256, Instant addedAt, String originNode, String holder, String status) {

		static ItemView of(EvidenceItem item) {
			return new ItemView(item.id().toString(), item.caseId().toString(), item.fileName(), item.mediaType(), item.size(),
					item.sha256(), item.chunkSize(), item.chunkSha256(), item.addedAt(), item.originNode(), item.holder().toString(),
					item.status().name());
		}
	}

	/** An upload in progress. */
	record UploadView(String id, String item, String fileName, long size, long offset, Instant startedAt) {

		static UploadView of(UploadStatus upload) {
			return new UploadView(upload.id().toString(), upload.item().toString(), upload.fileName(), upload.size(),
					upload.offset(), upload.startedAt());
		}
	}

	/** A link of the custody chain. */
	record CustodyView(long sequence, String action, String who, String node, Instant at, String itemSha256,
			Map<String, String> details, String previousHash, String hash) {

		static CustodyView of(CustodyEvent event) {
			return new CustodyView(event.sequence(), event.action().name(), event.who(), event.node(), event.at(),
					event.itemSha256(), event.details(), event.previousHash(), event.hash());
		}
	}

	/** The items of the case and the uploads in progress. */
	record CaseEvidence(List<ItemView> items, List<UploadView> uploads) {
	}

	@GetMapping
	@Operation(summary = "The evidence items of the case held by the caller's State, and uploads in progress")
	CaseEvidence list(@PathVariable String caseId) {
		Actor reader = actors.reader();
		CaseId id = CaseId.of(caseId);
		return new CaseEvidence(evidence.ofCase(reader, id).stream().map(ItemView::of).toList(),
				uploads.uploadsOf(reader, id).stream().map(UploadView::of).toList());
	}

	@GetMapping("/{itemId}")
	@Operation(summary = "One item with its hashes (recorded as VIEWED in its custody chain)")
	ItemView item(@PathVariable String caseId, @PathVariable String itemId) {
		return ItemView.of(evidence.get(actors.handler(), owned(caseId, itemId)));
	}

	@GetMapping("/{itemId}/content")
	@Operation(summary = "Download the item's bytes, decrypted and authenticated chunk by chunk (recorded as DOWNLOADED)")
	void content(@PathVariable String caseId, @PathVariable String itemId, HttpServletResponse response) throws IOException {
		stream(evidence, actors.handler(), owned(caseId, itemId), response);
	}

	@GetMapping("/{itemId}/custody")
	@Operation(summary = "The item's hash-chained custody events, oldest first")
	List<CustodyView> custody(@PathVariable String caseId, @PathVariable String itemId) {
		return evidence.custody(actors.reader(), owned(caseId, itemId)).stream().map(CustodyView::of).toList();
	}

	@GetMapping("/{itemId}/case-uco")
	@Operation(summary = "The item's chain of custody as CASE 1.x / UCO JSON-LD")
	ResponseEntity<Map<String, Object>> itemExport(@PathVariable String caseId, @PathVariable String itemId) {
		return ResponseEntity.ok().contentType(JSON_LD).body(export.item(actors.reader(), owned(caseId, itemId)));
	}

	@GetMapping("/case-uco")
	@Operation(summary = "The chains of custody of every item of the case as CASE 1.x / UCO JSON-LD")
	ResponseEntity<Map<String, Object>> caseExport(@PathVariable String caseId) {
		return ResponseEntity.ok().contentType(JSON_LD).body(export.ofCase(actors.reader(), CaseId.of(caseId)));
	}

	@DeleteMapping("/{itemId}")
	@Operation(summary = "Delete the item: its bytes and data key are destroyed, its hashes and custody chain stay")
	ItemView delete(@PathVariable String caseId, @PathVariable String itemId, @RequestParam(required = false) String reason) {
		return ItemView.of(retention.delete(actors.deleter(), owned(caseId, itemId), reason));
	}

	private EvidenceItemId owned(String caseId, String itemId) {
		EvidenceItemId id = EvidenceItemId.of(itemId);
		CaseId owner = CaseId.of(caseId);
		if (evidence.find(id).filter(item -> item.caseId().equals(owner)).isEmpty()) {
			throw new EvidenceNotFound(id);
		}
		return id;
	}

	/** Writes the item's bytes to the response as an attachment, one chunk in memory at a time. */
	static void stream(EvidenceItems evidence, Actor actor, EvidenceItemId id, HttpServletResponse response) throws IOException {
		EvidenceItem item = evidence.find(id).orElseThrow(() -> new EvidenceNotFound(id));
		try (InputStream bytes = evidence.download(actor, id)) {
			response.setContentType(item.mediaType());
			response.setContentLengthLong(item.size());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(item.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString());
			response.setHeader("Evidence-Sha256", item.sha256());
			bytes.transferTo(response.getOutputStream());
		}
	}
}
