package org.hanoinet.treaty.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hanoinet.shared.InvalidValue;
import org.hanoinet.treaty.Action;
import org.hanoinet.treaty.ActionKind;
import org.hanoinet.treaty.ConventionStatus;
import org.hanoinet.treaty.Participant;
import org.hanoinet.treaty.RegionalGroup;
import org.hanoinet.treaty.Standing;
import org.hanoinet.treaty.TreatyRegistry;
import org.hanoinet.treaty.internal.TreatyViews.ActionView;
import org.hanoinet.treaty.internal.TreatyViews.Deposit;
import org.hanoinet.treaty.internal.TreatyViews.ParticipantView;
import org.hanoinet.treaty.internal.TreatyViews.ProjectionRequest;
import org.hanoinet.treaty.internal.TreatyViews.ProjectionView;
import org.hanoinet.treaty.internal.TreatyViews.StatusView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public reading of the treaty registry: no login, it is public information. */
@RestController
@RequestMapping("/api/v1/treaty")
@Tag(name = "Treaty", description = "Status of the Convention, its participants, and what-if projections (public)")
class TreatyApi {

	private final TreatyRegistry registry;

	TreatyApi(TreatyRegistry registry) {
		this.registry = registry;
	}

	@GetMapping("/status")
	@Operation(summary = "Status of the Convention on a date (default today)",
			description = "byRegionalGroup counts signatories: AFRICA, ASIA_PACIFIC, EASTERN_EUROPE, GRULAC, WEOG, NON_MEMBER "
					+ "(State of Palestine) and REIO (European Union). contractingStates and parties include the European Union; "
					+ "instrumentsCounted does not (art. 65(1)). dataAsOf names the depositary notification the registry's data "
					+ "stands as of, or only the file it was last filled from.")
	StatusView status(@RequestParam(required = false) String date) {
		return StatusView.of(registry.status(dateOrToday(date)), registry.basis());
	}

	@GetMapping("/participants")
	@Operation(summary = "Participants and their status on a date, filterable by status and regional group",
			description = "status: NONE, SIGNATORY, CONTRACTING, PARTY, DENOUNCED, or SIGNED (everyone who has signed); "
					+ "group: AFRICA, ASIA_PACIFIC, EASTERN_EUROPE, GRULAC, WEOG, NON_MEMBER, REIO.")
	List<ParticipantView> participants(@RequestParam(required = false) String status, @RequestParam(required = false) String group,
			@RequestParam(required = false) String date) {
		ConventionStatus convention = registry.status(dateOrToday(date));
		RegionalGroup wantedGroup = group == null || group.isBlank() ? null : group(group);
		String wantedStatus = status == null || status.isBlank() ? null : standing(status);
		return convention.participants()
			.stream()
			.filter(participant -> wantedGroup == null || participant.participant().group() == wantedGroup)
			.filter(participant -> wantedStatus == null || wantedStatus.equals(participant.standing().name())
					|| ("SIGNED".equals(wantedStatus) && participant.signed()))
			.map(participant -> ParticipantView.of(participant, null))
			.toList();
	}

	@GetMapping("/participants/{code}")
	@Operation(summary = "One participant (ISO alpha-3 code, PSE, or EUU for the European Union) with its history")
	ParticipantView participant(@PathVariable String code, @RequestParam(required = false) String date) {
		Participant participant = registry.participants().byAnyCode(code);
		List<ActionView> history = registry.history(participant.code()).stream().map(ActionView::of).toList();
		return ParticipantView.of(registry.status(dateOrToday(date)).of(participant.code()), history);
	}

	@PostMapping("/projection")
	@Operation(summary = "What if these participants deposited on these dates? Nothing is stored",
			description = "A deposit the final clauses forbid is refused as 422 problem+json with the reason.")
	ProjectionView projection(@RequestBody ProjectionRequest request) {
		if (request == null || request.deposits() == null) {
			throw new InvalidValue("deposits", "Give the hypothetical deposits as {\"deposits\": [{\"participant\": \"FRA\", \"date\": \"2027-03-01\", \"kind\": \"RATIFICATION\"}]}.");
		}
		List<Action> hypothetical = new ArrayList<>();
		for (Deposit deposit : request.deposits()) {
			if (deposit == null || deposit.participant() == null || deposit.date() == null || deposit.kind() == null) {
				throw new InvalidValue("deposits", "Each deposit needs a participant, a date and a kind.");
			}
			Participant participant = registry.participants().byAnyCode(deposit.participant());
			hypothetical.add(Action.hypothetical(participant.code(), ActionKind.of(deposit.kind()), TreatyProblems.date(deposit.date(), "date")));
		}
		return ProjectionView.of(registry.project(hypothetical));
	}

	private LocalDate dateOrToday(String date) {
		return date == null || date.isBlank() ? registry.today() : TreatyProblems.date(date, "date");
	}

	private static RegionalGroup group(String text) {
		try {
			return RegionalGroup.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidValue("group", "'" + text + "' is not a group: use AFRICA, ASIA_PACIFIC, EASTERN_EUROPE, GRULAC, WEOG, NON_MEMBER or REIO.");
		}
	}

	private static String standing(String text) {
		String wanted = text.strip().toUpperCase(Locale.ROOT);
		if ("SIGNED".equals(wanted)) {
			return wanted;
		}
		try {
			return Standing.valueOf(wanted).name();
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidValue("status", "'" + text + "' is not a status: use NONE, SIGNATORY, CONTRACTING, PARTY, DENOUNCED or SIGNED.");
		}
	}
}
