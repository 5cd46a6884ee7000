package org.hanoinet.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hanoinet.cooperation.CaseFixtures.*;

import org.hanoinet.shared.InvalidValue;
import org.junit.jupiter.api.Test;

/**
 * A further period of preservation is something the requesting State asks for and the requested State may grant or
 * decline: Budapest art. 29(7) gives no right to an extension (art. 42).
 */
class PreservationExtensionTests {

	@Test
	void theRequestingStateAsksForAFurtherPeriodAndTheRequestedStateMayGrantIt() {
		Case request = preserved();

		request.dataRequests().requestPreservationExtension(DRAFTER, 30, "The request for disclosure is being translated.");

		assertThat(request.dataRequests().extensionRequestPending()).isTrue();
		assertThat(request.pendingExtensionDays()).hasValue(30);
		assertThat(request.allowedActs(REQUESTED_OFFICER)).contains(Act.GRANT_PRESERVATION_EXTENSION,
				Act.DECLINE_PRESERVATION_EXTENSION);
		assertThat(request.allowedActs(DRAFTER)).doesNotContain(Act.EXTEND_PRESERVATION,
				Act.GRANT_PRESERVATION_EXTENSION);

		request.dataRequests().grantPreservationExtension(REQUESTED_OFFICER, null);

		assertThat(request.events().getLast().act()).isEqualTo(Act.GRANT_PRESERVATION_EXTENSION);
		assertThat(request.events().getLast().details()).containsEntry("days", "30");
		assertThat(request.dataRequests().extensionRequestPending()).isFalse();
		assertThat(request.status()).isEqualTo(CaseStatus.EXECUTED);
		assertThat(request.allowedActs(DRAFTER)).contains(Act.EXTEND_PRESERVATION);
	}

	@Test
	void theRequestedStateMayGrantFewerDaysThanAskedFor() {
		Case request = preserved();
		request.dataRequests().requestPreservationExtension(DRAFTER, 90, "The court hearing is in three months.");

		request.dataRequests().grantPreservationExtension(REQUESTED_OFFICER, 45);

		assertThat(request.events().getLast().details()).containsEntry("days", "45");
		assertThatThrownBy(() -> preservedAndAsked().dataRequests().grantPreservationExtension(REQUESTED_OFFICER, 0))
			.isInstanceOf(InvalidValue.class).extracting("field").isEqualTo("days");
	}

	@Test
	void theRequestedStateMayDeclineWithItsReasons() {
		Case request = preservedAndAsked();
		assertThatThrownBy(() -> request.dataRequests().declinePreservationExtension(REQUESTED_OFFICER, " "))
			.isInstanceOf(InvalidValue.class).extracting("field").isEqualTo("reasons");

		request.dataRequests().declinePreservationExtension(REQUESTED_OFFICER, "Our law allows no longer preservation.");

		assertThat(request.events().getLast().act()).isEqualTo(Act.DECLINE_PRESERVATION_EXTENSION);
		assertThat(request.events().getLast().details()).containsEntry("reasons", "Our law allows no longer preservation.");
		assertThat(request.dataRequests().extensionRequestPending()).isFalse();
		assertThat(request.events()).noneMatch(event -> event.act() == Act.GRANT_PRESERVATION_EXTENSION);
	}

	@Test
	void onlyTheRequestedStateAnswersAndOnlyARequestThatWasMade() {
		Case request = preserved();

		assertThatThrownBy(() -> request.dataRequests().grantPreservationExtension(REQUESTED_OFFICER, 30))
			.isInstanceOf(InvalidTransition.class).hasMessageContaining("no request for a further period");
		assertThatThrownBy(() -> request.dataRequests().declinePreservationExtension(REQUESTED_OFFICER, "No."))
			.isInstanceOf(InvalidTransition.class);
		assertThat(request.allowedActs(REQUESTED_OFFICER)).doesNotContain(Act.GRANT_PRESERVATION_EXTENSION,
				Act.DECLINE_PRESERVATION_EXTENSION);

		request.dataRequests().requestPreservationExtension(DRAFTER, 30, "The follow-up is being drafted.");
		assertThatThrownBy(() -> request.dataRequests().grantPreservationExtension(DRAFTER, 30)).isInstanceOf(ActOfOtherSide.class);
		assertThatThrownBy(() -> request.dataRequests().requestPreservationExtension(REQUESTED_OFFICER, 30, "More time."))
			.isInstanceOf(ActOfOtherSide.class);
	}

	@Test
	void aSecondRequestWaitsForTheAnswerToTheFirst() {
		Case request = preservedAndAsked();

		assertThatThrownBy(() -> request.dataRequests().requestPreservationExtension(DRAFTER, 10, "Even more time."))
			.isInstanceOf(InvalidTransition.class).hasMessageContaining("already awaits");

		request.dataRequests().declinePreservationExtension(REQUESTED_OFFICER, "Not under our law.");
		request.dataRequests().requestPreservationExtension(DRAFTER, 10, "Ten days would do.");
		assertThat(request.pendingExtensionDays()).hasValue(10);
	}

	@Test
	void theOtherNodeAcceptsTheRequestAndItsAnswerOnlyFromTheSideThatOwnsEach() {
		Case original = preservedAndAsked();
		Case copy = Case.mirror(original.id(), original.type(), original.requesting(), original.requested(),
				original.contents(), clock());
		original.events().forEach(copy::receive);
		assertThat(copy.dataRequests().extensionRequestPending()).isTrue();
		CaseEvent last = original.events().getLast();
		CaseEvent grantedByTheRequestingSide = new CaseEvent(java.util.UUID.randomUUID(), original.id(), last.sequence() + 1,
				original.type(), Act.GRANT_PRESERVATION_EXTENSION, CaseStatus.EXECUTED, VIET_NAM_POINT_OF_CONTACT, "vn-officer",
				last.occurredAt(), new java.util.TreeMap<>(java.util.Map.of("days", "30")), last.hash());

		assertThatThrownBy(() -> copy.receive(grantedByTheRequestingSide)).isInstanceOf(ActOfOtherSide.class);

		original.dataRequests().grantPreservationExtension(REQUESTED_OFFICER, null);
		copy.receive(original.events().getLast());
		assertThat(copy.events()).isEqualTo(original.events());
		assertThat(copy.dataRequests().extensionRequestPending()).isFalse();
	}

	@Test
	void theOtherNodeRefusesAnAnswerToAnExtensionNobodyAskedFor() {
		Case original = preserved();
		Case copy = Case.mirror(original.id(), original.type(), original.requesting(), original.requested(),
				original.contents(), clock());
		original.events().forEach(copy::receive);
		CaseEvent last = original.events().getLast();
		CaseEvent unasked = new CaseEvent(java.util.UUID.randomUUID(), original.id(), last.sequence() + 1, original.type(),
				Act.GRANT_PRESERVATION_EXTENSION, CaseStatus.EXECUTED, THAILAND_POINT_OF_CONTACT, "th-officer",
				last.occurredAt(), new java.util.TreeMap<>(java.util.Map.of("days", "30")), last.hash());

		assertThatThrownBy(() -> copy.receive(unasked)).isInstanceOf(InvalidTransition.class);
		assertThat(copy.events()).hasSize(original.events().size());
	}

	private static Case preserved() {
		Case request = executing(CaseType.PRESERVATION);
		request.execute(REQUESTED_OFFICER);
		return request;
	}

	private static Case preservedAndAsked() {
		Case request = preserved();
		request.dataRequests().requestPreservationExtension(DRAFTER, 30, "The request for disclosure is being translated.");
		return request;
	}
}
