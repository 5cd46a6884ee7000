package org.hanoinet.cooperation.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.ActInput;
import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseStatus;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.Missing;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.InvalidValue;
import org.hanoinet.cooperation.web.CaseJson.ActBody;
import org.hanoinet.cooperation.web.CaseJson.CaseView;
import org.hanoinet.cooperation.web.CaseJson.Contents;
import org.hanoinet.cooperation.web.CaseJson.NewCase;
import org.hanoinet.cooperation.web.CaseJson.Summary;
import org.hanoinet.cooperation.web.CaseJson.TypeView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Cooperation cases for national case systems and scripts: draft, check, submit, approve, every act of either
 * side, inbox and outbox. Everything is scoped to the caller's State; another State's case is 404.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Cooperation requests under Chapter V: drafting, approval, the acts of both sides and their hash chain")
class CaseApi {

	private static final int LIST_LIMIT = 200;

	private final CaseManagement cases;

	private final CaseActors actors;

	private final CaseContributions contributions;

	CaseApi(CaseManagement cases, CaseActors actors, CaseContributions contributions) {
		this.cases = cases;
		this.actors = actors;
		this.contributions = contributions;
	}

	@GetMapping("/types")
	@Operation(summary = "The case types with their article, usual channel, lifecycle, refusal grounds and form")
	List<TypeView> types() {
		return Arrays.stream(CaseType.values()).map(TypeView::of).toList();
	}

	@GetMapping
	@Operation(summary = "The caller's inbox (requests addressed to its authority) or outbox (requests it drafted or sent)")
	List<Summary> list(@RequestParam(defaultValue = "inbox") String box) {
		Actor viewer = actors.reader();
		return switch (box.strip().toLowerCase(Locale.ROOT)) {
			case "inbox" -> cases.inbox(viewer, LIST_LIMIT).stream().map(Summary::of).toList();
			case "outbox" -> cases.outbox(viewer, LIST_LIMIT).stream().map(Summary::of).toList();
			default -> throw new InvalidValue("box", "'" + box + "' is not a box: use inbox or outbox.");
		};
	}

	@PostMapping
	@Operation(summary = "Start a draft request from the caller's authority to another State's authority")
	ResponseEntity<CaseView> draft(@RequestBody NewCase request) {
		Actor drafter = actors.acting();
		Case draft = cases.draft(drafter, request.type(),
				request.requestedAuthority() == null ? null : new AuthorityId(request.requestedAuthority()),
				request.contents() == null ? null : request.contents().toDomain());
		return ResponseEntity.created(URI.create("/api/v1/cases/" + draft.id())).body(view(draft, drafter));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One case with the acts the caller may perform now, its legal clocks and its whole chain of events")
	CaseView one(@PathVariable UUID id) {
		Actor viewer = actors.reader();
		return view(cases.find(viewer.state(), new CaseId(id)), viewer);
	}

	@PutMapping("/{id}/contents")
	@Operation(summary = "Change what a draft says")
	CaseView edit(@PathVariable UUID id, @RequestBody Contents contents) {
		Actor actor = actors.acting();
		return view(cases.edit(actor, new CaseId(id), contents == null ? null : contents.toDomain()), actor);
	}

	@GetMapping("/{id}/check")
	@Operation(summary = "What still keeps the request from being sent (missing contents, language, legal basis), and the"
			+ " findings marked warning: true, which do not")
	List<Missing> check(@PathVariable UUID id) {
		return cases.check(actors.reader().state(), new CaseId(id));
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Hand a complete request to a supervisor for approval")
	CaseView submit(@PathVariable UUID id) {
		Actor actor = actors.acting();
		return view(cases.submitForApproval(actor, new CaseId(id)), actor);
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "Approve and send a request (a supervisor other than its drafter)")
	CaseView approve(@PathVariable UUID id) {
		Actor actor = actors.acting();
		return view(cases.approve(actor, new CaseId(id)), actor);
	}

	@PostMapping("/{id}/acts/{act}")
	@Operation(summary = "Perform any other act of either side, e.g. acknowledge, consult, refuse, execute, request-status")
	CaseView act(@PathVariable UUID id, @PathVariable String act, @RequestBody(required = false) ActBody body) {
		Actor actor = actors.acting();
		ActBody given = body == null ? new ActBody(null, null, null, null, null) : body;
		Case changed = cases.perform(actor, new CaseId(id), parse(act),
				new ActInput(given.text(), given.refusalGrounds(), given.conditions(), given.days(), given.fields()));
		return view(changed, actor);
	}

	private CaseView view(Case request, Actor viewer) {
		List<Missing> missing = request.status() == CaseStatus.DRAFT ? cases.check(viewer.state(), request.id()) : List.of();
		return CaseView.of(request, viewer, missing, contributions.json(request, viewer));
	}

	private static Act parse(String act) {
		try {
			return Act.valueOf(act.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidValue("act", "'" + act + "' is not an act of a case; the acts are "
					+ Arrays.stream(Act.values()).map(known -> known.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()
					+ ".");
		}
	}
}
