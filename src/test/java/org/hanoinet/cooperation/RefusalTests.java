package org.hanoinet.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hanoinet.cooperation.CaseFixtures.*;

import java.util.Set;

import org.hanoinet.shared.InvalidValue;
import org.junit.jupiter.api.Test;

class RefusalTests {

	@Test
	void bankSecrecyIsNeverAGroundForRefusal() {
		assertThatThrownBy(() -> RefusalGround.of("BANK_SECRECY")).isInstanceOf(InvalidValue.class)
			.hasMessageContaining("Bank secrecy is never a ground");
	}

	@Test
	void fiscalMattersAloneAreNeverAGroundForRefusal() {
		assertThatThrownBy(() -> RefusalGround.of("fiscal-matters")).isInstanceOf(InvalidValue.class)
			.hasMessageContaining("fiscal matters is never on its own a ground");
	}

	@Test
	void namesAnUnknownGround() {
		assertThatThrownBy(() -> RefusalGround.of("INCONVENIENT")).hasMessageContaining("'INCONVENIENT' is not a ground");
		assertThat(RefusalGround.of("essential-interests")).isEqualTo(RefusalGround.ESSENTIAL_INTERESTS);
	}

	@Test
	void refusesMutualLegalAssistanceOnTheClosedListOnlyAfterAConsultation() {
		Case unconsulted = underReview(CaseType.MUTUAL_LEGAL_ASSISTANCE);

		assertThatThrownBy(() -> unconsulted.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.ESSENTIAL_INTERESTS),
				"National security.")).isInstanceOfSatisfying(ActBarred.class, barred -> {
					assertThat(barred.code()).isEqualTo("consult-first");
					assertThat(barred.from()).isEqualTo(CaseStatus.UNDER_REVIEW);
					assertThat(barred.getMessage()).contains("ESSENTIAL_INTERESTS only after consulting the requesting State");
				});
		assertThat(unconsulted.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
		assertThat(unconsulted.happened(Act.REFUSE)).isFalse();

		Case consulted = inConsultation(CaseType.MUTUAL_LEGAL_ASSISTANCE);
		consulted.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.ESSENTIAL_INTERESTS), "National security.");
		assertThat(consulted.status()).isEqualTo(CaseStatus.REFUSED);
	}

	@Test
	void aClosedListGroundAmongOthersStillNeedsTheConsultation() {
		Case unconsulted = underReview(CaseType.STORED_DATA_ACCESS);

		assertThatThrownBy(() -> unconsulted.assistance().refuse(REQUESTED_SUPERVISOR,
				Set.of(RefusalGround.NO_DUAL_CRIMINALITY, RefusalGround.BARRED_BY_DOMESTIC_LAW), "Not an offence here."))
			.isInstanceOfSatisfying(ActBarred.class, barred -> assertThat(barred.getMessage()).contains("BARRED_BY_DOMESTIC_LAW")
				.doesNotContain("NO_DUAL_CRIMINALITY"));
	}

	@Test
	void refusesMutualLegalAssistanceOutsideTheClosedListStraightFromTheReview() {
		Case request = underReview(CaseType.MUTUAL_LEGAL_ASSISTANCE);

		request.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.DISCRIMINATION, RefusalGround.NO_DUAL_CRIMINALITY),
				"The request targets a journalist's opinions.", Set.of(), "none");

		assertThat(request.status()).isEqualTo(CaseStatus.REFUSED);
		assertThat(request.happened(Act.CONSULT)).isFalse();
	}

	@Test
	void refusesPreservationDirectlyOnAnAllowedGroundWithoutConsultation() {
		Case request = underReview(CaseType.PRESERVATION);
		assertThat(request.allowedActs(REQUESTED_SUPERVISOR)).contains(Act.REFUSE, Act.CONSULT);

		request.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.ESSENTIAL_INTERESTS), "Preserving would reveal a secret operation.");

		assertThat(request.status()).isEqualTo(CaseStatus.REFUSED);
		assertThat(request.events()).extracting(CaseEvent::act).doesNotContain(Act.CONSULT).endsWith(Act.START_REVIEW, Act.REFUSE);
	}

	@Test
	void refusesAnEmergencyDisclosureDirectlyEvenOnTheClosedList() {
		Case request = underReview(CaseType.EMERGENCY_DISCLOSURE);

		request.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.BARRED_BY_DOMESTIC_LAW), "Our law needs a court order first.");

		assertThat(request.status()).isEqualTo(CaseStatus.REFUSED);
	}

	@Test
	void aConsultationStaysPossibleBeforeARefusalThatDoesNotNeedOne() {
		Case request = inConsultation(CaseType.PRESERVATION);

		request.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.ESSENTIAL_INTERESTS), "National security.");

		assertThat(request.events()).extracting(CaseEvent::act).endsWith(Act.CONSULT, Act.REFUSE);
		assertThat(request.events().get(request.events().size() - 2).details()).containsEntry("subject",
				"Could the data be provided on conditions?");
	}

	@Test
	void postponementStillNeedsAConsultation() {
		for (CaseType type : java.util.List.of(CaseType.MUTUAL_LEGAL_ASSISTANCE, CaseType.EXTRADITION)) {
			Case unconsulted = underReview(type);
			assertThatThrownBy(() -> unconsulted.assistance().postpone(REQUESTED_SUPERVISOR, "Our own investigation."))
				.isInstanceOf(InvalidTransition.class);
			assertThat(unconsulted.allowedActs(REQUESTED_SUPERVISOR)).doesNotContain(Act.POSTPONE);

			Case consulted = inConsultation(type);
			consulted.assistance().postpone(REQUESTED_SUPERVISOR, "Our own investigation.");
			assertThat(consulted.status()).isEqualTo(CaseStatus.POSTPONED);
		}
	}

	@Test
	void offersTheClosedListOnlyOnceAConsultationIsOpen() {
		assertThat(underReview(CaseType.MUTUAL_LEGAL_ASSISTANCE).refusableGrounds())
			.containsExactlyInAnyOrder(RefusalGround.DISCRIMINATION, RefusalGround.NO_DUAL_CRIMINALITY);
		assertThat(inConsultation(CaseType.MUTUAL_LEGAL_ASSISTANCE).refusableGrounds())
			.containsExactlyInAnyOrderElementsOf(RefusalGround.article40());
		assertThat(underReview(CaseType.PRESERVATION).refusableGrounds())
			.containsExactlyInAnyOrder(RefusalGround.ESSENTIAL_INTERESTS, RefusalGround.DISCRIMINATION);
	}

	@Test
	void refusalNeedsGroundsAndWrittenReasons() {
		Case request = inConsultation(CaseType.MUTUAL_LEGAL_ASSISTANCE);

		assertThatThrownBy(() -> request.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(), "National security."))
			.isInstanceOf(InvalidValue.class).hasMessageContaining("at least one ground");
		assertThatThrownBy(() -> request.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.ESSENTIAL_INTERESTS), "  "))
			.isInstanceOf(InvalidValue.class).extracting("field").isEqualTo("reasons");
		assertThat(request.status()).isEqualTo(CaseStatus.CONSULTATION);
	}

	@Test
	void refusalRecordsItsGroundsAndReasonsInTheChain() {
		Case request = inConsultation(CaseType.STORED_DATA_ACCESS);

		request.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.NO_DUAL_CRIMINALITY, RefusalGround.BARRED_BY_DOMESTIC_LAW),
				"The conduct is not an offence here.", Set.of(), "none");

		assertThat(request.events().getLast().details()).containsEntry("grounds", "BARRED_BY_DOMESTIC_LAW,NO_DUAL_CRIMINALITY")
			.containsEntry("reasons", "The conduct is not an offence here.").containsEntry("nonCoercive", "none");
	}

	@Test
	void aRefusalForLackOfDualCriminalitySaysWhetherNonCoerciveAssistanceCanStillBeGiven() {
		Case request = inConsultation(CaseType.STORED_DATA_ACCESS);

		assertThatThrownBy(() -> request.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.NO_DUAL_CRIMINALITY),
				"Not an offence here.")).isInstanceOfSatisfying(InvalidValue.class,
						invalid -> assertThat(invalid.getMessage()).contains("no coercive action").contains("'none', or 'possible'"));
		assertThatThrownBy(() -> request.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.NO_DUAL_CRIMINALITY),
				"Not an offence here.", Set.of(), "possible")).isInstanceOfSatisfying(ActBarred.class,
						barred -> assertThat(barred.code()).isEqualTo("non-coercive-first"));
		assertThat(request.status()).isEqualTo(CaseStatus.CONSULTATION);

		Case extradition = inConsultation(CaseType.EXTRADITION);
		extradition.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.NO_DUAL_CRIMINALITY), "Not an offence here.");
		assertThat(extradition.events().getLast().details()).doesNotContainKey("nonCoercive");
	}

	@Test
	void preservationIsRefusedOnlyOnEssentialInterestsOrDiscrimination() {
		Case request = inConsultation(CaseType.PRESERVATION);

		assertThatThrownBy(() -> request.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.NO_DUAL_CRIMINALITY),
				"Not an offence here.")).isInstanceOf(InvalidValue.class)
			.hasMessageContaining("PRESERVATION (art. 42) is refused on NO_DUAL_CRIMINALITY only by a State that made a reservation")
			.hasMessageContaining("records none for TH");

		request.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.DISCRIMINATION), "The request targets a journalist's opinions.");
		assertThat(request.status()).isEqualTo(CaseStatus.REFUSED);
	}

	@Test
	void onlyASupervisorRefusesOrPostpones() {
		Case request = inConsultation(CaseType.MUTUAL_LEGAL_ASSISTANCE);

		assertThatThrownBy(() -> request.assistance().refuse(REQUESTED_OFFICER, Set.of(RefusalGround.ESSENTIAL_INTERESTS), "Security."))
			.isInstanceOf(ApprovalRefused.class);
		assertThatThrownBy(() -> request.assistance().postpone(REQUESTED_OFFICER, "Our own investigation."))
			.isInstanceOf(ApprovalRefused.class);
	}

	@Test
	void acceptedConditionsBindTheRequestingState() {
		Case request = inConsultation(CaseType.MUTUAL_LEGAL_ASSISTANCE);
		request.assistance().acceptWithConditions(REQUESTED_OFFICER, java.util.List.of("Use only in case 12/2026.", "Return the originals."));
		assertThat(request.bindingConditions()).isEmpty();

		request.assistance().acceptConditions(DRAFTER);

		assertThat(request.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(request.bindingConditions()).containsExactly("Use only in case 12/2026.", "Return the originals.");
	}
}
