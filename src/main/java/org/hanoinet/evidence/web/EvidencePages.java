package org.hanoinet.evidence.web;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseNotFound;
import org.hanoinet.evidence.ChainOfCustody;
import org.hanoinet.evidence.CustodyEvent;
import org.hanoinet.evidence.CustodyExport;
import org.hanoinet.evidence.EvidenceItem;
import org.hanoinet.evidence.EvidenceItemId;
import org.hanoinet.evidence.EvidenceItems;
import org.hanoinet.evidence.EvidenceNotFound;
import org.hanoinet.evidence.EvidenceRefused;
import org.hanoinet.evidence.EvidenceRetention;
import org.hanoinet.evidence.Uploads;
import org.hanoinet.identity.AccessRefused;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence section of a case: items with sizes and hashes, uploads in progress with their progress, the
 * resumable uploader, each item's custody timeline, download, CASE/UCO export and deletion for the right roles.
 */
@Controller
class EvidencePages {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

	private static final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final EvidenceItems evidence;

	private final Uploads uploads;

	private final EvidenceRetention retention;

	private final CustodyExport export;

	private final CaseManagement cases;

	private final EvidenceActors actors;

	EvidencePages(EvidenceItems evidence, Uploads uploads, EvidenceRetention retention, CustodyExport export,
			CaseManagement cases, EvidenceActors actors) {
		this.evidence = evidence;
		this.uploads = uploads;
		this.retention = retention;
		this.export = export;
		this.cases = cases;
		this.actors = actors;
	}

	/** An item as a row of the list. */
	record ItemRow(String id, String fileName, String mediaType, String size, long bytes, String sha256, int chunks,
			String addedAt, String status) {

		static ItemRow of(EvidenceItem item) {
			return new ItemRow(item.id().toString(), item.fileName(), item.mediaType(), human(item.size()), item.size(),
					item.sha256(), item.chunks(), TIME.format(item.addedAt()), item.status().name());
		}
	}

	/** An upload in progress with its progress. */
	record UploadRow(String fileName, String size, long offset, long bytes, int percent) {
	}

	/** A link of the custody timeline. */
	record CustodyRow(long sequence, String action, String who, String node, String at, String hash, String previousHash,
			List<String> details) {

		static CustodyRow of(CustodyEvent event) {
			return new CustodyRow(event.sequence(), event.action().name(), event.who(), event.node(), TIME.format(event.at()),
					event.hash(), event.previousHash(),
					new java.util.TreeMap<>(event.details()).entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue()).toList());
		}
	}

	@GetMapping("/cases/{caseId}/evidence")
	String list(@PathVariable String caseId, @RequestParam(required = false) String deleted, Model model) {
		Actor reader = actors.reader();
		CaseId id = CaseId.of(caseId);
		Case request = cases.find(reader.state(), id);
		model.addAttribute("caseId", caseId);
		model.addAttribute("type", request.type());
		model.addAttribute("items", evidence.ofCase(reader, id).stream().map(ItemRow::of).toList());
		model.addAttribute("uploads", uploads.uploadsOf(reader, id).stream()
			.map(upload -> new UploadRow(upload.fileName(), human(upload.size()), upload.offset(), upload.size(),
					(int) (upload.offset() * 100 / upload.size())))
			.toList());
		model.addAttribute("mayAdd", actors.handles());
		model.addAttribute("mayDelete", actors.deletes());
		model.addAttribute("deleted", deleted != null);
		return "evidence/list";
	}

	@GetMapping("/cases/{caseId}/evidence/{itemId}")
	String item(@PathVariable String caseId, @PathVariable String itemId, Model model) {
		EvidenceItemId id = owned(caseId, itemId);
		EvidenceItem item = actors.handles() ? evidence.get(actors.handler(), id) : evidence.find(id).orElseThrow();
		List<CustodyEvent> chain = evidence.custody(actors.reader(), id);
		model.addAttribute("caseId", caseId);
		model.addAttribute("item", ItemRow.of(item));
		model.addAttribute("chunkHashes", item.chunkSha256());
		model.addAttribute("custody", chain.stream().map(CustodyRow::of).toList());
		model.addAttribute("chainIntact", intact(chain));
		model.addAttribute("mayDownload", actors.handles() && item.status().name().equals("STORED"));
		model.addAttribute("mayDelete", actors.deletes() && item.status().name().equals("STORED"));
		return "evidence/item";
	}

	@GetMapping("/cases/{caseId}/evidence/{itemId}/content")
	void download(@PathVariable String caseId, @PathVariable String itemId, HttpServletResponse response) throws IOException {
		EvidenceApi.stream(evidence, actors.handler(), owned(caseId, itemId), response);
	}

	@GetMapping("/cases/{caseId}/evidence/{itemId}/case-uco")
	ResponseEntity<String> itemExport(@PathVariable String caseId, @PathVariable String itemId) {
		return jsonLd(export.item(actors.reader(), owned(caseId, itemId)), "custody-" + itemId + ".jsonld");
	}

	@GetMapping("/cases/{caseId}/evidence/case-uco")
	ResponseEntity<String> caseExport(@PathVariable String caseId) {
		return jsonLd(export.ofCase(actors.reader(), CaseId.of(caseId)), "custody-case-" + caseId + ".jsonld");
	}

	@PostMapping("/cases/{caseId}/evidence/{itemId}/delete")
	String delete(@PathVariable String caseId, @PathVariable String itemId, @RequestParam(required = false) String reason) {
		retention.delete(actors.deleter(), owned(caseId, itemId), reason);
		return "redirect:/cases/" + CaseId.of(caseId) + "/evidence?deleted";
	}

	@ExceptionHandler(AccessRefused.class)
	ModelAndView refused(HttpServletResponse response) {
		return problem(HttpStatus.FORBIDDEN, response);
	}

	@ExceptionHandler({ CaseNotFound.class, EvidenceNotFound.class })
	ModelAndView notFound(HttpServletResponse response) {
		return problem(HttpStatus.NOT_FOUND, response);
	}

	@ExceptionHandler(EvidenceRefused.class)
	ModelAndView gone(HttpServletResponse response) {
		return problem(HttpStatus.CONFLICT, response);
	}

	private static ModelAndView problem(HttpStatus status, HttpServletResponse response) {
		response.setStatus(status.value());
		return new ModelAndView("error", Map.of("status", status.value()));
	}

	private EvidenceItemId owned(String caseId, String itemId) {
		EvidenceItemId id = EvidenceItemId.of(itemId);
		CaseId owner = CaseId.of(caseId);
		if (evidence.find(id).filter(item -> item.caseId().equals(owner)).isEmpty()) {
			throw new EvidenceNotFound(id);
		}
		return id;
	}

	private static boolean intact(List<CustodyEvent> chain) {
		String previous = "0".repeat(64);
		for (CustodyEvent event : chain) {
			if (!event.previousHash().equals(previous) || !event.hash().equals(ChainOfCustody.custodyHash(event.item(),
					event.sequence(), event.action(), event.who(), event.node(), event.at(), event.itemSha256(), event.details(),
					event.previousHash()))) {
				return false;
			}
			previous = event.hash();
		}
		return true;
	}

	private static ResponseEntity<String> jsonLd(Map<String, Object> document, String fileName) {
		return ResponseEntity.ok()
			.contentType(EvidenceApi.JSON_LD)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(json.writeValueAsString(document));
	}

	private static String human(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
		}
		if (bytes < 1024L * 1024 * 1024) {
			return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
		}
		return String.format(java.util.Locale.ROOT, "%.2f GiB", bytes / (1024.0 * 1024 * 1024));
	}
}
