package org.hanoinet.treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The final clauses as rules (arts. 64, 65 and 67): who may sign, ratify, accept, approve, accede or denounce,
 * and when, and from which date the Convention is in force, generally and for each participant.
 * <p>
 * Pure: it takes the recorded actions and answers; it stores nothing and reads no clock. Actions are replayed
 * in date order (on one day: signatures, then instruments, then declarations, reservations and denunciations;
 * an REIO after the States), and each is checked against what happened before it.
 * <ul>
 * <li>Signature: in Hanoi on 25–26 Oct 2025, in New York until 31 Dec 2026; then accession only (art. 64).</li>
 * <li>Ratification, acceptance and approval follow a signature; accession needs none (art. 64).</li>
 * <li>An REIO signs and deposits only after one of its member States has; its instrument does not count toward the
 * 40 (arts. 64, 65(1)).</li>
 * <li>In force on the 90th day after the 40th counted instrument (art. 65(1)); for a later instrument, on the 30th
 * day after its deposit or on the general date, whichever is later (art. 65(2), as UNCAC 68(2) words it; UNTOC
 * 38(2) has no "whichever is later", hence {@link TreatyRules#lateInstrumentAwaitsGeneralDate()}).</li>
 * <li>Denunciation takes effect one year after the depositary receives it (art. 67).</li>
 * <li>Day N after a date is that date plus N calendar days (the deposit day is day 0).</li>
 * </ul>
 * The numbers come from {@link TreatyRules}.
 */
public final class EntryIntoForce {

	private final TreatyRules rules;

	private final Participants participants;

	public EntryIntoForce(TreatyRules rules, Participants participants) {
		this.rules = rules;
		this.participants = participants;
	}

	public TreatyRules rules() {
		return rules;
	}

	/** The first action the rules forbid, replaying them in order; empty when all are allowed. */
	public Optional<Refusal> check(Collection<Action> actions) {
		try {
			replay(actions, null);
			return Optional.empty();
		}
		catch (ActionRefused refused) {
			return Optional.of(refused.refusal());
		}
	}

	/** The status of the Convention on a date, from the actions dated on or before it. */
	public ConventionStatus status(Collection<Action> actions, LocalDate date) {
		Replay replay = replay(actions, date);
		LocalDate general = replay.entryIntoForce();
		List<ParticipantStatus> statuses = new ArrayList<>();
		for (Participant participant : participants.all()) {
			statuses.add(replay.statusOf(participant, date, general));
		}
		return new ConventionStatus(date, List.copyOf(statuses), replay.counted.size(), rules.instrumentsForEntryIntoForce(), general);
	}

	/**
	 * What would follow from hypothetical actions added to the recorded ones; an {@link ActionRefused} when the rules
	 * forbid one of them (or when a recorded action becomes impossible because of them).
	 */
	public Projection project(Collection<Action> recorded, Collection<Action> hypothetical) {
		Set<ActionId> projected = new HashSet<>();
		hypothetical.forEach(action -> projected.add(action.id()));
		List<Action> all = new ArrayList<>(recorded);
		all.addAll(hypothetical);
		Replay replay = replay(all, null);
		LocalDate general = replay.entryIntoForce();
		List<Projection.Effect> effects = new ArrayList<>();
		for (Action deposit : replay.deposits) {
			effects.add(new Projection.Effect(deposit.participant(), deposit.kind(), deposit.date(), counts(deposit.participant()),
					effectiveDate(deposit.date(), replay.decidingDeposit(), general), projected.contains(deposit.id())));
		}
		return new Projection(general, replay.counted.size(), rules.instrumentsForEntryIntoForce(), List.copyOf(effects));
	}

	/** When the Convention takes effect for an instrument deposited on this date (art. 65). */
	LocalDate effectiveDate(LocalDate deposit, LocalDate decidingDeposit, LocalDate general) {
		if (general == null) {
			return null;
		}
		if (!deposit.isAfter(decidingDeposit)) {
			return general;
		}
		LocalDate ownDate = deposit.plusDays(rules.daysAfterLateInstrument());
		return ownDate.isAfter(general) || !rules.lateInstrumentAwaitsGeneralDate() ? ownDate : general;
	}

	private boolean counts(ParticipantCode participant) {
		return !participants.isReio(participant);
	}

	private Replay replay(Collection<Action> actions, LocalDate until) {
		List<Action> ordered = actions.stream()
			.filter(Action::dated)
			.filter(action -> until == null || !action.date().isAfter(until))
			.sorted(Comparator.comparing(Action::date)
				.thenComparing(action -> action.kind().category())
				.thenComparing(action -> participants.isReio(action.participant())))
			.toList();
		Replay replay = new Replay();
		for (Action action : ordered) {
			replay.apply(action);
		}
		return replay;
	}

	/** What the replay has seen so far. */
	private final class Replay {

		final Map<ParticipantCode, LocalDate> signatures = new HashMap<>();

		final Map<ParticipantCode, Action> instruments = new HashMap<>();

		final Map<ParticipantCode, LocalDate> denunciations = new HashMap<>();

		final Set<String> reservations = new HashSet<>();

		final List<Action> deposits = new ArrayList<>();

		final List<Action> counted = new ArrayList<>();

		void apply(Action action) {
			ParticipantCode who = action.participant();
			LocalDate date = action.date();
			if (participants.find(who).isEmpty()) {
				throw new ActionRefused(new Refusal.UnknownParticipant(who));
			}
			if (date.isBefore(rules.hanoiSignatureOpens())) {
				throw new ActionRefused(action.kind() == ActionKind.SIGNATURE
						? new Refusal.SignatureClosed(who, date, rules.hanoiSignatureOpens(), rules.signatureCloses())
						: new Refusal.NotYetOpen(who, action.kind(), date, rules.hanoiSignatureOpens()));
			}
			switch (action.kind().category()) {
				case SIGNATURE -> sign(action);
				case INSTRUMENT -> deposit(action);
				case DECLARATION -> requireSignedOrBound(action);
				case RESERVATION -> reserve(action);
				case DENUNCIATION -> denounce(action);
			}
		}

		private void sign(Action action) {
			ParticipantCode who = action.participant();
			LocalDate date = action.date();
			if (signatures.containsKey(who)) {
				throw new ActionRefused(new Refusal.AlreadySigned(who, signatures.get(who)));
			}
			if (date.isAfter(rules.signatureCloses())) {
				throw new ActionRefused(new Refusal.SignatureClosed(who, date, rules.hanoiSignatureOpens(), rules.signatureCloses()));
			}
			String expected = date.isAfter(rules.hanoiSignatureCloses()) ? "New York" : "Hanoi";
			if (!action.place().isBlank() && !action.place().toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT))) {
				throw new ActionRefused(new Refusal.WrongPlace(who, date, action.place(), expected));
			}
			if (rules.reioNeedsMemberState() && participants.isReio(who)
					&& participants.membersOf(who).stream().noneMatch(signatures::containsKey)) {
				throw new ActionRefused(new Refusal.NoMemberStateFirst(who, action.kind(), date));
			}
			signatures.put(who, date);
		}

		private void deposit(Action action) {
			ParticipantCode who = action.participant();
			Action earlier = instruments.get(who);
			if (earlier != null) {
				throw new ActionRefused(new Refusal.AlreadyBound(who, earlier.kind(), earlier.date()));
			}
			if (action.kind() != ActionKind.ACCESSION && !signatures.containsKey(who)) {
				throw new ActionRefused(new Refusal.NotSigned(who, action.kind(), action.date()));
			}
			if (rules.reioNeedsMemberState() && participants.isReio(who)
					&& participants.membersOf(who).stream().noneMatch(instruments::containsKey)) {
				throw new ActionRefused(new Refusal.NoMemberStateFirst(who, action.kind(), action.date()));
			}
			instruments.put(who, action);
			deposits.add(action);
			if (counts(who)) {
				counted.add(action);
			}
		}

		private void requireSignedOrBound(Action action) {
			ParticipantCode who = action.participant();
			if (!signatures.containsKey(who) && !instruments.containsKey(who)) {
				throw new ActionRefused(new Refusal.NotBound(who, action.kind(), action.date()));
			}
		}

		private void reserve(Action action) {
			requireSignedOrBound(action);
			String key = action.participant() + "/" + action.article();
			if (action.kind() == ActionKind.RESERVATION) {
				reservations.add(key);
			}
			else if (!reservations.remove(key)) {
				throw new ActionRefused(new Refusal.NoSuchReservation(action.participant(), action.article()));
			}
		}

		private void denounce(Action action) {
			ParticipantCode who = action.participant();
			if (!instruments.containsKey(who)) {
				throw new ActionRefused(new Refusal.NotBound(who, action.kind(), action.date()));
			}
			if (denunciations.containsKey(who)) {
				throw new ActionRefused(new Refusal.AlreadyDenounced(who, denunciations.get(who)));
			}
			denunciations.put(who, action.date());
		}

		/** The deposit that fixes the date of entry into force, or null before there is one. */
		LocalDate decidingDeposit() {
			int needed = rules.instrumentsForEntryIntoForce();
			return counted.size() < needed ? null : counted.get(needed - 1).date();
		}

		LocalDate entryIntoForce() {
			LocalDate deciding = decidingDeposit();
			return deciding == null ? null : deciding.plusDays(rules.daysAfterLastCountedInstrument());
		}

		ParticipantStatus statusOf(Participant participant, LocalDate date, LocalDate general) {
			ParticipantCode who = participant.code();
			LocalDate signedOn = signatures.get(who);
			Action instrument = instruments.get(who);
			LocalDate depositedOn = instrument == null ? null : instrument.date();
			LocalDate effectiveOn = instrument == null ? null : effectiveDate(depositedOn, decidingDeposit(), general);
			LocalDate notified = denunciations.get(who);
			LocalDate denunciationEffective = notified == null ? null : notified.plus(rules.denunciationTakesEffectAfter());
			Standing standing;
			if (denunciationEffective != null && !denunciationEffective.isAfter(date)) {
				standing = Standing.DENOUNCED;
			}
			else if (instrument != null) {
				standing = effectiveOn != null && !effectiveOn.isAfter(date) ? Standing.PARTY : Standing.CONTRACTING;
			}
			else {
				standing = signedOn != null ? Standing.SIGNATORY : Standing.NONE;
			}
			return new ParticipantStatus(participant, standing, signedOn, instrument == null ? null : instrument.kind(), depositedOn,
					instrument != null && counts(who), effectiveOn, notified, denunciationEffective);
		}
	}
}
