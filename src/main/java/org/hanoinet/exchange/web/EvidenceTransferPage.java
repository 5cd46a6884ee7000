package org.hanoinet.exchange.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import java.util.List;

import org.hanoinet.cooperation.CaseId;
import org.hanoinet.evidence.EvidenceItem;
import org.hanoinet.evidence.EvidenceItems;
import org.hanoinet.evidence.EvidenceStatus;
import org.hanoinet.shared.InvalidValue;
import org.hanoinet.exchange.EvidenceTransfers;
import org.hanoinet.exchange.EvidenceTransfers.EvidenceTransfer;
import org.hanoinet.identity.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evidence transfers of a case with a progress bar per item; the table refreshes itself (htmx) while
 * items are being fetched. Officers of the State holding items offer them to the other side from here.
 */
@Controller
class EvidenceTransferPage {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

	private final EvidenceTransfers transfers;

	private final EvidenceTransferApi access;

	private final EvidenceItems items;

	EvidenceTransferPage(EvidenceTransfers transfers, EvidenceTransferApi access, EvidenceItems items) {
		this.transfers = transfers;
		this.access = access;
		this.items = items;
	}

	@GetMapping("/cases/{id}/evidence/transfers")
	String page(@PathVariable UUID id, Model model) {
		Caller caller = fill(id, model);
		boolean offering = caller.roles().stream().anyMatch(EvidenceTransferApi.OFFERING::contains);
		model.addAttribute("offerable", offering ? held(caller, id) : List.of());
		return "exchange/transfers";
	}

	@PostMapping("/cases/{id}/evidence/packages")
	String offer(@PathVariable UUID id, @RequestParam(name = "items", required = false) List<UUID> chosen,
			RedirectAttributes redirect) {
		Caller caller = access.caller(EvidenceTransferApi.OFFERING);
		access.visible(caller, id);
		try {
			var offered = transfers.offer(new CaseId(id), caller.state(), chosen == null ? List.of() : chosen, caller.id().toString());
			redirect.addFlashAttribute("offeredTo", offered.recipient());
		}
		catch (InvalidValue refused) {
			redirect.addFlashAttribute("offerError", refused.getMessage());
		}
		return "redirect:/cases/" + id + "/evidence/transfers";
	}

	private List<EvidenceItem> held(Caller caller, UUID id) {
		return items.ofCase(new CaseId(id)).stream()
			.filter(item -> item.status() == EvidenceStatus.STORED && caller.state().equals(item.holder()))
			.toList();
	}

	@GetMapping("/cases/{id}/evidence/transfers/progress")
	String progress(@PathVariable UUID id, Model model) {
		fill(id, model);
		return "exchange/transfers :: progress";
	}

	private Caller fill(UUID id, Model model) {
		Caller caller = access.caller(EvidenceTransferApi.READING);
		access.visible(caller, id);
		var rows = transfers.ofCase(new CaseId(id)).stream().map(Row::of).toList();
		model.addAttribute("caseId", id);
		model.addAttribute("rows", rows);
		model.addAttribute("moving", rows.stream().anyMatch(row -> row.moving()));
		return caller;
	}

	/** One item's transfer as the table shows it. */
	record Row(String packageId, String direction, String peer, String fileName, String size, String fetched, int percent,
			String state, String sha256, String storedSha256, int requests, int rejectedChunks, String lastError, String updatedAt) {

		static Row of(EvidenceTransfer transfer) {
			return new Row(transfer.packageId().toString(), transfer.direction(), transfer.peer(), transfer.fileName(),
					bytes(transfer.size()), bytes(transfer.bytesFetched()), transfer.percent(), transfer.state(),
					transfer.sha256(), null, transfer.requests(), transfer.rejectedChunks(), transfer.lastError(),
					UTC.format(transfer.updatedAt()));
		}

		boolean moving() {
			return "PENDING".equals(state) || "FETCHING".equals(state) || "OFFERED".equals(state);
		}

		private static String bytes(long bytes) {
			if (bytes < 1024 * 1024) {
				return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
			}
			return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
		}
	}
}
