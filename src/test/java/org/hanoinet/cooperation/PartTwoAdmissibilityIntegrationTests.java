package org.hanoinet.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hanoinet.NodeTest;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The conditions of part 2 (#10) that rest on the treaty registry and the node's {@link CooperationRules}: the
 * Convention as a basis for extradition (a warning where the registry does not say whether the requested State
 * needs a treaty), a warning below one year of maximum penalty, the sentenced person's consent, and the workspace
 * of a joint investigation that holds the cases of both States.
 */
@NodeTest
class PartTwoAdmissibilityIntegrationTests {

	static final AuthorityId VN_CENTRAL = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000001");

	static final AuthorityId BR_CENTRAL = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000003");

	static final Actor VN_HANDLER = new Actor(VN_CENTRAL, CountryCode.of("VN"), "vn-case-handler", false);

	static final Actor VN_SUPERVISOR = new Actor(VN_CENTRAL, CountryCode.of("VN"), "vn-supervisor", true);

	static final Actor BR_HANDLER = new Actor(BR_CENTRAL, CountryCode.of("BR"), "br-case-handler", false);

	@Autowired
	CaseManagement management;

	@Autowired
	CooperationRules rules;

	@Test
	void onlyWarnsAboutTheConventionAsBasisForExtraditionWhereTheRegistrySaysNothingOfTheRequestedState() {
		RequestContents contents = contents(CaseType.EXTRADITION, LegalBasis.convention(37), Map.of());
		Case draft = management.draft(VN_HANDLER, CaseType.EXTRADITION, BR_CENTRAL, contents);

		List<Missing> problems = management.check(CountryCode.of("VN"), draft.id());

		assertThat(problems).filteredOn(problem -> "art. 37".equals(problem.reference())).singleElement().satisfies(problem -> {
			assertThat(problem.warning()).isTrue();
			assertThat(problem.field()).isEqualTo("legalBasis");
			assertThat(problem.message()).contains("does not record whether Brazil makes extradition conditional on a treaty")
				.doesNotContain("extradition treaty");
		});
		// What stops this request is only that neither State is a party yet (art. 65), not a missing declaration.
		assertThat(problems).filteredOn(problem -> !problem.warning()).extracting(Missing::reference).containsOnly("art. 65");
	}

	@Test
	void aPenaltyBelowOneYearIsAWarningAndTheRequestIsStillSent() {
		assertThat(rules.extraditionMinimumPenaltyMonths()).isEqualTo(12);
		Case draft = management.draft(VN_HANDLER, CaseType.EXTRADITION, BR_CENTRAL,
				contents(CaseType.EXTRADITION, treaty(), Map.of(FormElement.MAX_PENALTY_REQUESTED_MONTHS, "6")));

		assertThat(management.check(CountryCode.of("VN"), draft.id())).singleElement().satisfies(problem -> {
			assertThat(problem.warning()).isTrue();
			assertThat(problem.field()).isEqualTo("MAX_PENALTY_REQUESTED_MONTHS");
			assertThat(problem.message()).contains("is 6 months, below the 12 months");
		});
		management.submitForApproval(VN_HANDLER, draft.id());
		assertThat(management.approve(VN_SUPERVISOR, draft.id()).status()).isEqualTo(CaseStatus.DELIVERED);
	}

	@Test
	void aSentencedPersonIsTransferredOnlyWithTheirConsent() {
		Map<FormElement, String> noConsent = new EnumMap<>(FormElement.class);
		noConsent.put(FormElement.PERSON_CONSENT, "");
		Case draft = management.draft(VN_HANDLER, CaseType.SENTENCED_PERSON_TRANSFER, BR_CENTRAL,
				contents(CaseType.SENTENCED_PERSON_TRANSFER, treaty(), noConsent));

		assertThat(management.check(CountryCode.of("VN"), draft.id())).extracting(Missing::field).containsExactly("PERSON_CONSENT");
	}

	@Test
	void theWorkspaceOfAJointInvestigationHoldsTheCasesOfBothStates() {
		Case proposal = management.draft(VN_HANDLER, CaseType.JOINT_INVESTIGATION, BR_CENTRAL,
				contents(CaseType.JOINT_INVESTIGATION, treaty(), Map.of()));
		management.submitForApproval(VN_HANDLER, proposal.id());
		management.approve(VN_SUPERVISOR, proposal.id());
		management.perform(BR_HANDLER, proposal.id(), Act.ACKNOWLEDGE, ActInput.none());
		management.perform(BR_HANDLER, proposal.id(), Act.START_REVIEW, ActInput.none());
		management.perform(BR_HANDLER, proposal.id(), Act.AGREE_JOINT_INVESTIGATION, ActInput.of(null,
				Map.of("durationDays", "180", "participants", "Two investigators from each State", "workState", "Brazil")));

		Case vietNamsRequest = management.draft(VN_HANDLER, CaseType.STORED_DATA_ACCESS, BR_CENTRAL,
				followUp(contents(CaseType.STORED_DATA_ACCESS, treaty(), Map.of()), proposal.id()));
		Case brazilsRequest = management.draft(BR_HANDLER, CaseType.MUTUAL_LEGAL_ASSISTANCE, VN_CENTRAL,
				followUp(contents(CaseType.MUTUAL_LEGAL_ASSISTANCE, treaty(), Map.of()), proposal.id()));

		assertThat(management.workspace(CountryCode.of("BR"), proposal.id())).extracting(CaseSummary::id)
			.containsExactly(vietNamsRequest.id(), brazilsRequest.id());
		assertThat(management.find(CountryCode.of("VN"), proposal.id()).status()).isEqualTo(CaseStatus.ACCEPTED);
	}

	private static LegalBasis treaty() {
		return LegalBasis.treaty("Viet Nam–Brazil treaty (fictitious)");
	}

	/** Complete contents of the type (as {@link CaseFixtures#complete}) on {@code basis}, with {@code changes} applied. */
	private static RequestContents contents(CaseType type, LegalBasis basis, Map<FormElement, String> changes) {
		RequestContents complete = CaseFixtures.complete(type);
		Map<FormElement, String> answers = new EnumMap<>(complete.elements());
		answers.putAll(changes);
		return new RequestContents(basis, complete.offenceBasis(), complete.urgency(), "en", complete.conditions(), answers, null);
	}

	private static RequestContents followUp(RequestContents contents, CaseId earlier) {
		return new RequestContents(contents.legalBasis(), contents.offenceBasis(), contents.urgency(), contents.language(),
				contents.conditions(), contents.elements(), earlier);
	}
}
