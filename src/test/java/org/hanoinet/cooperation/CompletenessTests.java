package org.hanoinet.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hanoinet.cooperation.CaseFixtures.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The completeness checker names each missing element of each type's form, as the drafter would read it. */
class CompletenessTests {

	static Stream<Arguments> everyRequiredElement() {
		return Stream.of(CaseType.values())
			.flatMap(type -> type.form().stream().filter(FormElement.Requirement::required)
				.filter(requirement -> requirement.appliesTo(complete(type)))
				.map(requirement -> Arguments.of(type, requirement.element(), requirement.reference())));
	}

	@ParameterizedTest(name = "{0} without {1}")
	@MethodSource("everyRequiredElement")
	void refusesToSubmitARequestWithoutARequiredElementAndNamesIt(CaseType type, FormElement element, String reference) {
		Case request = Case.draft(new CaseId(UUID.randomUUID()), type, VIET_NAM, THAILAND,
				without(complete(type), element), DRAFTER, clock());

		assertThatThrownBy(() -> request.submitForApproval(DRAFTER)).isInstanceOfSatisfying(RequestIncomplete.class,
				incomplete -> {
					assertThat(incomplete.missing()).singleElement().satisfies(missing -> {
						assertThat(missing.field()).isEqualTo(element.name());
						assertThat(missing.reference()).isEqualTo(reference);
						assertThat(missing.message()).contains(element.label()).contains(reference);
					});
					assertThat(incomplete.getMessage()).contains(element.label());
				});
		assertThat(request.status()).isEqualTo(CaseStatus.DRAFT);
	}

	@ParameterizedTest
	@EnumSource(CaseType.class)
	void acceptsACompleteRequestOfEveryType(CaseType type) {
		assertThat(complete(type).missing(type)).isEmpty();
		Case request = draft(type);
		request.submitForApproval(DRAFTER);
		assertThat(request.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
	}

	@Test
	void listsEveryMissingItemOfAnEmptyPreservationRequestOneByOne() {
		RequestContents empty = new RequestContents(null, null, null, null, null, null, null);

		List<String> fields = empty.missing(CaseType.PRESERVATION).stream().map(Missing::field).toList();

		assertThat(fields).containsExactly("legalBasis", "offenceBasis", "language", "OFFENCE_AND_FACTS",
				"DATA_AND_RELATION", "CUSTODIAN_OR_LOCATION", "NECESSITY", "INTENT_TO_REQUEST_ASSISTANCE");
	}

	@Test
	void requiresThePeriodOfInterceptionAsAWholeNumberOfDays() {
		RequestContents contents = with(complete(CaseType.CONTENT_INTERCEPTION), FormElement.COLLECTION_PERIOD_DAYS,
				"three weeks");

		assertThat(contents.missing(CaseType.CONTENT_INTERCEPTION)).singleElement()
			.satisfies(missing -> assertThat(missing.message()).contains("whole number of days").contains("(art. 46)"));
	}

	@Test
	void refusesAssistanceTypesThatArticleFortyDoesNotKnow() {
		RequestContents contents = with(complete(CaseType.MUTUAL_LEGAL_ASSISTANCE), FormElement.ASSISTANCE_TYPES,
				"TAKING_EVIDENCE, TELEPORTATION");

		assertThat(contents.missing(CaseType.MUTUAL_LEGAL_ASSISTANCE)).singleElement()
			.satisfies(missing -> assertThat(missing.message()).contains("TELEPORTATION"));
	}

	@Test
	void needsTheStatementThatAFollowUpRequestWillCome() {
		RequestContents contents = with(complete(CaseType.PRESERVATION), FormElement.INTENT_TO_REQUEST_ASSISTANCE, "no");

		assertThat(contents.missing(CaseType.PRESERVATION)).singleElement()
			.satisfies(missing -> assertThat(missing.field()).isEqualTo("INTENT_TO_REQUEST_ASSISTANCE"));
	}

	@Test
	void needsNoSummaryOfFactsToServeJudicialDocuments() {
		RequestContents service = without(with(complete(CaseType.MUTUAL_LEGAL_ASSISTANCE), FormElement.ASSISTANCE_TYPES,
				"SERVICE_OF_DOCUMENTS"), FormElement.SUMMARY_OF_FACTS);

		assertThat(service.missing(CaseType.MUTUAL_LEGAL_ASSISTANCE)).isEmpty();
		assertThat(with(service, FormElement.ASSISTANCE_TYPES, "SERVICE_OF_DOCUMENTS, TAKING_EVIDENCE")
			.missing(CaseType.MUTUAL_LEGAL_ASSISTANCE)).extracting(Missing::field).containsExactly("SUMMARY_OF_FACTS");
	}

	@Test
	void anEmergencyDisclosureMustBeMarkedAsAnEmergency() {
		RequestContents full = complete(CaseType.EMERGENCY_DISCLOSURE);
		RequestContents routine = new RequestContents(full.legalBasis(), full.offenceBasis(), Urgency.URGENT, full.language(),
				full.conditions(), full.elements(), null);

		assertThat(routine.missing(CaseType.EMERGENCY_DISCLOSURE)).extracting(Missing::field).containsExactly("urgency");
	}

	@ParameterizedTest
	@EnumSource(CaseType.class)
	void onTheConventionASeriousCrimeIsABasisOnlyForTheEvidenceRequestsOfArticlesFortyToFortySix(CaseType type) {
		RequestContents full = complete(type);
		RequestContents seriousCrime = new RequestContents(LegalBasis.convention(type.article()),
				new OffenceBasis(OffenceBasis.Kind.SERIOUS_CRIME, null, "Fraud on a large scale"), full.urgency(), full.language(),
				full.conditions(), full.elements(), null);
		Case request = Case.draft(new CaseId(UUID.randomUUID()), type, VIET_NAM, THAILAND, seriousCrime, DRAFTER, clock());

		if (type.article() >= 40 && type.article() <= 46) {
			request.submitForApproval(DRAFTER);
			assertThat(request.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
			return;
		}
		assertThatThrownBy(() -> request.submitForApproval(DRAFTER)).isInstanceOfSatisfying(RequestIncomplete.class,
				incomplete -> assertThat(incomplete.missing()).singleElement().satisfies(missing -> {
					assertThat(missing.field()).isEqualTo("offenceBasis");
					assertThat(missing.reference()).isEqualTo("art. 35");
					assertThat(missing.message()).contains("only for the evidence requests of arts. 40 to 46")
						.contains("a request under art. " + type.article());
				}));
	}

	@Test
	void aSeriousCrimeStaysABasisForAnExtraditionOnATreaty() {
		RequestContents full = complete(CaseType.EXTRADITION);
		RequestContents seriousCrime = new RequestContents(full.legalBasis(),
				new OffenceBasis(OffenceBasis.Kind.SERIOUS_CRIME, null, "Fraud on a large scale"), full.urgency(), full.language(),
				full.conditions(), full.elements(), null);

		assertThat(seriousCrime.missing(CaseType.EXTRADITION)).isEmpty();
	}

	private static RequestContents with(RequestContents full, FormElement element, String answer) {
		Map<FormElement, String> answers = new EnumMap<>(FormElement.class);
		answers.putAll(full.elements());
		answers.put(element, answer);
		return new RequestContents(full.legalBasis(), full.offenceBasis(), full.urgency(), full.language(), full.conditions(),
				answers, full.follows());
	}
}
