package org.hanoinet.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hanoinet.cooperation.CaseFixtures.*;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.directory.Authority;
import org.hanoinet.directory.DirectoryFixtures;
import org.hanoinet.treaty.Action;
import org.hanoinet.treaty.ActionKind;
import org.hanoinet.treaty.TreatyFixtures;
import org.junit.jupiter.api.Test;

/**
 * The Convention as legal basis for extradition (art. 37), read as in the model treaties (UNTOC 16(4)-(6), UNCAC
 * 44(5)-(7), Budapest 24(3)-(4)): only a State that makes extradition conditional on a treaty declares whether it
 * takes the Convention as the basis; the others need no declaration. Viet Nam asks Thailand, both States Parties.
 */
class ExtraditionAdmissibilityTests {

	static final Authority THAI_AUTHORITY = DirectoryFixtures.pointOfContact("TH", "Asia/Bangkok");

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Test
	void sendsAConventionBasedExtraditionToAStateThatExtraditesWithoutATreaty() {
		Admissibility admissibility = admissibility(CooperationRules.DEFAULTS,
				declaration(ActionKind.EXTRADITION_TREATY_CONDITION, "no"));
		Case request = onTheConvention(CaseType.EXTRADITION);

		assertThat(admissibility.problems(request, THAI_AUTHORITY, TODAY)).isEmpty();
		request.submitForApproval(DRAFTER);
		assertThat(request.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
	}

	@Test
	void onlyWarnsWhereTheRegistrySaysNothingOfTheRequestedStateAndAsksForNoTreaty() {
		Admissibility admissibility = admissibility(CooperationRules.DEFAULTS);

		assertThat(admissibility.problems(onTheConvention(CaseType.PROVISIONAL_ARREST), THAI_AUTHORITY, TODAY)).singleElement()
			.satisfies(warning -> {
				assertThat(warning.warning()).isTrue();
				assertThat(warning.field()).isEqualTo("legalBasis");
				assertThat(warning.reference()).isEqualTo("art. 37");
				assertThat(warning.message()).contains("does not record whether Thailand makes extradition conditional on a treaty")
					.contains("check before sending")
					.doesNotContain("extradition treaty");
			});
	}

	@Test
	void stopsTheRequestWhereATreatyStateDeclaredItDoesNotTakeTheConventionAndNamesThatDeclaration() {
		Admissibility admissibility = admissibility(CooperationRules.DEFAULTS,
				declaration(ActionKind.EXTRADITION_LEGAL_BASIS, "no"));

		assertThat(admissibility.problems(onTheConvention(CaseType.EXTRADITION), THAI_AUTHORITY, TODAY)).singleElement()
			.satisfies(problem -> {
				assertThat(problem.warning()).isFalse();
				assertThat(problem.field()).isEqualTo("legalBasis");
				assertThat(problem.message()).contains("Thailand makes extradition conditional on a treaty")
					.contains("its declaration under art. 37 of " + TreatyFixtures.RATIFIED)
					.contains("does not take the Convention")
					.contains("extradition treaty");
			});
	}

	@Test
	void sendsTheRequestToATreatyStateThatDeclaredItTakesTheConvention() {
		Admissibility admissibility = admissibility(CooperationRules.DEFAULTS,
				declaration(ActionKind.EXTRADITION_TREATY_CONDITION, "yes"), declaration(ActionKind.EXTRADITION_LEGAL_BASIS, "yes"));

		assertThat(admissibility.problems(onTheConvention(CaseType.EXTRADITION), THAI_AUTHORITY, TODAY)).isEmpty();
		assertThat(admissibility.takesConventionForExtradition(THAILAND.state())).isTrue();
	}

	@Test
	void stopsTheRequestToAStateRecordedAsNeedingATreatyThatHasNotDeclared() {
		Admissibility admissibility = admissibility(CooperationRules.DEFAULTS,
				declaration(ActionKind.EXTRADITION_TREATY_CONDITION, "yes"));

		assertThat(admissibility.problems(onTheConvention(CaseType.EXTRADITION), THAI_AUTHORITY, TODAY)).singleElement()
			.satisfies(problem -> {
				assertThat(problem.warning()).isFalse();
				assertThat(problem.message()).contains("Thailand makes extradition conditional on a treaty and has not declared");
			});
	}

	@Test
	void aNodeThatPresumesATreatyConditionStopsTheRequestToAStateTheRegistrySaysNothingOf() {
		Admissibility admissibility = admissibility(new CooperationRules(12, true, true, true, true));

		assertThat(admissibility.problems(onTheConvention(CaseType.EXTRADITION), THAI_AUTHORITY, TODAY)).singleElement()
			.satisfies(problem -> {
				assertThat(problem.warning()).isFalse();
				assertThat(problem.message()).contains("this node treats such a State as one that does");
			});
	}

	@Test
	void aNodeThatDoesNotRequireTheDeclarationNeverStopsTheRequest() {
		Admissibility admissibility = admissibility(new CooperationRules(12, true, true, false, true),
				declaration(ActionKind.EXTRADITION_LEGAL_BASIS, "no"));

		assertThat(admissibility.problems(onTheConvention(CaseType.EXTRADITION), THAI_AUTHORITY, TODAY)).isEmpty();
	}

	@Test
	void aPenaltyBelowTheNodesMinimumIsAWarningEvenOnATreaty() {
		Admissibility admissibility = admissibility(CooperationRules.DEFAULTS);
		Map<FormElement, String> answers = new EnumMap<>(complete(CaseType.EXTRADITION).elements());
		answers.put(FormElement.MAX_PENALTY_REQUESTED_MONTHS, "6");
		RequestContents treaty = complete(CaseType.EXTRADITION);
		Case request = Case.draft(new CaseId(UUID.randomUUID()), CaseType.EXTRADITION, VIET_NAM, THAILAND,
				new RequestContents(treaty.legalBasis(), treaty.offenceBasis(), treaty.urgency(), treaty.language(),
						treaty.conditions(), answers, null), DRAFTER, clock());

		assertThat(admissibility.problems(request, THAI_AUTHORITY, TODAY)).singleElement().satisfies(warning -> {
			assertThat(warning.warning()).isTrue();
			assertThat(warning.field()).isEqualTo("MAX_PENALTY_REQUESTED_MONTHS");
			assertThat(warning.message()).contains("is 6 months, below the 12 months").contains("check it before sending");
		});
		assertThat(admissibility(new CooperationRules(0, true, true, true, false)).problems(request, THAI_AUTHORITY, TODAY))
			.isEmpty();
	}

	private static Admissibility admissibility(CooperationRules rules, Action... declarations) {
		return new Admissibility(TreatyFixtures.vietNamAndThailandParties(clock(), declarations), rules);
	}

	private static Action declaration(ActionKind kind, String detail) {
		return TreatyFixtures.declaration("THA", kind, TreatyFixtures.RATIFIED, detail);
	}

	/** A complete request of {@code type} resting on art. 37 of the Convention. */
	private static Case onTheConvention(CaseType type) {
		RequestContents treaty = complete(type);
		RequestContents contents = new RequestContents(LegalBasis.convention(37), treaty.offenceBasis(), treaty.urgency(),
				treaty.language(), treaty.conditions(), treaty.elements(), null);
		return Case.draft(new CaseId(UUID.randomUUID()), type, VIET_NAM, THAILAND, contents, DRAFTER, clock());
	}
}
