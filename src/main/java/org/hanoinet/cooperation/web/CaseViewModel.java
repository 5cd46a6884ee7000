package org.hanoinet.cooperation.web;

import static org.hanoinet.cooperation.web.CaseTexts.UTC_TIME;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseEvent;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseStatus;
import org.hanoinet.cooperation.EventChain;
import org.hanoinet.cooperation.FormElement;
import org.hanoinet.cooperation.LegalBasis;
import org.hanoinet.cooperation.Missing;
import org.hanoinet.cooperation.OffenceBasis;
import org.hanoinet.cooperation.RequestContents;
import org.hanoinet.cooperation.web.CaseTexts.ElementField;
import org.hanoinet.cooperation.web.CaseTexts.Option;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of the case page: both sides, the request in the reader's language, the acts the viewer may perform now,
 * the hash-chained timeline with its integrity check, and what the modules that follow cases add (legal clocks,
 * delivery).
 */
@Component
class CaseViewModel {

	private static final Set<String> TIMELINE_DETAILS = Set.of("reasons", "question", "answer", "subject", "summary", "reason",
			"explanation", "days");

	/** Part 2 (#10): the details of its acts the timeline shows. */
	private static final Set<String> PART_TWO_DETAILS = Set.of("proceedingsTransfer", "file", "durationDays", "participants",
			"workState", "sovereignty", "information", "thirdState", "purpose", "invitation", "decision", "value", "expenses",
			"shared", "returned", "statement", "sharing");

	private final CaseManagement cases;

	private final CaseActors actors;

	private final CaseTexts texts;

	private final MissingText missingText;

	private final CaseContributions contributions;

	CaseViewModel(CaseManagement cases, CaseActors actors, CaseTexts texts, MissingText missingText,
			CaseContributions contributions) {
		this.cases = cases;
		this.actors = actors;
		this.texts = texts;
		this.missingText = missingText;
		this.contributions = contributions;
	}

	/** Fills the model of the case page for {@code viewer} and names its template. */
	String render(Case request, Actor viewer, Model model, Locale locale) {
		List<CaseEvent> events = request.events();
		model.addAttribute("caseId", request.id().toString());
		model.addAttribute("type", request.type());
		model.addAttribute("typeReference", missingText.typeReference(request.type(), locale));
		model.addAttribute("status", request.status().name());
		model.addAttribute("urgency", request.contents().urgency().name());
		model.addAttribute("requesting", texts.side(request.requesting(), locale));
		model.addAttribute("requested", texts.side(request.requested(), locale));
		model.addAttribute("viewerSide", request.sideOf(viewer) == null ? null : request.sideOf(viewer).name());
		model.addAttribute("contents", contents(request, locale));
		model.addAttribute("elements", request.type()
			.form()
			.stream()
			.map(requirement -> new ElementField(requirement.element().name(), requirement.element().kind().name(),
					missingText.label(requirement.element(), locale), missingText.reference(requirement.reference(), locale),
					requirement.required(), answer(request.contents(), requirement.element(), locale), List.of()))
			.toList());
		model.addAttribute("followUps", cases.workspace(viewer.state(), request.id())
			.stream()
			.map(summary -> new Option(summary.id().toString(), text("cooperation.type." + summary.type().name(), locale)
					+ " · " + summary.requesting().state().displayName(locale) + " → "
					+ summary.requested().state().displayName(locale) + " · "
					+ text("cooperation.status." + summary.status().name(), locale)))
			.toList());
		List<Missing> findings = request.status() == CaseStatus.DRAFT ? cases.check(viewer.state(), request.id()) : List.of();
		model.addAttribute("missing", texts.describe(CaseTexts.blockers(findings), request, locale));
		model.addAttribute("warnings", texts.describe(CaseTexts.warnings(findings), request, locale));
		boolean mayAct = actors.mayAct();
		model.addAttribute("mayAct", mayAct);
		model.addAttribute("acts", mayAct ? ActForms.of(request, viewer) : List.of());
		model.addAttribute("mayEdit", mayAct && request.allowedActs(viewer).contains(Act.EDIT_DRAFT));
		model.addAttribute("offeredConditions", request.offeredConditions());
		model.addAttribute("bindingConditions", request.bindingConditions());
		model.addAttribute("timeline", events.stream()
			.map(event -> new TimelineEntry(event.sequence(), event.act().name(), event.status().name(), event.actorUser(),
					UTC_TIME.format(event.occurredAt()), event.hash().substring(0, 12), event.hash(), details(event, locale)))
			.toList());
		model.addAttribute("chainIntact", EventChain.isIntact(events));
		contributions.addTo(model, request, viewer, locale);
		return "cases/case";
	}

	/** What an act carried that the reader needs in the timeline: reasons, questions, grounds, conditions, days. */
	private List<String> details(CaseEvent event, Locale locale) {
		List<String> shown = new ArrayList<>();
		event.details().forEach((name, value) -> {
			if (TIMELINE_DETAILS.contains(name) || PART_TWO_DETAILS.contains(name)) {
				shown.add(text("cooperation.detail." + name, locale) + ": " + value);
			}
			else if (name.equals("grounds")) {
				shown.add(text("cooperation.detail.grounds", locale) + ": " + String.join("; ", Arrays.stream(value.split(","))
					.map(ground -> text("cooperation.ground." + ground, locale))
					.toList()));
			}
			else if (name.startsWith("condition.")) {
				shown.add(text("cooperation.detail.condition", locale) + ": " + value);
			}
		});
		return shown;
	}

	/** The request's common contents: legal and offence basis, language, conditions, the case it follows. */
	private List<Detail> contents(Case request, Locale locale) {
		RequestContents contents = request.contents();
		List<Detail> details = new ArrayList<>();
		LegalBasis basis = contents.legalBasis();
		if (basis != null) {
			details.add(new Detail(text("cooperation.form.legalBasis", locale), switch (basis.kind()) {
				case CONVENTION -> text("cooperation.legalBasis.CONVENTION", locale) + ", "
						+ missingText.reference("art. " + basis.article(), locale);
				case TREATY -> text("cooperation.legalBasis.TREATY", locale) + ": " + basis.instrument();
				case RECIPROCITY -> text("cooperation.legalBasis.RECIPROCITY", locale);
			}));
		}
		OffenceBasis offence = contents.offenceBasis();
		if (offence != null) {
			details.add(new Detail(text("cooperation.form.offenceBasis", locale),
					text("cooperation.offence." + offence.kind().name(), locale)
							+ (offence.article() == null ? "" : ", " + missingText.reference("art. " + offence.article(), locale))
							+ (offence.description() == null ? "" : ": " + offence.description())));
		}
		if (contents.language() != null) {
			details.add(new Detail(text("cooperation.form.language", locale), MissingText.languageName(contents.language(), locale)));
		}
		List<String> conditions = new ArrayList<>();
		if (contents.conditions().confidential()) {
			conditions.add(text("cooperation.form.confidential", locale));
		}
		if (contents.conditions().limitedUse()) {
			conditions.add(text("cooperation.form.limitedUse", locale));
		}
		if (contents.conditions().dataProtection() != null) {
			conditions.add(text("cooperation.form.dataProtection", locale) + ": " + contents.conditions().dataProtection());
		}
		details.add(new Detail(text("cooperation.form.conditions", locale),
				conditions.isEmpty() ? text("cooperation.form.noConditions", locale) : String.join(" · ", conditions)));
		if (contents.follows() != null) {
			details.add(new Detail(text("cooperation.form.follows", locale), contents.follows().toString()));
		}
		return details;
	}

	/** The answer to one element of the type's form as the reader reads it: names for codes, a word for a statement. */
	private String answer(RequestContents contents, FormElement element, Locale locale) {
		String answer = contents.answer(element);
		if (answer == null) {
			return null;
		}
		return switch (element.kind()) {
			case ASSISTANCE_TYPES -> String.join(", ", contents.assistanceTypes()
				.stream()
				.map(type -> text("cooperation.assistance." + type.name(), locale))
				.toList());
			case AFFIRMATION -> text("cooperation.form.affirmed", locale);
			case CHOICE, CHOICES -> String.join(", ", Arrays.stream(answer.split("[,\\s]+"))
				.map(code -> text("cooperation.choice." + element.name() + "." + code, locale))
				.toList());
			default -> answer;
		};
	}

	private String text(String key, Locale locale, Object... arguments) {
		return texts.text(key, locale, arguments);
	}

	/** A line of the request's common contents. */
	record Detail(String label, String value) {
	}

	/** One event of the case's chain, as the timeline shows it. */
	record TimelineEntry(long sequence, String act, String status, String actor, String at, String shortHash, String hash,
			List<String> details) {
	}
}
