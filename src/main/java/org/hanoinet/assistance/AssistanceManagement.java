package org.hanoinet.assistance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.hanoinet.assistance.AssistanceEvents.NeedRecorded;
import org.hanoinet.assistance.AssistanceEvents.OfferRecorded;
import org.hanoinet.assistance.internal.JdbcAssistanceRegister;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.Directory;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.Role;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The technical-assistance register (arts. 54 and 56): the needs and offers States record, the secretariat's
 * matches of one with the other, and what the two States of a match do with it. Every read is scoped: a need is
 * seen by its State, by the States it chose and by the secretariat; a match by its two States and the secretariat;
 * offers by everyone signed in. Every change is an audit leaf.
 */
@Service
public class AssistanceManagement {

	private final JdbcAssistanceRegister register;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AssistanceManagement(JdbcAssistanceRegister register, Directory directory, ApplicationEventPublisher events, Clock clock) {
		this.register = register;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/** The needs the caller sees: every need for the secretariat, otherwise its State's and those it was chosen to see. */
	@Transactional(readOnly = true)
	public List<Need> needs(Caller viewer) {
		return viewer.has(Role.SECRETARIAT) ? register.allNeeds() : register.needsVisibleTo(viewer.state());
	}

	/** Every offer of every State. */
	@Transactional(readOnly = true)
	public List<Offer> offers() {
		return register.offers();
	}

	/** The matches the caller sees: every match for the secretariat, otherwise those its State is a side of. */
	@Transactional(readOnly = true)
	public List<MatchDetails> matches(Caller viewer) {
		List<Match> matches = viewer.has(Role.SECRETARIAT) ? register.allMatches() : register.matchesOf(viewer.state());
		return matches.stream().map(this::details).toList();
	}

	/**
	 * The caller's State records a need, seen by the secretariat and by the States in {@code visibleTo} (the recording
	 * State itself is left out of the list; it always sees its needs).
	 */
	@Transactional
	public Need recordNeed(Caller recorder, NeedKind kind, Particulars particulars, List<CountryCode> visibleTo) {
		if (kind == null) {
			throw new InvalidValue("kind", "Say what kind of assistance is needed: one of " + List.of(NeedKind.values()) + ".");
		}
		requireOwnAuthority(recorder, particulars);
		List<CountryCode> chosen = visibleTo == null ? List.of()
				: visibleTo.stream().filter(state -> !state.equals(recorder.state())).distinct().sorted().toList();
		Need need = new Need(new NeedId(UUID.randomUUID()), recorder.state(), kind, particulars, chosen, recorder.name(), now());
		register.add(need);
		events.publishEvent(new NeedRecorded(need.id(), need.state().value(), kind.name(), particulars.contact().toString(),
				String.join(",", chosen.stream().map(CountryCode::value).toList()), recorder.id().toString(), need.recordedAt()));
		return need;
	}

	/** The caller's State records an offer, which every State sees. */
	@Transactional
	public Offer recordOffer(Caller recorder, OfferKind kind, Particulars particulars) {
		if (kind == null) {
			throw new InvalidValue("kind", "Say what kind of assistance is offered: one of " + List.of(OfferKind.values()) + ".");
		}
		requireOwnAuthority(recorder, particulars);
		Offer offer = new Offer(new OfferId(UUID.randomUUID()), recorder.state(), kind, particulars, recorder.name(), now());
		register.add(offer);
		events.publishEvent(new OfferRecorded(offer.id(), offer.state().value(), kind.name(), particulars.contact().toString(),
				recorder.id().toString(), offer.recordedAt()));
		return offer;
	}

	/**
	 * The secretariat matches a need of one State with an offer of another; both States then see the match.
	 *
	 * @throws AlreadyMatched when the two are already matched and that match was not declined
	 */
	@Transactional
	public MatchDetails propose(Caller secretariat, NeedId needId, OfferId offerId) {
		if (!secretariat.has(Role.SECRETARIAT)) {
			throw new IllegalStateException("Only the secretariat matches needs with offers");
		}
		Need need = register.need(needId)
			.orElseThrow(() -> new InvalidValue("need", "No need " + needId + " is in the register."));
		Offer offer = register.offer(offerId)
			.orElseThrow(() -> new InvalidValue("offer", "No offer " + offerId + " is in the register."));
		if (register.matched(needId, offerId)) {
			throw new AlreadyMatched(needId, offerId);
		}
		Match match = Match.propose(new MatchId(UUID.randomUUID()), need, offer, secretariat.id().toString(), now());
		register.add(match);
		match.takeEvents().forEach(events::publishEvent);
		return new MatchDetails(match, need, offer);
	}

	/** The caller's State accepts a match it is a side of. */
	@Transactional
	public MatchDetails accept(Caller side, MatchId id) {
		return act(side, id, match -> match.accept(side.state(), side.id().toString(), now()));
	}

	/** The caller's State declines a match it is a side of and has not accepted, with a reason. */
	@Transactional
	public MatchDetails decline(Caller side, MatchId id, String reason) {
		return act(side, id, match -> match.decline(side.state(), reason, side.id().toString(), now()));
	}

	/** The caller's State, the offering one, records that it delivered the assistance and what it delivered. */
	@Transactional
	public MatchDetails recordDelivery(Caller side, MatchId id, LocalDate on, String delivered) {
		return act(side, id, match -> match.recordDelivery(side.state(), on, delivered, side.id().toString(), now()));
	}

	/** The caller's State records the outcome of the assistance delivered. */
	@Transactional
	public MatchDetails recordOutcome(Caller side, MatchId id, String outcome) {
		return act(side, id, match -> match.recordOutcome(side.state(), outcome, side.id().toString(), now()));
	}

	private MatchDetails act(Caller side, MatchId id, Consumer<Match> act) {
		Match match = register.lockMatch(id).filter(found -> found.concerns(side.state())).orElseThrow(() -> new MatchNotFound(id));
		act.accept(match);
		register.update(match);
		match.takeEvents().forEach(events::publishEvent);
		return details(match);
	}

	private MatchDetails details(Match match) {
		return new MatchDetails(match, register.need(match.need()).orElseThrow(), register.offer(match.offer()).orElseThrow());
	}

	private void requireOwnAuthority(Caller recorder, Particulars particulars) {
		Authority contact = directory.authority(particulars.contact())
			.orElseThrow(() -> new InvalidValue("contact", "No authority " + particulars.contact() + " is in the directory."));
		if (!contact.state().equals(recorder.state())) {
			throw new InvalidValue("contact", "The contact authority " + contact.name() + " belongs to " + contact.state()
					+ "; name an authority of your own State, " + recorder.state() + ".");
		}
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
