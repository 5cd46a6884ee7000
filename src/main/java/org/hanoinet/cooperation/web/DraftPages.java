package org.hanoinet.cooperation.web;

import static org.hanoinet.cooperation.web.CaseTexts.UTC_TIME;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Admissibility;
import org.hanoinet.cooperation.AssistanceType;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseNotFound;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.FormElement;
import org.hanoinet.cooperation.LegalBasis;
import org.hanoinet.cooperation.Missing;
import org.hanoinet.cooperation.OffenceBasis;
import org.hanoinet.cooperation.Party;
import org.hanoinet.cooperation.RequestContents;
import org.hanoinet.cooperation.Urgency;
import org.hanoinet.cooperation.web.CaseTexts.Choice;
import org.hanoinet.cooperation.web.CaseTexts.ElementField;
import org.hanoinet.cooperation.web.CaseTexts.Option;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.Directory;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.InvalidValue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Drafting a request in the browser: the choice of its type, the type's guided form with its live completeness checker
 * (field errors, missing contents, language and legal-basis problems, warnings), saving the draft and editing it.
 */
@Controller
class DraftPages {

	/** Languages offered for a request besides those the directory's authorities list: the UN's six and the demo's. */
	private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "zh", "ru", "pt", "vi");

	private final CaseManagement cases;

	private final CaseActors actors;

	private final Directory directory;

	private final Admissibility admissibility;

	private final MissingText missingText;

	private final CaseTexts texts;

	private final PageActs acts;

	private final Clock clock;

	DraftPages(CaseManagement cases, CaseActors actors, Directory directory, Admissibility admissibility,
			MissingText missingText, CaseTexts texts, PageActs acts, Clock clock) {
		this.cases = cases;
		this.actors = actors;
		this.directory = directory;
		this.admissibility = admissibility;
		this.missingText = missingText;
		this.texts = texts;
		this.acts = acts;
		this.clock = clock;
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
		return form(DraftForm.empty(chosen), drafter, model, locale, null);
	}

	@PostMapping("/cases/new/check")
	String check(@RequestParam MultiValueMap<String, String> posted, Model model, Locale locale) {
		Actor drafter = actors.acting();
		model.addAttribute("checker", checker(DraftForm.of(posted), drafter, locale));
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
		return form(form, drafter, model, locale, type);
	}

	@GetMapping("/cases/{id}/edit")
	String editForm(@PathVariable String id, Model model, Locale locale) {
		Actor drafter = actors.acting();
		Case draft = cases.find(drafter.state(), CasePage.caseId(id));
		if (!draft.allowedActs(drafter).contains(Act.EDIT_DRAFT)) {
			return "redirect:/cases/" + draft.id();
		}
		return editing(draft, DraftForm.of(draft), drafter, model, locale);
	}

	@PostMapping("/cases/{id}/edit")
	String edit(@PathVariable String id, @RequestParam MultiValueMap<String, String> posted, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor drafter = actors.acting();
		Case draft = cases.find(drafter.state(), CasePage.caseId(id));
		DraftForm form = DraftForm.of(posted);
		form.values.put("type", draft.type().name());
		form.values.put("requestedAuthority", draft.requested().authority().toString());
		RequestContents contents = form.contents();
		if (!form.errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return editing(draft, form, drafter, model, locale);
		}
		return acts.perform(drafter, draft.id(), Act.EDIT_DRAFT, () -> cases.edit(drafter, draft.id(), contents), model,
				locale, response, redirect);
	}

	private String editing(Case draft, DraftForm form, Actor drafter, Model model, Locale locale) {
		model.addAttribute("editing", draft.id().toString());
		model.addAttribute("fixedRequested", texts.side(draft.requested(), locale));
		return form(form, drafter, model, locale, draft.type());
	}

	private String form(DraftForm form, Actor drafter, Model model, Locale locale, CaseType fallback) {
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
		model.addAttribute("earlierCases", cases.outbox(drafter, CaseListPage.LIST_LIMIT)
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
		items.addAll(missingText.describe(CaseTexts.blockers(missing), contents, requesting, requestedParty, accepted, locale));
		return new Checker(items,
				missingText.describe(CaseTexts.warnings(missing), contents, requesting, requestedParty, accepted, locale));
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

	/** The options of a choice element, with their labels and whether the form has them chosen. */
	private List<Choice> options(FormElement element, DraftForm form, Locale locale) {
		List<String> chosen = element.kind() == FormElement.Kind.CHOICES ? form.multiple.getOrDefault(element, List.of())
				: List.of(form.value(DraftForm.ELEMENT + element.name()));
		return element.options()
			.stream()
			.map(code -> new Choice(code, text("cooperation.choice." + element.name() + "." + code, locale), chosen.contains(code)))
			.toList();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return texts.text(key, locale, arguments);
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

	/** A type of request as the chooser offers it. */
	record TypeChoice(String name, int article, String channel) {
	}

	/** A State and its designated authorities, as a group of choices. */
	record StateOption(String name, List<Option> authorities) {
	}

	/** What the drafter must still do ({@code items}) and what to check before sending ({@code warnings}). */
	record Checker(List<String> items, List<String> warnings) {
	}
}
