package org.hanoinet.assistance.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.hanoinet.assistance.ActOfOtherSide;
import org.hanoinet.assistance.AlreadyMatched;
import org.hanoinet.assistance.AssistanceManagement;
import org.hanoinet.assistance.InvalidTransition;
import org.hanoinet.assistance.Match;
import org.hanoinet.assistance.MatchAct;
import org.hanoinet.assistance.MatchDetails;
import org.hanoinet.assistance.MatchId;
import org.hanoinet.assistance.MatchNotFound;
import org.hanoinet.assistance.Need;
import org.hanoinet.assistance.NeedId;
import org.hanoinet.assistance.NeedKind;
import org.hanoinet.assistance.Offer;
import org.hanoinet.assistance.OfferId;
import org.hanoinet.assistance.OfferKind;
import org.hanoinet.assistance.Particulars;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.Directory;
import org.hanoinet.directory.Directory.ServedState;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.Role;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;
import org.hanoinet.treaty.RegionalGroup;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page {@code /assistance}: the offers of every State, the needs and the matches the caller's State may see, the
 * forms with which a State's supervisors and node administrators record a need or an offer and act on a match, and
 * the secretariat's form that matches a need with an offer.
 */
@Controller
class AssistancePages {

	/** The fields whose refusal the page explains in the reader's language; any other gets the general sentence. */
	private static final Set<String> FIELDS = Set.of("kind", "title", "description", "languages", "region", "from", "to", "contact",
			"visibleTo", "need", "offer", "reason", "delivered", "date", "outcome");

	private final AssistanceManagement assistance;

	private final AssistanceCallers callers;

	private final Directory directory;

	private final MessageSource messages;

	AssistancePages(AssistanceManagement assistance, AssistanceCallers callers, Directory directory, MessageSource messages) {
		this.assistance = assistance;
		this.callers = callers;
		this.directory = directory;
		this.messages = messages;
	}

	/** A need as a row of the page; {@code visibleTo} only for its own State and the secretariat. */
	record NeedRow(String id, String state, String kind, String title, String description, String languages, String region,
			String from, String to, String contact, List<String> visibleTo) {
	}

	record OfferRow(String id, String state, String kind, String title, String description, String languages, String region,
			String from, String to, String contact) {
	}

	/** A match as a row, with the acts the caller may do on it now. */
	record MatchRow(String id, String status, String needTitle, String needState, String offerTitle, String offerState,
			String acceptedByNeedingState, String acceptedByOfferingState, String declinedBy, String declineReason,
			String deliveredOn, String delivered, String outcomeBy, String outcome, List<String> acts) {
	}

	/** A choice of a form's list: its value and what it shows. */
	record Choice(String value, String label) {
	}

	/** What a refused form was given, so that the reader finds it filled in again. */
	record Draft(String form, String kind, String title, String description, String languages, String region, String from,
			String to, String contact, List<String> visibleTo) {
	}

	@GetMapping("/assistance")
	String page(Model model, Locale locale) {
		Caller caller = callers.reader();
		boolean secretariat = caller.has(Role.SECRETARIAT);
		List<Need> needs = assistance.needs(caller);
		List<Offer> offers = assistance.offers();
		model.addAttribute("stateName", caller.state().displayName(locale));
		model.addAttribute("secretariat", secretariat);
		model.addAttribute("mayRecord", callers.mayRecord(caller));
		model.addAttribute("needs", needs.stream().map(need -> row(need, caller, locale)).toList());
		model.addAttribute("offers", offers.stream().map(offer -> row(offer, locale)).toList());
		model.addAttribute("matches", assistance.matches(caller).stream().map(match -> row(match, caller, locale)).toList());
		model.addAttribute("needKinds", Arrays.stream(NeedKind.values()).map(Enum::name).toList());
		model.addAttribute("offerKinds", Arrays.stream(OfferKind.values()).map(Enum::name).toList());
		model.addAttribute("regions", Arrays.stream(RegionalGroup.values()).map(Enum::name).toList());
		model.addAttribute("contacts", directory.registerOf(caller.state())
			.stream()
			.map(authority -> new Choice(authority.id().toString(), authority.name()))
			.toList());
		model.addAttribute("otherStates", directory.designatedByState()
			.stream()
			.map(ServedState::state)
			.filter(state -> !state.equals(caller.state()))
			.map(state -> new Choice(state.value(), state.displayName(locale)))
			.toList());
		if (secretariat) {
			model.addAttribute("needChoices", needs.stream()
				.map(need -> new Choice(need.id().toString(), need.state().displayName(locale) + ": " + need.particulars().title()))
				.toList());
			model.addAttribute("offerChoices", offers.stream()
				.map(offer -> new Choice(offer.id().toString(), offer.state().displayName(locale) + ": " + offer.particulars().title()))
				.toList());
		}
		if (!model.containsAttribute("draft")) {
			model.addAttribute("draft", new Draft("", "", "", "", locale.getLanguage(), "", "", "", "", List.of()));
		}
		return "assistance/register";
	}

	@PostMapping("/assistance/needs")
	String recordNeed(@RequestParam(required = false) String kind, @RequestParam(required = false) String title,
			@RequestParam(required = false) String description, @RequestParam(required = false) String languages,
			@RequestParam(required = false) String region, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String contact,
			@RequestParam(required = false) List<String> visibleTo, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Caller caller = callers.recorder();
		Draft draft = new Draft("need", kind, title, description, languages, region, from, to, contact,
				visibleTo == null ? List.of() : visibleTo);
		try {
			assistance.recordNeed(caller, AssistanceForms.choice("kind", kind, NeedKind.class), particulars(draft),
					AssistanceForms.states("visibleTo", visibleTo));
		}
		catch (InvalidValue invalid) {
			return refused(model, locale, response, HttpStatus.BAD_REQUEST, message(invalid), draft);
		}
		return done(redirect, "need");
	}

	@PostMapping("/assistance/offers")
	String recordOffer(@RequestParam(required = false) String kind, @RequestParam(required = false) String title,
			@RequestParam(required = false) String description, @RequestParam(required = false) String languages,
			@RequestParam(required = false) String region, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String contact, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = callers.recorder();
		Draft draft = new Draft("offer", kind, title, description, languages, region, from, to, contact, List.of());
		try {
			assistance.recordOffer(caller, AssistanceForms.choice("kind", kind, OfferKind.class), particulars(draft));
		}
		catch (InvalidValue invalid) {
			return refused(model, locale, response, HttpStatus.BAD_REQUEST, message(invalid), draft);
		}
		return done(redirect, "offer");
	}

	@PostMapping("/assistance/matches")
	String propose(@RequestParam(required = false) String need, @RequestParam(required = false) String offer, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = callers.secretariat();
		try {
			assistance.propose(caller, NeedId.of("need", need), OfferId.of("offer", offer));
		}
		catch (InvalidValue invalid) {
			return refused(model, locale, response, HttpStatus.BAD_REQUEST, message(invalid), null);
		}
		catch (AlreadyMatched matched) {
			return refused(model, locale, response, HttpStatus.CONFLICT, new Message("assistance.refused.matched", null), null);
		}
		return done(redirect, "match");
	}

	@PostMapping("/assistance/matches/{id}/accept")
	String accept(@PathVariable String id, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = callers.recorder();
		return act(model, locale, response, redirect, "accept", () -> assistance.accept(caller, matchId(id)));
	}

	@PostMapping("/assistance/matches/{id}/decline")
	String decline(@PathVariable String id, @RequestParam(required = false) String reason, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = callers.recorder();
		return act(model, locale, response, redirect, "decline", () -> assistance.decline(caller, matchId(id), reason));
	}

	@PostMapping("/assistance/matches/{id}/delivery")
	String delivery(@PathVariable String id, @RequestParam(required = false) String date,
			@RequestParam(required = false) String delivered, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Caller caller = callers.recorder();
		return act(model, locale, response, redirect, "delivery",
				() -> assistance.recordDelivery(caller, matchId(id), AssistanceForms.date("date", date), delivered));
	}

	@PostMapping("/assistance/matches/{id}/outcome")
	String outcome(@PathVariable String id, @RequestParam(required = false) String outcome, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = callers.recorder();
		return act(model, locale, response, redirect, "outcome", () -> assistance.recordOutcome(caller, matchId(id), outcome));
	}

	/** A message key of this page's bundle and the one argument it may take, already in the reader's language. */
	record Message(String key, String argument) {
	}

	private interface MatchAction {

		MatchDetails run();
	}

	private String act(Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect, String done,
			MatchAction action) {
		try {
			action.run();
		}
		catch (MatchNotFound missing) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, missing.getMessage());
		}
		catch (InvalidValue invalid) {
			return refused(model, locale, response, HttpStatus.BAD_REQUEST, message(invalid), null);
		}
		catch (InvalidTransition refused) {
			return refused(model, locale, response, HttpStatus.CONFLICT,
					new Message("assistance.refused.transition",
							messages.getMessage("assistance.status." + refused.from().name(), null, locale)), null);
		}
		catch (ActOfOtherSide refused) {
			return refused(model, locale, response, HttpStatus.FORBIDDEN, new Message("assistance.refused.otherSide", null), null);
		}
		return done(redirect, done);
	}

	private String refused(Model model, Locale locale, HttpServletResponse response, HttpStatus status, Message message, Draft draft) {
		response.setStatus(status.value());
		model.addAttribute("formError", message);
		if (draft != null) {
			model.addAttribute("draft", draft);
		}
		return page(model, locale);
	}

	private static String done(RedirectAttributes redirect, String what) {
		redirect.addFlashAttribute("done", "assistance.done." + what);
		return "redirect:/assistance";
	}

	private static Message message(InvalidValue invalid) {
		return new Message(FIELDS.contains(invalid.field()) ? "assistance.invalid." + invalid.field() : "assistance.invalid", null);
	}

	private static Particulars particulars(Draft draft) {
		return AssistanceForms.particulars(draft.title(), draft.description(), AssistanceForms.list(draft.languages()), draft.region(),
				draft.from(), draft.to(), draft.contact());
	}

	private static MatchId matchId(String id) {
		try {
			return new MatchId(UUID.fromString(id));
		}
		catch (IllegalArgumentException notUuid) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No match " + id);
		}
	}

	private NeedRow row(Need need, Caller caller, Locale locale) {
		Particulars particulars = need.particulars();
		boolean choiceShown = caller.actsFor(need.state()) || caller.has(Role.SECRETARIAT);
		return new NeedRow(need.id().toString(), need.state().displayName(locale), need.kind().name(), particulars.title(),
				particulars.description(), String.join(", ", particulars.languages()), particulars.region().name(),
				particulars.from().toString(), particulars.to().toString(), contact(particulars.contact()),
				choiceShown ? need.visibleTo().stream().map(state -> state.displayName(locale)).toList() : null);
	}

	private OfferRow row(Offer offer, Locale locale) {
		Particulars particulars = offer.particulars();
		return new OfferRow(offer.id().toString(), offer.state().displayName(locale), offer.kind().name(), particulars.title(),
				particulars.description(), String.join(", ", particulars.languages()), particulars.region().name(),
				particulars.from().toString(), particulars.to().toString(), contact(particulars.contact()));
	}

	private MatchRow row(MatchDetails details, Caller caller, Locale locale) {
		Match match = details.match();
		List<String> acts = callers.mayRecord(caller)
				? Arrays.stream(MatchAct.values()).filter(act -> match.allows(caller.state(), act)).map(MatchAct::name).toList()
				: List.of();
		return new MatchRow(match.id().toString(), match.status().name(), details.need().particulars().title(),
				match.needingState().displayName(locale), details.offer().particulars().title(), match.offeringState().displayName(locale),
				day(match.acceptedByNeedingState()), day(match.acceptedByOfferingState()),
				match.decline() == null ? null : name(match.decline().by(), locale), match.decline() == null ? null : match.decline().reason(),
				match.delivery() == null ? null : match.delivery().on().toString(),
				match.delivery() == null ? null : match.delivery().delivered(),
				match.outcome() == null ? null : name(match.outcome().by(), locale), match.outcome() == null ? null : match.outcome().text(),
				acts);
	}

	private String contact(AuthorityId id) {
		return directory.authority(id).map(Authority::name).orElse(id.toString());
	}

	private static String name(CountryCode state, Locale locale) {
		return state.displayName(locale);
	}

	private static String day(Instant instant) {
		return instant == null ? null : instant.toString().substring(0, 10);
	}
}
