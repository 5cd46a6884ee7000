package org.hanoinet.cooperation.web;

import java.time.Clock;
import java.util.Map;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.ActBarred;
import org.hanoinet.cooperation.ActInput;
import org.hanoinet.cooperation.ActOfOtherSide;
import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Admissibility;
import org.hanoinet.cooperation.ApprovalRefused;
import org.hanoinet.cooperation.AssistanceType;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseEvent;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseNotFound;
import org.hanoinet.cooperation.CaseStatus;
import org.hanoinet.cooperation.CaseSummary;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.CaseViewContribution.Deadline;
import org.hanoinet.cooperation.ConcurrentAct;
import org.hanoinet.cooperation.EventChain;
import org.hanoinet.cooperation.FormElement;
import org.hanoinet.cooperation.InvalidTransition;
import org.hanoinet.cooperation.LegalBasis;
import org.hanoinet.cooperation.Missing;
import org.hanoinet.cooperation.OffenceBasis;
import org.hanoinet.cooperation.Party;
import org.hanoinet.cooperation.RefusalGround;
import org.hanoinet.cooperation.RequestContents;
import org.hanoinet.cooperation.RequestIncomplete;
import org.hanoinet.cooperation.Side;
import org.hanoinet.cooperation.Urgency;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.Directory;
import org.hanoinet.identity.AccessRefused;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;
import org.hanoinet.node.NavigationLink;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Cases in the browser: the inbox and outbox of the signed-in user's authority, the guided request form with its
 * live completeness checker, and the case page with the acts the user may perform now and the case's hash-chained
 * timeline. Until federation exists, two authorities of this node play the two sides.
 */
@Controller
class CasePages {

	private static final int LIST_LIMIT = 200;

	private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** Languages offered for a request besides those the directory's authorities list: the UN's six and the demo's. */
	private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "zh", "ru", "pt", "vi");

	private static final Set<Act> WITH_TEXT = EnumSet.of(Act.RETURN_FOR_CHANGES, Act.REQUEST_INFORMATION,
			Act.PROVIDE_INFORMATION, Act.CONSULT, Act.POSTPONE, Act.REFUSE, Act.REPORT_PARTIAL_EXECUTION, Act.WITHDRAW,
			Act.NOTIFY_NO_LONGER_NEEDED, Act.WARN_PRESERVATION_AT_RISK, Act.EXTEND_PRESERVATION, Act.ANSWER_STATUS,
			Act.NOTIFY_CONFIDENTIALITY_NOT_KEPT, Act.DECLINE_PRESERVATION_EXTENSION);

	private static final Set<String> TIMELINE_DETAILS = Set.of("reasons", "question", "answer", "subject", "summary", "reason",
			"explanation", "days");

	/** Part 2 (#10): acts that take a text, the named fields some acts ask for, and the details the timeline shows. */
	private static final Set<Act> PART_TWO_WITH_TEXT = EnumSet.of(Act.REQUEST_PROSECUTION_INSTEAD,
			Act.OFFER_CONDITIONAL_SURRENDER, Act.HAND_OVER_FILE, Act.NOTIFY_EXCULPATORY_DISCLOSURE, Act.DISCLOSE_EXCULPATORY,
			Act.FORWARD_TO_THIRD_STATE, Act.INVITE_REASONS_TO_MAINTAIN, Act.PRESENT_REASONS_TO_MAINTAIN, Act.LIFT_MEASURE,
			Act.DECIDE_RETURN);

	private static final Map<Act, List<String>> ACT_FIELDS = Map.of(Act.AUTHORIZE_FORWARDING, List.of("thirdState"),
			Act.FORWARD_TO_THIRD_STATE, List.of("thirdState"), Act.AGREE_JOINT_INVESTIGATION,
			List.of("durationDays", "participants", "workState"), Act.DECIDE_RETURN,
			List.of("decision", "value", "expenses", "shared", "sharing"));

	private static final Set<String> PART_TWO_DETAILS = Set.of("proceedingsTransfer", "file", "durationDays", "participants",
			"workState", "sovereignty", "information", "thirdState", "purpose", "invitation", "decision", "value", "expenses",
			"shared", "returned", "statement", "sharing");

	private final CaseManagement cases;

	private final CaseActors actors;

	private final Directory directory;

	private final Admissibility admissibility;

	private final MissingText missingText;

	private final MessageSource messages;

	private final List<NavigationLink> navigation;

	private final Clock clock;

	private final CaseContributions contributions;

	CasePages(CaseManagement cases, CaseActors actors, Directory directory, Admissibility admissibility,
			MissingText missingText, MessageSource messages, List<NavigationLink> navigation, Clock clock,
			CaseContributions contributions) {
		this.contributions = contributions;
		this.cases = cases;
		this.actors = actors;
		this.directory = directory;
		this.admissibility = admissibility;
		this.missingText = missingText;
		this.messages = messages;
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
		this.clock = clock;
	}

	@GetMapping("/cases")
	String boxes(Model model, Locale locale) {
		Actor viewer = actors.reader();
		model.addAttribute("inbox", rows(cases.inbox(viewer, LIST_LIMIT), Side.REQUESTED, locale));
		model.addAttribute("outbox", rows(cases.outbox(viewer, LIST_LIMIT), Side.REQUESTING, locale));
		model.addAttribute("mayDraft", mayAct());
		model.addAttribute("authorityName", authorityName(viewer.authority()));
		model.addAttribute("stateName", viewer.state().displayName(locale));
		return "cases/boxes";
	}

	@GetMapping("/cases/new")
	String newRequest(@RequestParam(required = false) String type, Model model, Locale locale) {
		Actor drafter = actors.acting();
		CaseType chosen = parseType(type);
		if (chosen == null) {
			model.addAttribute("types", Arrays.stream(CaseType.values())
				.map(each -> new TypeChoice(each.name(), each.article(), each.usualChannel().name()))
				.toList());
			return "cases/types";
		}
		DraftForm form = DraftForm.empty(chosen);
		return form(form, drafter, model, locale, HttpStatus.OK, null);
	}

	@PostMapping("/cases/new/check")
	String check(@RequestParam MultiValueMap<String, String> posted, Model model, Locale locale) {
		Actor drafter = actors.acting();
		DraftForm form = DraftForm.of(posted);
		model.addAttribute("checker", checker(form, drafter, locale));
		return "cases/form :: checker";
	}

	@PostMapping("/cases/new")
	String save(@RequestParam MultiValueMap<String, String> posted, Model model, Locale locale, HttpServletResponse response) {
		Actor drafter = actors.acting();
		DraftForm form = DraftForm.of(posted);
		CaseType type = form.type();
		AuthorityId requested = form.requestedAuthority();
		RequestContents contents = form.contents();
		if (type == null && !form.errors.containsKey("type")) {
			form.errors.put("type", "cooperation.error.type");
		}
		if (requested == null && !form.errors.containsKey("requestedAuthority")) {
			form.errors.put("requestedAuthority", "cooperation.missing.requestedAuthority");
		}
		if (form.errors.isEmpty()) {
			try {
				Case draft = cases.draft(drafter, type, requested, contents);
				return "redirect:/cases/" + draft.id();
			}
			catch (InvalidValue invalid) {
				form.errors.put(DraftForm.fieldOf(invalid.field()), "cooperation.error." + invalid.field());
			}
			catch (CaseNotFound unknown) {
				form.errors.put("follows", "cooperation.error.follows");
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(form, drafter, model, locale, HttpStatus.BAD_REQUEST, type);
	}

	@GetMapping("/cases/{id}")
	String page(@PathVariable String id, Model model, Locale locale) {
		Actor viewer = actors.reader();
		Case request = cases.find(viewer.state(), caseId(id));
		return render(request, viewer, model, locale);
	}

	@PostMapping("/cases/{id}/acts/{act}")
	String act(@PathVariable String id, @PathVariable String act, @RequestParam MultiValueMap<String, String> posted,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = actors.acting();
		CaseId caseId = caseId(id);
		Act chosen = parseAct(act);
		return perform(actor, caseId, chosen, () -> {
			switch (chosen) {
				case SUBMIT_FOR_APPROVAL -> cases.submitForApproval(actor, caseId);
				case APPROVE -> cases.approve(actor, caseId);
				default -> cases.perform(actor, caseId, chosen, input(posted));
			}
		}, model, locale, response, redirect);
	}

	@GetMapping("/cases/{id}/edit")
	String editForm(@PathVariable String id, Model model, Locale locale) {
		Actor drafter = actors.acting();
		Case draft = cases.find(drafter.state(), caseId(id));
		if (!draft.allowedActs(drafter).contains(Act.EDIT_DRAFT)) {
			return "redirect:/cases/" + draft.id();
		}
		return editing(draft, DraftForm.of(draft), drafter, model, locale);
	}

	@PostMapping("/cases/{id}/edit")
	String edit(@PathVariable String id, @RequestParam MultiValueMap<String, String> posted, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor drafter = actors.acting();
		Case draft = cases.find(drafter.state(), caseId(id));
		DraftForm form = DraftForm.of(posted);
		form.values.put("type", draft.type().name());
		form.values.put("requestedAuthority", draft.requested().authority().toString());
		RequestContents contents = form.contents();
		if (!form.errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return editing(draft, form, drafter, model, locale);
		}
		return perform(drafter, draft.id(), Act.EDIT_DRAFT, () -> cases.edit(drafter, draft.id(), contents), model, locale,
				response, redirect);
	}

	/** Performs the act and shows the case again; a refusal by the case is explained on its page. */
	private String perform(Actor actor, CaseId caseId, Act chosen, Runnable act, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			act.run();
			redirect.addFlashAttribute("done", chosen.name());
			return "redirect:/cases/" + caseId;
		}
		catch (ActBarred barred) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("actError", text("cooperation.barred." + barred.code(), locale));
		}
		catch (InvalidTransition refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("actError", text("cooperation.refusal.invalidTransition", locale, actName(chosen, locale),
					text("cooperation.status." + refused.from().name(), locale)));
		}
		catch (ActOfOtherSide refused) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("actError", text("cooperation.refusal.otherSide", locale, actName(chosen, locale)));
		}
		catch (ApprovalRefused refused) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("actError", text(actor.supervisor() ? "cooperation.refusal.ownDraft"
					: "cooperation.refusal.supervisorOnly", locale));
		}
		catch (RequestIncomplete incomplete) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Case request = cases.find(actor.state(), caseId);
			model.addAttribute("actError", text("cooperation.refusal.incomplete", locale));
			model.addAttribute("actErrorItems", describe(incomplete.missing(), request, locale));
		}
		catch (InvalidValue invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("actError", text(switch (invalid.field()) {
				case "grounds" -> "cooperation.refusal.grounds";
				case "conditions" -> "cooperation.refusal.conditions";
				case "days" -> "cooperation.refusal.days";
				case "thirdState", "state" -> "cooperation.refusal.thirdState";
				case "value", "expenses", "shared", "amount" -> "cooperation.refusal.amount";
				case "follows" -> "cooperation.error.follows";
				default -> "cooperation.refusal.text";
			}, locale));
		}
		catch (CaseNotFound unknownEarlierCase) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("actError", text("cooperation.error.follows", locale));
		}
		catch (ConcurrentAct changed) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("actError", text("cooperation.refusal.concurrent", locale));
		}
		model.addAttribute("failedAct", chosen.name());
		return render(cases.find(actor.state(), caseId), actor, model, locale);
	}

	private String editing(Case draft, DraftForm form, Actor drafter, Model model, Locale locale) {
		model.addAttribute("editing", draft.id().toString());
		model.addAttribute("fixedRequested", side(draft.requested(), locale));
		return form(form, drafter, model, locale, HttpStatus.OK, draft.type());
	}

	@ExceptionHandler(AccessRefused.class)
	ModelAndView refused(HttpServletRequest request, HttpServletResponse response) {
		return problemPage(HttpStatus.FORBIDDEN, "cooperation.forbidden", request, response);
	}

	@ExceptionHandler(CaseNotFound.class)
	ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
		return problemPage(HttpStatus.NOT_FOUND, "cooperation.notFound", request, response);
	}

	private ModelAndView problemPage(HttpStatus status, String messageKey, HttpServletRequest request,
			HttpServletResponse response) {
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView("cases/problem", Map.of("messageKey", messageKey, "navigation", navigation,
				"currentPath", request.getRequestURI()));
		page.setStatus(status);
		return page;
	}

	private String form(DraftForm form, Actor drafter, Model model, Locale locale, HttpStatus status, CaseType fallback) {
		CaseType type = form.type() == null ? fallback : form.type();
		if (type == null) {
			return "redirect:/cases/new";
		}
		model.addAttribute("values", form.values);
		model.addAttribute("errors", form.errors);
		model.addAttribute("chosenAssistance", form.multiple.getOrDefault(FormElement.ASSISTANCE_TYPES, List.of()));
		model.addAttribute("type", type);
		model.addAttribute("typeReference", missingText.typeReference(type, locale));
		model.addAttribute("elements", type.form()
			.stream()
			.map(requirement -> new ElementField(requirement.element().name(), requirement.element().kind().name(),
					missingText.label(requirement.element(), locale), missingText.reference(requirement.reference(), locale),
					requirement.required(), form.value(DraftForm.ELEMENT + requirement.element().name()),
					options(requirement.element(), form, locale)))
			.toList());
		model.addAttribute("assistanceTypes", Arrays.stream(AssistanceType.values()).map(Enum::name).toList());
		model.addAttribute("authorities", requestedAuthorities(drafter, locale));
		model.addAttribute("languages", languages(locale));
		model.addAttribute("legalBasisKinds", Arrays.stream(LegalBasis.Kind.values()).map(Enum::name).toList());
		model.addAttribute("offenceKinds", Arrays.stream(OffenceBasis.Kind.values()).map(Enum::name).toList());
		model.addAttribute("urgencies", Arrays.stream(Urgency.values()).map(Enum::name).toList());
		Object editing = model.getAttribute("editing");
		model.addAttribute("earlierCases", cases.outbox(drafter, LIST_LIMIT)
			.stream()
			.filter(summary -> !summary.id().toString().equals(editing))
			.map(summary -> new Option(summary.id().toString(),
					text("cooperation.type." + summary.type().name(), locale) + " → "
							+ summary.requested().state().displayName(locale) + " · " + UTC_TIME.format(summary.createdAt())))
			.toList());
		model.addAttribute("checker", checker(form, drafter, locale));
		return "cases/form";
	}

	/** What the drafter still has to do, without saving anything: field errors first, then the missing items. */
	private Checker checker(DraftForm form, Actor drafter, Locale locale) {
		CaseType type = form.type();
		AuthorityId requestedId = form.requestedAuthority();
		RequestContents contents = form.contents();
		List<String> items = new ArrayList<>(new LinkedHashSet<>(form.errorKeys()).stream()
			.map(key -> text(key, locale))
			.toList());
		if (type == null) {
			items.add(text("cooperation.error.type", locale));
			return new Checker(items, List.of());
		}
		Authority requested = requestedId == null ? null
				: directory.authority(requestedId)
					.filter(authority -> !authority.state().equals(drafter.state()))
					.filter(authority -> authority.designatedAt(clock.instant()))
					.orElse(null);
		if (requested == null) {
			items.add(text(requestedId == null ? "cooperation.missing.requestedAuthority" : "cooperation.error.requestedAuthority",
					locale));
		}
		Party requesting = new Party(drafter.state(), drafter.authority());
		Party requestedParty = requested == null ? null : new Party(requested.state(), requested.id());
		List<Missing> missing = new ArrayList<>(contents.missing(type));
		List<String> accepted = List.of();
		if (requested != null) {
			Case unsaved = Case.draft(new CaseId(UUID.randomUUID()), type, requesting, requestedParty, contents, drafter, clock);
			missing.addAll(admissibility.problems(unsaved, requested, LocalDate.now(clock)));
			accepted = admissibility.acceptedLanguages(requested.state(), requested);
		}
		items.addAll(missingText.describe(blockers(missing), contents, requesting, requestedParty, accepted, locale));
		return new Checker(items,
				missingText.describe(warnings(missing), contents, requesting, requestedParty, accepted, locale));
	}

	/** The findings that keep the request from being sent. */
	private static List<Missing> blockers(List<Missing> findings) {
		return findings.stream().filter(finding -> !finding.warning()).toList();
	}

	/** The findings to check before sending that do not keep the request from being sent. */
	private static List<Missing> warnings(List<Missing> findings) {
		return findings.stream().filter(Missing::warning).toList();
	}

	private String render(Case request, Actor viewer, Model model, Locale locale) {
		List<CaseEvent> events = request.events();
		model.addAttribute("caseId", request.id().toString());
		model.addAttribute("type", request.type());
		model.addAttribute("typeReference", missingText.typeReference(request.type(), locale));
		model.addAttribute("status", request.status().name());
		model.addAttribute("urgency", request.contents().urgency().name());
		model.addAttribute("requesting", side(request.requesting(), locale));
		model.addAttribute("requested", side(request.requested(), locale));
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
			.map(summary -> new Option(summary.id().toString(), text("cooperation.type." + summary.type().name(), locale) + " · "
					+ summary.requesting().state().displayName(locale) + " → " + summary.requested().state().displayName(locale)
					+ " · " + text("cooperation.status." + summary.status().name(), locale)))
			.toList());
		List<Missing> findings = request.status() == CaseStatus.DRAFT ? cases.check(viewer.state(), request.id()) : List.of();
		model.addAttribute("missing", describe(blockers(findings), request, locale));
		model.addAttribute("warnings", describe(warnings(findings), request, locale));
		boolean mayAct = mayAct();
		model.addAttribute("mayAct", mayAct);
		model.addAttribute("acts", (mayAct ? request.allowedActs(viewer) : List.<Act>of())
			.stream()
			.filter(act -> act != Act.DRAFT && act != Act.EDIT_DRAFT)
			.map(act -> new ActForm(act.name(), act.name().toLowerCase(Locale.ROOT).replace('_', '-'),
					WITH_TEXT.contains(act) || PART_TWO_WITH_TEXT.contains(act), act == Act.REFUSE
							? request.refusableGrounds().stream().sorted().map(Enum::name).toList()
							: act == Act.LIFT_MEASURE ? List.of(RefusalGround.DE_MINIMIS.name(), RefusalGround.INSUFFICIENT_EVIDENCE.name())
									: List.of(),
					act == Act.ACCEPT_WITH_CONDITIONS, proposedDays(request, act), ACT_FIELDS.getOrDefault(act, List.of())))
			.toList());
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

	/**
	 * The days an act's form proposes, or null when it asks for none: the further period of preservation asked for
	 * (one default period), and for its grant the days the requesting State asked for.
	 */
	private static Integer proposedDays(Case request, Act act) {
		return switch (act) {
			case EXTEND_PRESERVATION -> 60;
			case GRANT_PRESERVATION_EXTENSION -> request.pendingExtensionDays().orElse(60);
			default -> null;
		};
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

	private List<String> describe(List<Missing> missing, Case request, Locale locale) {
		List<String> accepted = directory.authority(request.requested().authority())
			.map(authority -> admissibility.acceptedLanguages(request.requested().state(), authority))
			.orElse(List.of());
		return missingText.describe(missing, request.contents(), request.requesting(), request.requested(), accepted, locale);
	}

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
			case CHOICE, CHOICES -> String.join(", ", java.util.Arrays.stream(answer.split("[,\\s]+"))
				.map(code -> text("cooperation.choice." + element.name() + "." + code, locale))
				.toList());
			default -> answer;
		};
	}

	private SideView side(Party party, Locale locale) {
		return new SideView(party.state().value(), party.state().displayName(locale), authorityName(party.authority()));
	}

	private String authorityName(AuthorityId id) {
		return directory.authority(id).map(Authority::name).orElse(id.toString());
	}

	private List<StateOption> requestedAuthorities(Actor drafter, Locale locale) {
		return directory.designatedByState()
			.stream()
			.filter(served -> !served.state().equals(drafter.state()))
			.map(served -> new StateOption(served.state().displayName(locale), served.authorities()
				.stream()
				.map(authority -> new Option(authority.id().toString(), served.state().displayName(locale) + " — "
						+ authority.name() + " (" + text("directory.kind." + authority.kind().name(), locale) + ")"))
				.toList()))
			.sorted(Comparator.comparing(StateOption::name))
			.toList();
	}

	private List<Option> languages(Locale locale) {
		Set<String> tags = new LinkedHashSet<>(LANGUAGES);
		directory.designatedByState().forEach(served -> served.authorities().forEach(authority -> tags.addAll(authority.languages())));
		return tags.stream()
			.map(tag -> tag.toLowerCase(Locale.ROOT))
			.distinct()
			.map(tag -> new Option(tag, MissingText.languageName(tag, locale)))
			.sorted(Comparator.comparing(Option::label))
			.toList();
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

	private boolean mayAct() {
		try {
			actors.acting();
			return true;
		}
		catch (AccessRefused auditor) {
			return false;
		}
	}

	private ActInput input(MultiValueMap<String, String> posted) {
		String text = posted.getFirst("text");
		Set<RefusalGround> grounds = EnumSet.noneOf(RefusalGround.class);
		for (String ground : posted.getOrDefault("grounds", List.of())) {
			grounds.add(RefusalGround.of(ground));
		}
		List<String> conditions = posted.getFirst("conditions") == null ? List.of()
				: posted.getFirst("conditions").lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		Integer days = null;
		String typedDays = posted.getFirst("days");
		if (typedDays != null && !typedDays.isBlank()) {
			try {
				days = Integer.valueOf(typedDays.strip());
			}
			catch (NumberFormatException notNumber) {
				throw new InvalidValue("days", "not a number");
			}
		}
		Map<String, String> fields = new java.util.TreeMap<>();
		ACT_FIELDS.values().stream().flatMap(List::stream).distinct().forEach(name -> {
			String value = posted.getFirst(name);
			if (value != null) {
				fields.put(name, value);
			}
		});
		return new ActInput(text, grounds, conditions, days, fields);
	}

	/** The options of a choice element, with their labels and whether the form has them chosen. */
	private List<Choice> options(FormElement element, DraftForm form, Locale locale) {
		List<String> chosen = element.kind() == FormElement.Kind.CHOICES ? form.multiple.getOrDefault(element, List.of())
				: List.of(form.value(DraftForm.ELEMENT + element.name()));
		return element.options()
			.stream()
			.map(code -> new Choice(code, text("cooperation.choice." + element.name() + "." + code, locale), chosen.contains(code)))
			.toList();
	}

	private String actName(Act act, Locale locale) {
		return text("cooperation.act." + act.name() + ".do", locale);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	private static CaseType parseType(String type) {
		if (type == null || type.isBlank()) {
			return null;
		}
		try {
			return CaseType.valueOf(type.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	private static CaseId caseId(String id) {
		try {
			return new CaseId(UUID.fromString(id));
		}
		catch (IllegalArgumentException notAnId) {
			throw new CaseNotFound(null);
		}
	}

	private static Act parseAct(String act) {
		try {
			Act parsed = Act.valueOf(act.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
			if (parsed == Act.DRAFT || parsed == Act.EDIT_DRAFT) {
				throw new CaseNotFound(null);
			}
			return parsed;
		}
		catch (IllegalArgumentException unknown) {
			throw new CaseNotFound(null);
		}
	}

	/** A type of request as the chooser offers it. */
	record TypeChoice(String name, int article, String channel) {
	}

	/** A line of the inbox or outbox. */
	record Row(String id, String type, String otherState, String status, String urgency, String updatedAt,
			String dueClock, String dueAt) {
	}

	/** An element of the type's form, with what was typed or answered. */
	record ElementField(String name, String kind, String label, String reference, boolean required, String value,
			List<Choice> options) {
	}

	/** One option of a choice element: its code, its label and whether it is chosen. */
	record Choice(String code, String label, boolean chosen) {
	}

	/** A choice in a list. */
	record Option(String value, String label) {
	}

	/** A State and its designated authorities, as a group of choices. */
	record StateOption(String name, List<Option> authorities) {
	}

	/** One side of the case: the State and the authority acting for it. */
	record SideView(String code, String state, String authority) {
	}

	/** A line of the request's common contents. */
	record Detail(String label, String value) {
	}

	/** An act the viewer may perform now and what its form asks for. */
	record ActForm(String act, String path, boolean text, List<String> grounds, boolean conditions, Integer days,
			List<String> fields) {
	}

	/** One event of the case's chain, as the timeline shows it. */
	record TimelineEntry(long sequence, String act, String status, String actor, String at, String shortHash, String hash,
			List<String> details) {
	}

	/** The completeness checker's items in the reader's language; empty when the request can be submitted. */
	/** What the drafter must still do ({@code items}) and what to check before sending ({@code warnings}). */
	record Checker(List<String> items, List<String> warnings) {
	}
}
