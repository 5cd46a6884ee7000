package org.hanoinet.assistance.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hanoinet.assistance.AssistanceManagement;
import org.hanoinet.assistance.Match;
import org.hanoinet.assistance.MatchAct;
import org.hanoinet.assistance.MatchDetails;
import org.hanoinet.assistance.MatchId;
import org.hanoinet.assistance.Need;
import org.hanoinet.assistance.NeedId;
import org.hanoinet.assistance.NeedKind;
import org.hanoinet.assistance.Offer;
import org.hanoinet.assistance.OfferId;
import org.hanoinet.assistance.OfferKind;
import org.hanoinet.assistance.Particulars;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.Role;
import org.hanoinet.shared.CountryCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The technical-assistance register (arts. 54 and 56): needs, offers and the secretariat's matches, each as the
 * caller's State may see them, and the acts of the two States on a match.
 */
@RestController
@RequestMapping("/api/v1/assistance")
@Tag(name = "Technical assistance", description = "Needs and offers of technical assistance and capacity-building (arts. 54, 56), matched by the secretariat")
class AssistanceApi {

	private final AssistanceManagement assistance;

	private final AssistanceCallers callers;

	AssistanceApi(AssistanceManagement assistance, AssistanceCallers callers) {
		this.assistance = assistance;
		this.callers = callers;
	}

	/** A need to record: kind, particulars and the States that may see it. */
	record NeedBody(String kind, String title, String description, List<String> languages, String region, String from, String to,
			String contact, List<String> visibleTo) {
	}

	/** An offer to record: kind and particulars. */
	record OfferBody(String kind, String title, String description, List<String> languages, String region, String from, String to,
			String contact) {
	}

	/** The need and the offer the secretariat matches. */
	record MatchBody(String need, String offer) {
	}

	/** Why a State declines a match. */
	record DeclineBody(String reason) {
	}

	/** The day of delivery (YYYY-MM-DD) and what was delivered. */
	record DeliveryBody(String date, String delivered) {
	}

	/** What came of the assistance. */
	record OutcomeBody(String outcome) {
	}

	/**
	 * A need; {@code visibleTo} is given to its own State and the secretariat only, since the choice says nothing the
	 * other States need.
	 */
	record NeedJson(String id, String state, String kind, String title, String description, List<String> languages, String region,
			String from, String to, String contact, List<String> visibleTo, String recordedAt) {
	}

	record OfferJson(String id, String state, String kind, String title, String description, List<String> languages, String region,
			String from, String to, String contact, String recordedAt) {
	}

	/** The need or offer a match brings together, in short. */
	record Side(String id, String state, String kind, String title) {
	}

	/** A match, with what each State did and the acts the caller may do on it now. */
	record MatchJson(String id, String status, Side need, Side offer, String proposedAt, String acceptedByNeedingState,
			String acceptedByOfferingState, String declinedBy, String declineReason, String declinedAt, String deliveredOn,
			String delivered, String outcomeBy, String outcome, String outcomeRecordedAt, List<String> acts) {
	}

	@GetMapping("/needs")
	@Operation(summary = "The needs the caller sees: its State's, those it was chosen to see, and every need for the secretariat")
	List<NeedJson> needs() {
		Caller caller = callers.reader();
		return assistance.needs(caller).stream().map(need -> json(need, caller)).toList();
	}

	@PostMapping("/needs")
	@Operation(summary = "Record a need of the caller's State, seen by the secretariat and the States in visibleTo (supervisors and node administrators)")
	ResponseEntity<NeedJson> recordNeed(@RequestBody NeedBody body) {
		Caller caller = callers.recorder();
		Need need = assistance.recordNeed(caller, AssistanceForms.choice("kind", body.kind(), NeedKind.class),
				AssistanceForms.particulars(body.title(), body.description(), body.languages(), body.region(), body.from(), body.to(),
						body.contact()),
				AssistanceForms.states("visibleTo", body.visibleTo()));
		return ResponseEntity.created(URI.create("/api/v1/assistance/needs/" + need.id())).body(json(need, caller));
	}

	@GetMapping("/offers")
	@Operation(summary = "Every offer of every State")
	List<OfferJson> offers() {
		callers.reader();
		return assistance.offers().stream().map(AssistanceApi::json).toList();
	}

	@PostMapping("/offers")
	@Operation(summary = "Record an offer of the caller's State, seen by every State (supervisors and node administrators)")
	ResponseEntity<OfferJson> recordOffer(@RequestBody OfferBody body) {
		Caller caller = callers.recorder();
		Offer offer = assistance.recordOffer(caller, AssistanceForms.choice("kind", body.kind(), OfferKind.class),
				AssistanceForms.particulars(body.title(), body.description(), body.languages(), body.region(), body.from(), body.to(),
						body.contact()));
		return ResponseEntity.created(URI.create("/api/v1/assistance/offers/" + offer.id())).body(json(offer));
	}

	@GetMapping("/matches")
	@Operation(summary = "The matches the caller's State is a side of; every match for the secretariat")
	List<MatchJson> matches() {
		Caller caller = callers.reader();
		return assistance.matches(caller).stream().map(match -> json(match, caller)).toList();
	}

	@PostMapping("/matches")
	@Operation(summary = "Match a need of one State with an offer of another (secretariat)")
	ResponseEntity<MatchJson> propose(@RequestBody MatchBody body) {
		Caller caller = callers.secretariat();
		MatchDetails match = assistance.propose(caller, NeedId.of("need", body.need()), OfferId.of("offer", body.offer()));
		return ResponseEntity.created(URI.create("/api/v1/assistance/matches/" + match.match().id())).body(json(match, caller));
	}

	@PostMapping("/matches/{id}/accept")
	@Operation(summary = "Accept a match, as its needing or its offering State")
	MatchJson accept(@PathVariable String id) {
		Caller caller = callers.recorder();
		return json(assistance.accept(caller, MatchId.of("id", id)), caller);
	}

	@PostMapping("/matches/{id}/decline")
	@Operation(summary = "Decline a match the caller's State has not accepted, with a reason")
	MatchJson decline(@PathVariable String id, @RequestBody(required = false) DeclineBody body) {
		Caller caller = callers.recorder();
		return json(assistance.decline(caller, MatchId.of("id", id), body == null ? null : body.reason()), caller);
	}

	@PostMapping("/matches/{id}/delivery")
	@Operation(summary = "Record the delivery of the assistance, as the offering State, once both States accepted")
	MatchJson delivery(@PathVariable String id, @RequestBody(required = false) DeliveryBody body) {
		Caller caller = callers.recorder();
		MatchId match = MatchId.of("id", id);
		DeliveryBody given = body == null ? new DeliveryBody(null, null) : body;
		return json(assistance.recordDelivery(caller, match, AssistanceForms.date("date", given.date()), given.delivered()), caller);
	}

	@PostMapping("/matches/{id}/outcome")
	@Operation(summary = "Record the outcome of the assistance delivered, as either State")
	MatchJson outcome(@PathVariable String id, @RequestBody(required = false) OutcomeBody body) {
		Caller caller = callers.recorder();
		return json(assistance.recordOutcome(caller, MatchId.of("id", id), body == null ? null : body.outcome()), caller);
	}

	private static NeedJson json(Need need, Caller caller) {
		Particulars particulars = need.particulars();
		boolean choiceShown = caller.actsFor(need.state()) || caller.has(Role.SECRETARIAT);
		return new NeedJson(need.id().toString(), need.state().value(), need.kind().name(), particulars.title(),
				particulars.description(), particulars.languages(), particulars.region().name(), particulars.from().toString(),
				particulars.to().toString(), particulars.contact().toString(),
				choiceShown ? need.visibleTo().stream().map(CountryCode::value).toList() : null, need.recordedAt().toString());
	}

	private static OfferJson json(Offer offer) {
		Particulars particulars = offer.particulars();
		return new OfferJson(offer.id().toString(), offer.state().value(), offer.kind().name(), particulars.title(),
				particulars.description(), particulars.languages(), particulars.region().name(), particulars.from().toString(),
				particulars.to().toString(), particulars.contact().toString(), offer.recordedAt().toString());
	}

	private MatchJson json(MatchDetails details, Caller caller) {
		Match match = details.match();
		List<String> acts = Arrays.stream(MatchAct.values())
			.filter(act -> callers.mayRecord(caller) && match.allows(caller.state(), act))
			.map(MatchAct::name)
			.toList();
		return new MatchJson(match.id().toString(), match.status().name(),
				new Side(details.need().id().toString(), details.need().state().value(), details.need().kind().name(),
						details.need().particulars().title()),
				new Side(details.offer().id().toString(), details.offer().state().value(), details.offer().kind().name(),
						details.offer().particulars().title()),
				match.proposedAt().toString(), text(match.acceptedByNeedingState()), text(match.acceptedByOfferingState()),
				match.decline() == null ? null : match.decline().by().value(), match.decline() == null ? null : match.decline().reason(),
				match.decline() == null ? null : match.decline().at().toString(),
				match.delivery() == null ? null : match.delivery().on().toString(),
				match.delivery() == null ? null : match.delivery().delivered(),
				match.outcome() == null ? null : match.outcome().by().value(), match.outcome() == null ? null : match.outcome().text(),
				match.outcome() == null ? null : match.outcome().recordedAt().toString(), acts);
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}
}
