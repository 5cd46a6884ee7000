package org.hanoinet.treaty.internal;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hanoinet.shared.InvalidValue;
import org.hanoinet.treaty.Action;
import org.hanoinet.treaty.ActionId;
import org.hanoinet.treaty.DepositaryNotification;
import org.hanoinet.treaty.TreatyRegistry;
import org.hanoinet.treaty.internal.TreatyViews.ActionView;
import org.hanoinet.treaty.internal.TreatyViews.RegistryDocument;
import org.hanoinet.treaty.internal.TreatyViews.UpdateView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole registry for the secretariat: export (public, GET) and changes (POST and DELETE under
 * {@code /api/v1/treaty/registry/**}, a secretariat act; the identity module protects that URL space for the
 * SECRETARIAT role). Every change is checked against the final clauses and published as an auditable event.
 */
@RestController
@RequestMapping("/api/v1/treaty/registry")
@Tag(name = "Treaty registry", description = "Export (public) and secretariat changes of the treaty registry")
class TreatyRegistryApi {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final TreatyRegistry registry;

	TreatyRegistryApi(TreatyRegistry registry) {
		this.registry = registry;
	}

	@GetMapping("/export")
	@Operation(summary = "The whole registry as CSV (format=csv, the default) or JSON (format=json)")
	ResponseEntity<?> export(@RequestParam(defaultValue = "csv") String format) {
		List<Action> actions = registry.actions();
		String date = registry.today().toString();
		return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "csv" -> {
				StringBuilder csv = new StringBuilder();
				RegistryCsv.write(actions, registry.participants(), csv);
				yield ResponseEntity.ok()
					.contentType(TEXT_CSV)
					.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"treaty-registry-" + date + ".csv\"")
					.body(csv.toString());
			}
			case "json" -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"treaty-registry-" + date + ".json\"")
				.body(new RegistryDocument("UN Convention against Cybercrime (GA res. 79/243)", registry.today(),
						actions.stream().map(ActionView::of).toList()));
			default -> throw new InvalidValue("format", "'" + format + "' is not an export format: use csv or json.");
		};
	}

	@PostMapping(path = "/import", consumes = "text/csv")
	@Operation(summary = "Replace the whole registry with a CSV file in the export's columns (secretariat)")
	Map<String, Object> importCsv(@RequestBody String csv, Principal principal) {
		List<Action> actions = RegistryCsv.read(new StringReader(csv), registry.participants());
		int count = registry.replaceAll(actions, "registry.csv upload", FirstStartImport.sha256(csv.getBytes(StandardCharsets.UTF_8)),
				actor(principal));
		return Map.of("actions", count);
	}

	@PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace the whole registry with a JSON document in the export's shape (secretariat)")
	Map<String, Object> importJson(@RequestBody RegistryDocument document, Principal principal) {
		if (document == null || document.actions() == null) {
			throw new InvalidValue("actions", "The JSON document needs an \"actions\" array, as the export gives.");
		}
		List<Action> actions = document.actions().stream().map(ActionView::toAction).toList();
		int count = registry.replaceAll(actions, "registry.json upload", FirstStartImport.sha256(String.valueOf(document).getBytes(
				StandardCharsets.UTF_8)), actor(principal));
		return Map.of("actions", count);
	}

	@PostMapping(path = "/update", consumes = "text/csv")
	@Operation(summary = "Bring the registry up to a depositary notification with the depositary's list as of it (secretariat)",
			description = "The CSV has the export's columns. Actions new to the registry are added, those with a recorded id and "
					+ "other content replace it, recorded actions the list does not name are kept. notification is the "
					+ "notification's reference (C.N.196.2025.TREATIES-XVIII.16), notificationDate the day it was issued; "
					+ "preview=true says what would change and stores nothing.")
	UpdateView update(@RequestBody String csv, @RequestParam(required = false) String notification,
			@RequestParam(required = false) String notificationDate, @RequestParam(defaultValue = "false") boolean preview,
			Principal principal) {
		DepositaryNotification named = new DepositaryNotification(notification,
				notificationDate == null || notificationDate.isBlank() ? null : TreatyProblems.date(notificationDate, "notificationDate"));
		List<Action> actions = RegistryCsv.read(new StringReader(csv), registry.participants());
		return UpdateView.of(registry.update(actions, named, FirstStartImport.sha256(csv.getBytes(StandardCharsets.UTF_8)), preview,
				actor(principal)));
	}

	@PostMapping("/actions")
	@Operation(summary = "Record one action: a signature, a deposit, a declaration, a reservation or a denunciation (secretariat)")
	ResponseEntity<ActionView> record(@RequestBody ActionView action, Principal principal) {
		if (action == null) {
			throw new InvalidValue("action", "Give the action as JSON, in the shape of the export's actions.");
		}
		Action recorded = registry.record(action.toAction(), actor(principal));
		return ResponseEntity.status(HttpStatus.CREATED).body(ActionView.of(recorded));
	}

	@DeleteMapping("/actions/{id}")
	@Operation(summary = "Remove an action recorded in error (secretariat)")
	ActionView remove(@PathVariable String id, Principal principal) {
		return ActionView.of(registry.remove(ActionId.of(id), actor(principal)));
	}

	/** Who acts: the signed-in user once the identity module exists; until then every caller is anonymous. */
	private static String actor(Principal principal) {
		return principal == null ? "anonymous" : principal.getName();
	}
}
