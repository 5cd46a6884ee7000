package org.hanoinet.treaty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A treaty registry held in memory for tests of other modules: Viet Nam and Thailand have signed in Hanoi and
 * ratified on 5 January 2026, and, since the fixture brings the Convention into force after two instruments, they
 * are States Parties from 5 April 2026. Further actions, such as declarations under art. 37, are added on top.
 */
public final class TreatyFixtures {

	public static final LocalDate RATIFIED = LocalDate.of(2026, 1, 5);

	private TreatyFixtures() {
	}

	/** The registry of Viet Nam and Thailand as States Parties, with {@code declarations} recorded as well. */
	public static TreatyRegistry vietNamAndThailandParties(Clock clock, Action... declarations) {
		Participants participants = Participants.ofTheConvention();
		List<Action> actions = new ArrayList<>();
		for (String state : List.of("VNM", "THA")) {
			actions.add(action(state, ActionKind.SIGNATURE, LocalDate.of(2025, 10, 25), "Hanoi", ""));
			actions.add(action(state, ActionKind.RATIFICATION, RATIFIED, "", ""));
		}
		actions.addAll(List.of(declarations));
		EntryIntoForce engine = new EntryIntoForce(TreatyRules.CONVENTION.withInstrumentsForEntryIntoForce(2), participants);
		return new TreatyRegistry(new InMemory(actions), participants, engine, new NoBases(), clock, event -> {
		});
	}

	/** A declaration of {@code kind} by the State with the three-letter {@code state} code, saying {@code detail}. */
	public static Action declaration(String state, ActionKind kind, LocalDate date, String detail) {
		return action(state, kind, date, "", detail);
	}

	private static Action action(String state, ActionKind kind, LocalDate date, String place, String detail) {
		return new Action(ActionId.random(), ParticipantCode.of(state), kind, date, DatePrecision.DAY, place, null, detail,
				Confidence.A, "test");
	}

	/** Registries of other modules' tests are never imported or updated. */
	private static final class NoBases implements RegistryBases {

		@Override
		public void record(RegistryBasis basis, String sha256, int added, int changed, int unchanged) {
			throw new UnsupportedOperationException("The fixture registry is not imported or updated.");
		}

		@Override
		public Optional<RegistryBasis> latest() {
			return Optional.empty();
		}

		@Override
		public Optional<LocalDate> latestNotificationDate() {
			return Optional.empty();
		}

		@Override
		public boolean knows(String reference) {
			return false;
		}
	}

	private record InMemory(List<Action> actions) implements TreatyActions {

		@Override
		public List<Action> findAll() {
			return actions.stream().sorted(Comparator.comparing(Action::date, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
		}

		@Override
		public List<Action> findByParticipant(ParticipantCode participant) {
			return findAll().stream().filter(action -> action.participant().equals(participant)).toList();
		}

		@Override
		public Optional<Action> findById(ActionId id) {
			return actions.stream().filter(action -> action.id().equals(id)).findFirst();
		}

		@Override
		public boolean addIfAbsent(Action action, String recordedBy) {
			if (findById(action.id()).isPresent()) {
				return false;
			}
			return actions.add(action);
		}

		@Override
		public boolean remove(ActionId id) {
			return actions.removeIf(action -> action.id().equals(id));
		}

		@Override
		public void removeAll() {
			actions.clear();
		}
	}
}
