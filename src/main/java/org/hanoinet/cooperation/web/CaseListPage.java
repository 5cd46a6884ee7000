package org.hanoinet.cooperation.web;

import static org.hanoinet.cooperation.web.CaseTexts.UTC_TIME;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseSummary;
import org.hanoinet.cooperation.CaseViewContribution.Deadline;
import org.hanoinet.cooperation.Side;
import org.hanoinet.shared.CountryCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The inbox and outbox of the signed-in user's authority: emergencies and urgent requests first, then the nearest deadline. */
@Controller
class CaseListPage {

	static final int LIST_LIMIT = 200;

	private final CaseManagement cases;

	private final CaseActors actors;

	private final CaseTexts texts;

	private final CaseContributions contributions;

	CaseListPage(CaseManagement cases, CaseActors actors, CaseTexts texts, CaseContributions contributions) {
		this.cases = cases;
		this.actors = actors;
		this.texts = texts;
		this.contributions = contributions;
	}

	@GetMapping("/cases")
	String boxes(Model model, Locale locale) {
		Actor viewer = actors.reader();
		model.addAttribute("inbox", rows(cases.inbox(viewer, LIST_LIMIT), Side.REQUESTED, locale));
		model.addAttribute("outbox", rows(cases.outbox(viewer, LIST_LIMIT), Side.REQUESTING, locale));
		model.addAttribute("mayDraft", actors.mayAct());
		model.addAttribute("authorityName", texts.authorityName(viewer.authority()));
		model.addAttribute("stateName", viewer.state().displayName(locale));
		return "cases/boxes";
	}

	/** Emergencies and urgent requests first, then the nearest running legal clock, then the most recently moved. */
	private List<Row> rows(List<CaseSummary> summaries, Side box, Locale locale) {
		Map<CaseId, Deadline> due = contributions.nextDeadlines(summaries.stream().map(CaseSummary::id).toList());
		Comparator<CaseSummary> nearestDue = Comparator.comparing(
				(CaseSummary summary) -> due.containsKey(summary.id()) ? due.get(summary.id()).dueAt() : null,
				Comparator.nullsLast(Comparator.naturalOrder()));
		return summaries.stream()
			.sorted(Comparator.comparing((CaseSummary summary) -> -summary.urgency().ordinal())
				.thenComparing(nearestDue)
				.thenComparing(CaseSummary::updatedAt, Comparator.reverseOrder()))
			.map(summary -> {
				CountryCode other = box == Side.REQUESTED ? summary.requesting().state() : summary.requested().state();
				Deadline next = due.get(summary.id());
				return new Row(summary.id().toString(), summary.type().name(), other.displayName(locale),
						summary.status().name(), summary.urgency().name(), UTC_TIME.format(summary.updatedAt()),
						next == null ? null : next.kind(), next == null ? null : UTC_TIME.format(next.dueAt()));
			})
			.toList();
	}

	/** A line of the inbox or outbox. */
	record Row(String id, String type, String otherState, String status, String urgency, String updatedAt,
			String dueClock, String dueAt) {
	}
}
