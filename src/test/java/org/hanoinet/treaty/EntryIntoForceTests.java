package org.hanoinet.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The final clauses (arts. 64, 65, 67) as the engine applies them, on the real list of participants. */
class EntryIntoForceTests {

	static final Participants PARTICIPANTS = Participants.ofTheConvention();

	static final LocalDate HANOI = LocalDate.of(2025, 10, 25);

	final EntryIntoForce engine = new EntryIntoForce(TreatyRules.CONVENTION, PARTICIPANTS);

	final List<Action> actions = new ArrayList<>();

	@Test
	void theFortiethInstrumentFixesEntryIntoForceOnTheNinetiethDayAfterIt() {
		signInHanoi(40);
		ratify(39, LocalDate.of(2026, 6, 1));
		assertThat(engine.status(actions, LocalDate.of(2030, 1, 1)).entryIntoForce()).isNull();

		actions.add(action(state(39), ActionKind.RATIFICATION, "2027-01-15"));

		ConventionStatus onDeposit = engine.status(actions, LocalDate.of(2027, 1, 15));
		assertThat(onDeposit.instrumentsCounted()).isEqualTo(40);
		assertThat(onDeposit.entryIntoForce()).isEqualTo("2027-04-15");
		assertThat(onDeposit.inForce()).isFalse();
		assertThat(onDeposit.contracting()).isEqualTo(40);
		assertThat(onDeposit.parties()).isZero();
		assertThat(engine.status(actions, LocalDate.of(2027, 4, 14)).inForce()).isFalse();
		ConventionStatus inForce = engine.status(actions, LocalDate.of(2027, 4, 15));
		assertThat(inForce.inForce()).isTrue();
		assertThat(inForce.parties()).isEqualTo(40);
	}

	@Test
	void theThirtyNinthInstrumentAloneDoesNotBringItIntoForce() {
		signInHanoi(39);
		ratify(39, LocalDate.of(2026, 6, 1));

		ConventionStatus status = engine.status(actions, LocalDate.of(2040, 1, 1));
		assertThat(status.instrumentsMissing()).isEqualTo(1);
		assertThat(status.inForce()).isFalse();
		assertThat(status.of(state(0).code()).standing()).isEqualTo(Standing.CONTRACTING);
	}

	@Test
	void dayCountingCrossesMonthEnds() {
		signInHanoi(40);
		ratify(39, LocalDate.of(2026, 6, 1));
		actions.add(action(state(39), ActionKind.RATIFICATION, "2027-03-01"));

		assertThat(engine.status(actions, LocalDate.of(2027, 3, 1)).entryIntoForce()).isEqualTo("2027-05-30");
	}

	@Test
	void dayCountingLandsOnTheTwentyNinthOfFebruaryInALeapYear() {
		signInHanoi(40);
		ratify(39, LocalDate.of(2026, 6, 1));
		actions.add(action(state(39), ActionKind.RATIFICATION, "2027-12-01"));

		assertThat(engine.status(actions, LocalDate.of(2027, 12, 1)).entryIntoForce()).isEqualTo("2028-02-29");
	}

	@Test
	void anInstrumentOfTheEuropeanUnionDoesNotCountTowardTheForty() {
		signInHanoi(39);
		actions.add(action(eu(), ActionKind.SIGNATURE, "2025-10-25", "Hanoi"));
		ratify(39, LocalDate.of(2026, 6, 1));
		actions.add(action(eu(), ActionKind.APPROVAL, "2026-07-01"));

		ConventionStatus status = engine.status(actions, LocalDate.of(2030, 1, 1));
		assertThat(status.instrumentsCounted()).isEqualTo(39);
		assertThat(status.inForce()).isFalse();
		assertThat(status.of(ParticipantCode.EUROPEAN_UNION).standing()).isEqualTo(Standing.CONTRACTING);
		assertThat(status.of(ParticipantCode.EUROPEAN_UNION).counted()).isFalse();
		assertThat(status.contracting()).isEqualTo(40);
	}

	@Test
	void theEuropeanUnionDepositsOnlyAfterOneOfItsMemberStatesHas() {
		actions.add(action(eu(), ActionKind.SIGNATURE, "2025-10-25", "Hanoi"));
		actions.add(action(code("FRA"), ActionKind.SIGNATURE, "2025-10-25", "Hanoi"));
		actions.add(action(code("USA"), ActionKind.ACCESSION, "2027-02-01"));
		actions.add(action(eu(), ActionKind.APPROVAL, "2027-03-01"));

		assertThat(engine.check(actions)).hasValueSatisfying(refusal -> {
			assertThat(refusal).isInstanceOf(Refusal.NoMemberStateFirst.class);
			assertThat(refusal.reason()).contains("none of its member States has deposited an instrument");
		});

		actions.add(action(code("FRA"), ActionKind.RATIFICATION, "2027-03-01"));
		assertThat(engine.check(actions)).isEmpty();
	}

	@Test
	void theEuropeanUnionSignsOnlyAfterOneOfItsMemberStatesHas() {
		actions.add(action(code("USA"), ActionKind.SIGNATURE, "2025-10-25", "Hanoi"));
		actions.add(action(eu(), ActionKind.SIGNATURE, "2025-10-25", "Hanoi"));

		assertThat(engine.check(actions)).containsInstanceOf(Refusal.NoMemberStateFirst.class);
	}

	@Test
	void aLateInstrumentTakesEffectOnTheThirtiethDayAfterItsDepositWhenThatIsAfterTheGeneralDate() {
		inForceOn15April2027();
		actions.add(action(code("USA"), ActionKind.ACCESSION, "2027-06-01"));

		ParticipantStatus late = engine.status(actions, LocalDate.of(2027, 7, 1)).of(code("USA"));
		assertThat(late.effectiveOn()).isEqualTo("2027-07-01");
		assertThat(late.standing()).isEqualTo(Standing.PARTY);
		assertThat(engine.status(actions, LocalDate.of(2027, 6, 30)).of(code("USA")).standing()).isEqualTo(Standing.CONTRACTING);
	}

	@Test
	void aLateInstrumentDepositedJustAfterTheFortiethTakesEffectOnTheGeneralDate() {
		inForceOn15April2027();
		actions.add(action(code("USA"), ActionKind.ACCESSION, "2027-03-10"));

		ParticipantStatus late = engine.status(actions, LocalDate.of(2027, 4, 15)).of(code("USA"));
		assertThat(late.effectiveOn()).isEqualTo("2027-04-15");
		assertThat(late.standing()).isEqualTo(Standing.PARTY);
	}

	@Test
	void withTheUntocWordingALateInstrumentTakesEffectOnItsOwnThirtiethDayEvenBeforeTheGeneralDate() {
		EntryIntoForce untoc = new EntryIntoForce(TreatyRules.CONVENTION.withLateInstrumentAwaitingGeneralDate(false), PARTICIPANTS);
		inForceOn15April2027();
		actions.add(action(code("USA"), ActionKind.ACCESSION, "2027-03-10"));
		actions.add(action(code("CAN"), ActionKind.ACCESSION, "2027-04-01"));

		ConventionStatus status = untoc.status(actions, LocalDate.of(2027, 5, 1));
		assertThat(status.entryIntoForce()).isEqualTo("2027-04-15");
		assertThat(status.of(code("USA")).effectiveOn()).isEqualTo("2027-04-09");
		assertThat(status.of(code("CAN")).effectiveOn()).isEqualTo("2027-05-01");
	}

	@Test
	void anInstrumentDepositedOnTheLastDayThatStillFallsUnderTheGeneralDate() {
		inForceOn15April2027();
		actions.add(action(code("USA"), ActionKind.ACCESSION, "2027-03-16"));
		actions.add(action(code("CAN"), ActionKind.ACCESSION, "2027-03-17"));

		ConventionStatus status = engine.status(actions, LocalDate.of(2027, 4, 16));
		assertThat(status.of(code("USA")).effectiveOn()).isEqualTo("2027-04-15");
		assertThat(status.of(code("CAN")).effectiveOn()).isEqualTo("2027-04-16");
	}

	@Test
	void aDenunciationTakesEffectOneYearAfterItsNotification() {
		inForceOn15April2027();
		ParticipantCode denouncing = state(0).code();
		actions.add(action(denouncing, ActionKind.DENUNCIATION, "2028-02-29"));

		ConventionStatus dayBefore = engine.status(actions, LocalDate.of(2029, 2, 27));
		assertThat(dayBefore.of(denouncing).standing()).isEqualTo(Standing.PARTY);
		assertThat(dayBefore.of(denouncing).denunciationEffectiveOn()).isEqualTo("2029-02-28");
		ConventionStatus effective = engine.status(actions, LocalDate.of(2029, 2, 28));
		assertThat(effective.of(denouncing).standing()).isEqualTo(Standing.DENOUNCED);
		assertThat(effective.parties()).isEqualTo(39);
		assertThat(effective.inForce()).isTrue();
	}

	@Test
	void onlyAParticipantThatDepositedAnInstrumentCanDenounce() {
		signInHanoi(1);
		actions.add(action(state(0).code(), ActionKind.DENUNCIATION, "2027-01-10"));

		assertThat(engine.check(actions)).containsInstanceOf(Refusal.NotBound.class);
	}

	@Test
	void aSecondDenunciationIsRefused() {
		inForceOn15April2027();
		actions.add(action(state(0).code(), ActionKind.DENUNCIATION, "2028-01-01"));
		actions.add(action(state(0).code(), ActionKind.DENUNCIATION, "2028-02-01"));

		assertThat(engine.check(actions)).containsInstanceOf(Refusal.AlreadyDenounced.class);
	}

	@Test
	void signatureAfterTheThirtyFirstOfDecember2026IsRefusedAndAccessionRemains() {
		actions.add(action(code("USA"), ActionKind.SIGNATURE, "2027-01-01", "New York"));

		Refusal refusal = engine.check(actions).orElseThrow();
		assertThat(refusal).isInstanceOf(Refusal.SignatureClosed.class);
		assertThat(refusal.code()).isEqualTo("signature-closed");
		assertThat(refusal.reason()).isEqualTo("USA cannot sign on 2027-01-01: signature closed on 2026-12-31; from then on a State joins by accession.");

		actions.clear();
		actions.add(action(code("USA"), ActionKind.ACCESSION, "2027-01-01"));
		assertThat(engine.check(actions)).isEmpty();
	}

	@Test
	void signatureOnTheLastDayInNewYorkIsAccepted() {
		actions.add(action(code("USA"), ActionKind.SIGNATURE, "2026-12-31", "New York"));

		assertThat(engine.check(actions)).isEmpty();
		assertThat(engine.status(actions, LocalDate.of(2026, 12, 31)).of(code("USA")).standing()).isEqualTo(Standing.SIGNATORY);
	}

	@Test
	void signatureBeforeTheHanoiCeremonyIsRefused() {
		actions.add(action(code("VNM"), ActionKind.SIGNATURE, "2025-10-24", "Hanoi"));

		assertThat(engine.check(actions).orElseThrow().reason()).contains("opens for signature on 2025-10-25");
	}

	@Test
	void signatureOutsideHanoiDuringTheCeremonyAndOutsideNewYorkAfterItIsRefused() {
		actions.add(action(code("FRA"), ActionKind.SIGNATURE, "2025-10-26", "New York"));
		assertThat(engine.check(actions).orElseThrow().reason()).isEqualTo("A signature on 2025-10-26 is made in Hanoi, not in New York.");

		actions.clear();
		actions.add(action(code("FRA"), ActionKind.SIGNATURE, "2025-10-27", "Hanoi"));
		assertThat(engine.check(actions)).containsInstanceOf(Refusal.WrongPlace.class);
	}

	@Test
	void ratificationWithoutSignatureIsRefusedWithTheWayOut() {
		actions.add(action(code("USA"), ActionKind.RATIFICATION, "2026-05-01"));

		Refusal refusal = engine.check(actions).orElseThrow();
		assertThat(refusal).isInstanceOf(Refusal.NotSigned.class);
		assertThat(refusal.reason()).contains("has not signed by then", "joins by accession");
	}

	@Test
	void acceptanceAndApprovalAlsoNeedASignatureButMayFollowItTheSameDay() {
		actions.add(action(code("FRA"), ActionKind.SIGNATURE, "2026-03-02", "New York"));
		actions.add(action(code("FRA"), ActionKind.APPROVAL, "2026-03-02"));
		actions.add(action(code("DEU"), ActionKind.ACCEPTANCE, "2026-03-02"));

		assertThat(engine.check(actions)).hasValueSatisfying(refusal -> assertThat(refusal.reason()).startsWith("DEU"));
	}

	@Test
	void aSecondInstrumentOrSignatureIsRefused() {
		actions.add(action(code("FRA"), ActionKind.SIGNATURE, "2025-10-25", "Hanoi"));
		actions.add(action(code("FRA"), ActionKind.SIGNATURE, "2026-01-05", "New York"));
		assertThat(engine.check(actions)).containsInstanceOf(Refusal.AlreadySigned.class);

		actions.clear();
		actions.add(action(code("FRA"), ActionKind.ACCESSION, "2027-01-05"));
		actions.add(action(code("FRA"), ActionKind.ACCESSION, "2027-02-05"));
		assertThat(engine.check(actions)).containsInstanceOf(Refusal.AlreadyBound.class);
	}

	@Test
	void aReservationCanBeWithdrawnOnlyIfItWasMade() {
		actions.add(action(code("FRA"), ActionKind.SIGNATURE, "2025-10-25", "Hanoi"));
		actions.add(reservation(code("FRA"), ActionKind.RESERVATION, "2025-10-25", 11));
		actions.add(reservation(code("FRA"), ActionKind.RESERVATION_WITHDRAWAL, "2026-10-25", 11));
		assertThat(engine.check(actions)).isEmpty();

		actions.add(reservation(code("FRA"), ActionKind.RESERVATION_WITHDRAWAL, "2026-11-25", 63));
		assertThat(engine.check(actions)).containsInstanceOf(Refusal.NoSuchReservation.class);
	}

	@Test
	void aDeclarationNeedsASignatureOrAnInstrument() {
		actions.add(action(code("FRA"), ActionKind.ACCEPTED_LANGUAGES, "2026-10-25"));

		assertThat(engine.check(actions)).containsInstanceOf(Refusal.NotBound.class);
	}

	@Test
	void statusCountsSignatoriesByRegionalGroupWithTheNonMembersUnderTheirOwnKeys() {
		actions.add(action(code("VNM"), ActionKind.SIGNATURE, "2025-10-25", "Hanoi"));
		actions.add(action(code("FRA"), ActionKind.SIGNATURE, "2025-10-25", "Hanoi"));
		actions.add(action(code("PSE"), ActionKind.SIGNATURE, "2025-10-25", "Hanoi"));
		actions.add(action(eu(), ActionKind.SIGNATURE, "2025-10-25", "Hanoi"));
		actions.add(action(code("MUS"), ActionKind.SIGNATURE, "2025-11-19", "New York"));

		ConventionStatus status = engine.status(actions, LocalDate.of(2025, 10, 26));
		assertThat(status.signatories()).isEqualTo(4);
		assertThat(status.signatoriesByGroup()).containsEntry(RegionalGroup.ASIA_PACIFIC, 1L)
			.containsEntry(RegionalGroup.WEOG, 1L)
			.containsEntry(RegionalGroup.NON_MEMBER, 1L)
			.containsEntry(RegionalGroup.REIO, 1L)
			.containsEntry(RegionalGroup.AFRICA, 0L);
	}

	@Test
	void anUndatedReportCountsForNoDate() {
		actions.add(new Action(ActionId.random(), code("ARE"), ActionKind.SIGNATURE, null, DatePrecision.UNKNOWN, "New York?", null, "",
				Confidence.D, "AZ-PRESS"));

		assertThat(engine.check(actions)).isEmpty();
		assertThat(engine.status(actions, LocalDate.of(2030, 1, 1)).signatories()).isZero();
	}

	@Test
	void aProjectionAddsHypotheticalDepositsToTheRealOnesAndStoresNothing() {
		signInHanoi(40);
		ratify(38, LocalDate.of(2026, 6, 1));
		List<Action> recorded = List.copyOf(actions);

		Projection projection = engine.project(recorded, List.of(
				Action.hypothetical(state(38).code(), ActionKind.RATIFICATION, LocalDate.of(2027, 1, 10)),
				Action.hypothetical(state(39).code(), ActionKind.RATIFICATION, LocalDate.of(2027, 1, 15)),
				Action.hypothetical(code("USA"), ActionKind.ACCESSION, LocalDate.of(2027, 6, 1))));

		assertThat(projection.entryIntoForce()).isEqualTo("2027-04-15");
		assertThat(projection.instrumentsCounted()).isEqualTo(41);
		assertThat(projection.participants()).filteredOn(Projection.Effect::hypothetical)
			.extracting(Projection.Effect::participant, Projection.Effect::effectiveOn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(state(38).code(), LocalDate.of(2027, 4, 15)),
					org.assertj.core.groups.Tuple.tuple(state(39).code(), LocalDate.of(2027, 4, 15)),
					org.assertj.core.groups.Tuple.tuple(code("USA"), LocalDate.of(2027, 7, 1)));
		assertThat(actions).isEqualTo(recorded);
	}

	@Test
	void aProjectionWithAForbiddenDepositIsRefusedWithTheReason() {
		assertThatThrownBy(() -> engine.project(List.of(),
				List.of(Action.hypothetical(code("USA"), ActionKind.RATIFICATION, LocalDate.of(2027, 3, 1)))))
			.isInstanceOf(ActionRefused.class)
			.hasMessageContaining("USA cannot deposit an instrument of ratification on 2027-03-01");
	}

	@Test
	void theThresholdIsASetting() {
		EntryIntoForce smaller = new EntryIntoForce(TreatyRules.CONVENTION.withInstrumentsForEntryIntoForce(3), PARTICIPANTS);
		signInHanoi(3);
		ratify(3, LocalDate.of(2026, 1, 10));

		assertThat(smaller.status(actions, LocalDate.of(2026, 4, 11)).inForce()).isFalse();
		assertThat(smaller.status(actions, LocalDate.of(2026, 4, 12)).inForce()).isTrue();
		assertThat(smaller.status(actions, LocalDate.of(2026, 4, 12)).entryIntoForce()).isEqualTo("2026-04-12");
	}

	/** Forty States sign in Hanoi, 39 ratify in 2026 and the 40th on 15 Jan 2027: in force on 15 Apr 2027. */
	private void inForceOn15April2027() {
		signInHanoi(40);
		ratify(39, LocalDate.of(2026, 6, 1));
		actions.add(action(state(39), ActionKind.RATIFICATION, "2027-01-15"));
	}

	private void signInHanoi(int states) {
		for (int index = 0; index < states; index++) {
			actions.add(action(state(index).code(), ActionKind.SIGNATURE, HANOI.toString(), "Hanoi"));
		}
	}

	private void ratify(int states, LocalDate from) {
		for (int index = 0; index < states; index++) {
			actions.add(action(state(index), ActionKind.RATIFICATION, from.plusDays(index).toString()));
		}
	}

	/** The n-th UN Member State in the list, skipping a few the tests use by name. */
	private static Participant state(int index) {
		return PARTICIPANTS.all().stream()
			.filter(participant -> participant.kind() == ParticipantKind.UN_MEMBER_STATE)
			.filter(participant -> !List.of("USA", "CAN", "FRA", "DEU", "VNM", "MUS").contains(participant.code().value()))
			.skip(index)
			.findFirst()
			.orElseThrow();
	}

	private static ParticipantCode code(String code) {
		return ParticipantCode.of(code);
	}

	private static ParticipantCode eu() {
		return ParticipantCode.EUROPEAN_UNION;
	}

	private static Action action(Participant participant, ActionKind kind, String date) {
		return action(participant.code(), kind, date);
	}

	private static Action action(ParticipantCode participant, ActionKind kind, String date) {
		return action(participant, kind, date, "");
	}

	private static Action action(ParticipantCode participant, ActionKind kind, String date, String place) {
		return new Action(ActionId.random(), participant, kind, LocalDate.parse(date), DatePrecision.DAY, place, null, "", Confidence.A, "test");
	}

	private static Action reservation(ParticipantCode participant, ActionKind kind, String date, int article) {
		return new Action(ActionId.random(), participant, kind, LocalDate.parse(date), DatePrecision.DAY, "", article, "", Confidence.A, "test");
	}
}
