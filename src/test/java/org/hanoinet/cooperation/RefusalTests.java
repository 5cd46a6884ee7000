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
	void refusalNeedsAConsultationFirst() {
		Case request = inConsultation(CaseType.MUTUAL_LEGAL_ASSISTANCE);
		Case unconsulted = draft(CaseType.MUTUAL_LEGAL_ASSISTANCE);
		unconsulted.submitForApproval(DRAFTER);
		unconsulted.approve(REQUESTING_SUPERVISOR);
		unconsulted.recordDelivery(REQUESTED_OFFICER);
		unconsulted.acknowledge(REQUESTED_OFFICER);
		unconsulted.startReview(REQUESTED_OFFICER);

		assertThatThrownBy(() -> unconsulted.refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.ESSENTIAL_INTERESTS),
				"National security.")).isInstanceOf(InvalidTransition.class);
		assertThatThrownBy(() -> unconsulted.postpone(REQUESTED_SUPERVISOR, "Our own investigation."))
			.isInstanceOf(InvalidTransition.class);

		request.refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.ESSENTIAL_INTERESTS), "National security.");
		assertThat(request.status()).isEqualTo(CaseStatus.REFUSED);
	}

	@Test
	void refusalNeedsGroundsAndWrittenReasons() {
		Case request = inConsultation(CaseType.MUTUAL_LEGAL_ASSISTANCE);

		assertThatThrownBy(() -> request.refuse(REQUESTED_SUPERVISOR, Set.of(), "National security."))
			.isInstanceOf(InvalidValue.class).hasMessageContaining("at least one ground");
		assertThatThrownBy(() -> request.refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.ESSENTIAL_INTERESTS), "  "))
			.isInstanceOf(InvalidValue.class).extracting("field").isEqualTo("reasons");
		assertThat(request.status()).isEqualTo(CaseStatus.CONSULTATION);
	}

	@Test
	void refusalRecordsItsGroundsAndReasonsInTheChain() {
		Case request = inConsultation(CaseType.STORED_DATA_ACCESS);

		request.refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.NO_DUAL_CRIMINALITY, RefusalGround.BARRED_BY_DOMESTIC_LAW),
				"The conduct is not an offence here.");

		assertThat(request.events().getLast().details()).containsEntry("grounds", "BARRED_BY_DOMESTIC_LAW,NO_DUAL_CRIMINALITY")
			.containsEntry("reasons", "The conduct is not an offence here.");
	}

	@Test
	void preservationIsRefusedOnlyOnEssentialInterestsOrDiscrimination() {
		Case request = inConsultation(CaseType.PRESERVATION);

		assertThatThrownBy(() -> request.refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.NO_DUAL_CRIMINALITY),
				"Not an offence here.")).isInstanceOf(InvalidValue.class)
			.hasMessageContaining("PRESERVATION (art. 42) cannot be refused on the ground NO_DUAL_CRIMINALITY");

		request.refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.DISCRIMINATION), "The request targets a journalist's opinions.");
		assertThat(request.status()).isEqualTo(CaseStatus.REFUSED);
	}

	@Test
	void onlyASupervisorRefusesOrPostpones() {
		Case request = inConsultation(CaseType.MUTUAL_LEGAL_ASSISTANCE);

		assertThatThrownBy(() -> request.refuse(REQUESTED_OFFICER, Set.of(RefusalGround.ESSENTIAL_INTERESTS), "Security."))
			.isInstanceOf(ApprovalRefused.class);
		assertThatThrownBy(() -> request.postpone(REQUESTED_OFFICER, "Our own investigation."))
			.isInstanceOf(ApprovalRefused.class);
	}

	@Test
	void acceptedConditionsBindTheRequestingState() {
		Case request = inConsultation(CaseType.MUTUAL_LEGAL_ASSISTANCE);
		request.acceptWithConditions(REQUESTED_OFFICER, java.util.List.of("Use only in case 12/2026.", "Return the originals."));
		assertThat(request.bindingConditions()).isEmpty();

		request.acceptConditions(DRAFTER);

		assertThat(request.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(request.bindingConditions()).containsExactly("Use only in case 12/2026.", "Return the originals.");
	}
}
