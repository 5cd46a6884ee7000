package org.hanoinet.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hanoinet.cooperation.CaseFixtures.*;

import org.junit.jupiter.api.Test;

class ApprovalTests {

	@Test
	void theDrafterCannotApproveTheirOwnRequestEvenAsSupervisor() {
		Actor supervisingDrafter = new Actor(VIET_NAM_POINT_OF_CONTACT, VIET_NAM.state(), "vn-chief", true);
		Case request = Case.draft(new CaseId(java.util.UUID.randomUUID()), CaseType.PRESERVATION, VIET_NAM, THAILAND,
				complete(CaseType.PRESERVATION), supervisingDrafter, clock());
		request.submitForApproval(supervisingDrafter);

		assertThatThrownBy(() -> request.approve(supervisingDrafter)).isInstanceOf(ApprovalRefused.class)
			.hasMessageContaining("four-eyes");
		assertThat(request.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);

		request.approve(REQUESTING_SUPERVISOR);
		assertThat(request.status()).isEqualTo(CaseStatus.SENT);
	}

	@Test
	void anOfficerWhoIsNotSupervisorCannotApprove() {
		Case request = draft(CaseType.PRESERVATION);
		request.submitForApproval(DRAFTER);

		assertThatThrownBy(() -> request.approve(new Actor(VIET_NAM_POINT_OF_CONTACT, VIET_NAM.state(), "vn-colleague", false)))
			.isInstanceOf(ApprovalRefused.class).hasMessageContaining("Only a supervisor");
	}

	@Test
	void theRequestedSideCannotActForTheRequestingSide() {
		Case request = draft(CaseType.PRESERVATION);

		assertThatThrownBy(() -> request.submitForApproval(REQUESTED_OFFICER)).isInstanceOf(ActOfOtherSide.class)
			.hasMessageContaining("Only the requesting side");
	}

	@Test
	void aStatusRequestMustBeAnsweredAndCanBeAnsweredOnlyOnce() {
		Case request = inConsultation(CaseType.MUTUAL_LEGAL_ASSISTANCE);
		assertThatThrownBy(() -> request.assistance().answerStatus(REQUESTED_OFFICER, "Under review."))
			.isInstanceOf(InvalidTransition.class).hasMessageContaining("no status request");

		request.assistance().requestStatus(DRAFTER);
		assertThat(request.statusRequestPending()).isTrue();
		request.assistance().answerStatus(REQUESTED_OFFICER, "Under review.");

		assertThat(request.statusRequestPending()).isFalse();
		assertThat(request.status()).isEqualTo(CaseStatus.CONSULTATION);
	}
}
