package org.hanoinet.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hanoinet.cooperation.CaseFixtures.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A copy of a case on the other State's node accepts the sender's events only as the next links of its chain. */
class CaseReceiveTests {

	@Test
	void aCopyBuiltFromTheSendersEventsHoldsTheSameChainAndState() {
		Case original = sentPreservation();
		Case copy = copyOf(original);

		original.events().forEach(copy::receive);

		assertThat(copy.events()).isEqualTo(original.events());
		assertThat(copy.status()).isEqualTo(CaseStatus.SENT);
		assertThat(copy.drafter()).isEqualTo(original.drafter());
		assertThat(copy.contentsHash()).isEqualTo(original.events().getLast().details().get("contentsHash"));
	}

	@Test
	void refusesAnEventThatSkipsOneAsAGapThatMayFitLater() {
		Case original = sentPreservation();
		Case copy = copyOf(original);
		copy.receive(original.events().get(0));

		assertThatThrownBy(() -> copy.receive(original.events().get(2))).isInstanceOfSatisfying(ChainMismatch.class,
				mismatch -> assertThat(mismatch.gap()).isTrue());
		assertThat(copy.events()).hasSize(1);
	}

	@Test
	void refusesAnAlteredEventAsAContradiction() {
		Case original = sentPreservation();
		Case copy = copyOf(original);
		copy.receive(original.events().get(0));
		CaseEvent second = original.events().get(1);
		CaseEvent altered = new CaseEvent(second.id(), second.caseId(), second.sequence(), second.type(), second.act(),
				second.status(), second.actorAuthority(), second.actorUser(), second.occurredAt(), second.details(),
				"f".repeat(64));

		assertThatThrownBy(() -> copy.receive(altered)).isInstanceOfSatisfying(ChainMismatch.class,
				mismatch -> assertThat(mismatch.gap()).isFalse());
	}

	@Test
	void refusesAnActOfTheRequestedSideSignedAsTheRequestingSide() {
		Case original = sentPreservation();
		Case copy = copyOf(original);
		original.events().forEach(copy::receive);
		CaseEvent last = original.events().getLast();
		CaseEvent forged = new CaseEvent(java.util.UUID.randomUUID(), original.id(), last.sequence() + 1, original.type(),
				Act.RECORD_DELIVERY, CaseStatus.DELIVERED, VIET_NAM_POINT_OF_CONTACT, "vn-officer", last.occurredAt(),
				new java.util.TreeMap<>(Map.of()), last.hash());

		assertThatThrownBy(() -> copy.receive(forged)).isInstanceOf(ActOfOtherSide.class);
		assertThat(copy.status()).isEqualTo(CaseStatus.SENT);
	}

	@Test
	void refusesAnEventWhoseStatedResultTheLifecycleDoesNotGive() {
		Case original = sentPreservation();
		Case copy = copyOf(original);
		original.events().forEach(copy::receive);
		CaseEvent last = original.events().getLast();
		CaseEvent jump = new CaseEvent(java.util.UUID.randomUUID(), original.id(), last.sequence() + 1, original.type(),
				Act.RECORD_DELIVERY, CaseStatus.EXECUTED, THAILAND_POINT_OF_CONTACT, "th-officer", last.occurredAt(),
				new java.util.TreeMap<>(Map.of()), last.hash());

		assertThatThrownBy(() -> copy.receive(jump)).isInstanceOf(ChainMismatch.class);
		assertThat(List.of(copy.status())).containsExactly(CaseStatus.SENT);
	}

	@Test
	void refusesADraftAnywhereButAtTheStartOfTheChain() {
		Case original = sentPreservation();
		Case copy = copyOf(original);
		original.events().forEach(copy::receive);
		CaseEvent last = original.events().getLast();
		CaseEvent redraft = new CaseEvent(java.util.UUID.randomUUID(), original.id(), last.sequence() + 1, original.type(),
				Act.DRAFT, CaseStatus.DRAFT, VIET_NAM_POINT_OF_CONTACT, "vn-officer", last.occurredAt(),
				new java.util.TreeMap<>(Map.of()), last.hash());

		assertThatThrownBy(() -> copy.receive(redraft)).isInstanceOf(ChainMismatch.class).hasMessageContaining("starts with its draft");
		assertThat(copy.status()).as("a sent request cannot be turned back into a draft by its sender").isEqualTo(CaseStatus.SENT);
	}

	@Test
	void refusesAChainThatDoesNotStartWithTheDraft() {
		Case original = sentPreservation();
		Case copy = copyOf(original);
		CaseEvent draft = original.events().getFirst();
		CaseEvent notADraft = new CaseEvent(draft.id(), draft.caseId(), 1, draft.type(), Act.SUBMIT_FOR_APPROVAL,
				CaseStatus.AWAITING_APPROVAL, draft.actorAuthority(), draft.actorUser(), draft.occurredAt(),
				new java.util.TreeMap<>(draft.details()), draft.previousHash());

		assertThatThrownBy(() -> copy.receive(notADraft)).isInstanceOf(ChainMismatch.class);
		assertThat(copy.events()).isEmpty();
	}

	@Test
	void refusesAReceivedRefusalOnTheClosedListOfArticle40WithoutAConsultation() {
		Case original = draft(CaseType.MUTUAL_LEGAL_ASSISTANCE);
		original.submitForApproval(DRAFTER);
		original.approve(REQUESTING_SUPERVISOR);
		original.recordDelivery(REQUESTED_OFFICER);
		original.acknowledge(REQUESTED_OFFICER);
		original.startReview(REQUESTED_OFFICER);
		Case copy = copyOf(original);
		original.events().forEach(copy::receive);
		CaseEvent last = original.events().getLast();
		CaseEvent forged = new CaseEvent(java.util.UUID.randomUUID(), original.id(), last.sequence() + 1, original.type(),
				Act.REFUSE, CaseStatus.REFUSED, THAILAND_POINT_OF_CONTACT, "th-supervisor", last.occurredAt(),
				new java.util.TreeMap<>(Map.of("grounds", "ESSENTIAL_INTERESTS", "reasons", "National security.")), last.hash());

		assertThatThrownBy(() -> copy.receive(forged)).isInstanceOfSatisfying(ActBarred.class,
				barred -> assertThat(barred.code()).isEqualTo("consult-first"));
		assertThat(copy.status()).isEqualTo(CaseStatus.UNDER_REVIEW);

		original.assistance().refuse(REQUESTED_SUPERVISOR, java.util.Set.of(RefusalGround.DISCRIMINATION), "The request targets opinions.");
		copy.receive(original.events().getLast());
		assertThat(copy.status()).isEqualTo(CaseStatus.REFUSED);
	}

	private static Case sentPreservation() {
		Case request = draft(CaseType.PRESERVATION);
		request.submitForApproval(DRAFTER);
		request.approve(REQUESTING_SUPERVISOR);
		return request;
	}

	private static Case copyOf(Case original) {
		return Case.mirror(original.id(), original.type(), original.requesting(), original.requested(), original.contents(),
				clock());
	}
}
