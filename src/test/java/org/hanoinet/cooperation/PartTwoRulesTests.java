package org.hanoinet.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hanoinet.cooperation.CaseFixtures.*;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;
import org.junit.jupiter.api.Test;

/**
 * The rules of part 2 (#10) that the lifecycle table does not show: who may ask for prosecution instead of
 * extradition, what binds the receiver of spontaneous information, when a provisional measure may be lifted, how
 * the amount returned is computed, and what the new forms require.
 */
class PartTwoRulesTests {

	static final CountryCode GHANA = CountryCode.of("GH");

	@Test
	void letsTheRequestingStateAskForProsecutionAfterARefusalSolelyOnNationality() {
		Case extradition = inConsultation(CaseType.EXTRADITION);
		extradition.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.NATIONAL_OF_REQUESTED_STATE),
				"Our Constitution forbids extraditing nationals.");
		CaseId transfer = new CaseId(UUID.randomUUID());

		extradition.extraditionAndTransfers().requestProsecutionInstead(DRAFTER, transfer);

		assertThat(extradition.events().getLast().details()).containsEntry("proceedingsTransfer", transfer.toString());
		assertThat(extradition.status()).isEqualTo(CaseStatus.REFUSED);
		assertThatThrownBy(() -> extradition.extraditionAndTransfers().requestProsecutionInstead(DRAFTER, new CaseId(UUID.randomUUID())))
			.isInstanceOfSatisfying(ActBarred.class, barred -> assertThat(barred.code()).isEqualTo("already-requested"));
	}

	@Test
	void refusesProsecutionInsteadWhenTheRefusalRestsOnMoreThanNationality() {
		Case extradition = inConsultation(CaseType.EXTRADITION);
		extradition.assistance().refuse(REQUESTED_SUPERVISOR,
				Set.of(RefusalGround.NATIONAL_OF_REQUESTED_STATE, RefusalGround.NO_DUAL_CRIMINALITY), "Two grounds.");

		assertThatThrownBy(() -> extradition.extraditionAndTransfers().requestProsecutionInstead(DRAFTER, new CaseId(UUID.randomUUID())))
			.isInstanceOfSatisfying(ActBarred.class, barred -> {
				assertThat(barred.code()).isEqualTo("not-solely-nationality");
				assertThat(barred.getMessage()).contains("solely");
			});
	}

	@Test
	void neverRefusesExtraditionOnFiscalMattersAloneNorOnGroundsOfMutualLegalAssistanceOnly() {
		assertThatThrownBy(() -> RefusalGround.of("fiscal-matters")).isInstanceOf(InvalidValue.class)
			.hasMessageContaining("fiscal matters");
		Case extradition = inConsultation(CaseType.EXTRADITION);
		assertThatThrownBy(() -> extradition.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.ESSENTIAL_INTERESTS), "No."))
			.isInstanceOf(InvalidValue.class).hasMessageContaining("EXTRADITION");
		assertThat(CaseType.EXTRADITION.refusalGrounds()).contains(RefusalGround.DISCRIMINATION);
		assertThat(CaseType.MUTUAL_LEGAL_ASSISTANCE.refusalGrounds()).doesNotContain(RefusalGround.NATIONAL_OF_REQUESTED_STATE,
				RefusalGround.DE_MINIMIS);
	}

	@Test
	void refusesExtraditionStraightFromTheReviewSinceConsultationIsOnlyWhereAppropriate() {
		Case extradition = draft(CaseType.EXTRADITION);
		extradition.submitForApproval(DRAFTER);
		extradition.approve(REQUESTING_SUPERVISOR);
		extradition.recordDelivery(REQUESTED_OFFICER);
		extradition.acknowledge(REQUESTED_OFFICER);
		extradition.startReview(REQUESTED_OFFICER);

		extradition.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.NATIONAL_OF_REQUESTED_STATE), "National.");

		assertThat(extradition.status()).isEqualTo(CaseStatus.REFUSED);
		assertThat(extradition.happened(Act.CONSULT)).isFalse();
		extradition.extraditionAndTransfers().requestProsecutionInstead(DRAFTER, new CaseId(UUID.randomUUID()));
		assertThat(extradition.events().getLast().act()).isEqualTo(Act.REQUEST_PROSECUTION_INSTEAD);
	}

	@Test
	void recordsTheConditionalSurrenderOfANationalAsBindingOnceAccepted() {
		Case extradition = inConsultation(CaseType.EXTRADITION);

		extradition.extraditionAndTransfers().offerConditionalSurrender(REQUESTED_OFFICER, null);
		extradition.assistance().acceptConditions(DRAFTER);

		assertThat(extradition.bindingConditions()).singleElement().asString().contains("returned to TH to serve the sentence");
		assertThat(extradition.events().get(extradition.events().size() - 2).details()).containsEntry("conditionalSurrender", "true");
	}

	@Test
	void aUseLimitBlocksForwardingToAThirdStateUntilTheSenderAuthorizesIt() {
		Case notice = acknowledged(CaseType.SPONTANEOUS_INFORMATION);

		assertThatThrownBy(() -> notice.spontaneousInformation().forwardToThirdState(REQUESTED_OFFICER, GHANA, "A linked case in Ghana."))
			.isInstanceOfSatisfying(ActBarred.class, barred -> {
				assertThat(barred.code()).isEqualTo("use-limit");
				assertThat(barred.getMessage()).contains("cannot be forwarded to GH").contains("prior authorization");
			});
		assertThat(notice.events()).noneMatch(event -> event.act() == Act.FORWARD_TO_THIRD_STATE);

		notice.spontaneousInformation().authorizeForwarding(DRAFTER, GHANA);
		notice.spontaneousInformation().forwardToThirdState(REQUESTED_OFFICER, GHANA, "A linked case in Ghana.");
		assertThat(notice.events().getLast().details()).containsEntry("thirdState", "GH");
	}

	@Test
	void theReceiverNotifiesTheSenderBeforeDisclosingExculpatoryInformation() {
		Case notice = acknowledged(CaseType.SPONTANEOUS_INFORMATION);

		assertThatThrownBy(() -> notice.spontaneousInformation().discloseExculpatory(REQUESTED_OFFICER, "The alibi.", null))
			.isInstanceOfSatisfying(ActBarred.class, barred -> assertThat(barred.code()).isEqualTo("notify-first"));

		notice.spontaneousInformation().notifyExculpatoryDisclosure(REQUESTED_OFFICER, "We will disclose the alibi to the defence.");
		notice.spontaneousInformation().discloseExculpatory(REQUESTED_OFFICER, "The alibi, to the defence.", null);
		assertThat(notice.events().getLast().act()).isEqualTo(Act.DISCLOSE_EXCULPATORY);
	}

	@Test
	void inAnExceptionalCaseTheReceiverDisclosesWithoutAdvanceNoticeAndSaysWhy() {
		Case notice = acknowledged(CaseType.SPONTANEOUS_INFORMATION);

		assertThatThrownBy(() -> notice.spontaneousInformation().discloseExculpatory(REQUESTED_OFFICER, "The alibi.", " "))
			.isInstanceOfSatisfying(ActBarred.class, barred -> assertThat(barred.getMessage()).contains("exceptional"));
		notice.spontaneousInformation().discloseExculpatory(REQUESTED_OFFICER, "The alibi, to the court.",
				"The court sat within the hour and the sender's point of contact did not answer.");

		assertThat(notice.events().getLast().act()).isEqualTo(Act.DISCLOSE_EXCULPATORY);
		assertThat(notice.events().getLast().details()).containsEntry("exceptional",
				"The court sat within the hour and the sender's point of contact did not answer.");
		assertThat(notice.events()).noneMatch(event -> event.act() == Act.NOTIFY_EXCULPATORY_DISCLOSURE);
	}

	@Test
	void personalDataGoesToAThirdStateOnlyWithTheSendersAuthorizationEvenWithoutAUseLimit() {
		Map<FormElement, String> answers = new EnumMap<>(complete(CaseType.SPONTANEOUS_INFORMATION).elements());
		answers.remove(FormElement.USE_LIMITS);
		answers.put(FormElement.PERSONAL_DATA, "yes");
		Case notice = acknowledged(CaseType.SPONTANEOUS_INFORMATION, withElements(complete(CaseType.SPONTANEOUS_INFORMATION), answers));

		assertThatThrownBy(() -> notice.spontaneousInformation().forwardToThirdState(REQUESTED_OFFICER, GHANA, "A linked case."))
			.isInstanceOfSatisfying(ActBarred.class, barred -> assertThat(barred.getMessage()).contains("personal data"));

		answers.remove(FormElement.PERSONAL_DATA);
		Case plain = acknowledged(CaseType.SPONTANEOUS_INFORMATION, withElements(complete(CaseType.SPONTANEOUS_INFORMATION), answers));
		plain.spontaneousInformation().forwardToThirdState(REQUESTED_OFFICER, GHANA, "A linked case.");
		assertThat(plain.events().getLast().act()).isEqualTo(Act.FORWARD_TO_THIRD_STATE);
	}

	@Test
	void aSpontaneousNoticeIsNeverReviewedNorRefused() {
		Case notice = acknowledged(CaseType.SPONTANEOUS_INFORMATION);

		assertThat(CaseType.SPONTANEOUS_INFORMATION.refusalGrounds()).isEmpty();
		assertThatThrownBy(() -> notice.startReview(REQUESTED_OFFICER)).isInstanceOf(InvalidTransition.class);
	}

	@Test
	void liftsAProvisionalMeasureOnlyAfterTheRequestingStateCouldArgueForKeepingIt() {
		Case freezing = executed(CaseType.PROVISIONAL_MEASURES);

		assertThatThrownBy(() -> freezing.assetRecovery().liftMeasure(REQUESTED_OFFICER, Set.of(RefusalGround.DE_MINIMIS), "Worth 40 USD."))
			.isInstanceOfSatisfying(ActBarred.class, barred -> {
				assertThat(barred.code()).isEqualTo("argue-first");
				assertThat(barred.getMessage()).contains("present its reasons");
			});

		freezing.assetRecovery().inviteReasonsToMaintain(REQUESTED_OFFICER, "Give your reasons within 30 days.");
		freezing.assetRecovery().presentReasonsToMaintain(DRAFTER, "The confiscation order is expected next week.");
		freezing.assetRecovery().liftMeasure(REQUESTED_OFFICER, Set.of(RefusalGround.DE_MINIMIS), "Worth 40 USD.");
		assertThat(freezing.events().getLast().details()).containsEntry("grounds", "DE_MINIMIS");
	}

	@Test
	void refusesAssetRequestsOnDeMinimisValueOrInsufficientEvidence() {
		Case confiscation = inConsultation(CaseType.CONFISCATION);

		confiscation.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.DE_MINIMIS, RefusalGround.INSUFFICIENT_EVIDENCE),
				"The account holds 12 USD and no evidence arrived.");

		assertThat(confiscation.assistance().refusalGrounds()).containsExactlyInAnyOrder(RefusalGround.DE_MINIMIS,
				RefusalGround.INSUFFICIENT_EVIDENCE);
	}

	@Test
	void statesTheAmountReturnedAsTheValueLessExpensesAndAnyShare() {
		Case returning = executing(CaseType.ASSET_RETURN);

		returning.assetRecovery().decideReturn(REQUESTED_OFFICER, "RETURN", usd(250_000), usd(12_500), usd(20_000),
				"10% kept by the requested State under the sharing arrangement", null, true);

		Map<String, String> decision = returning.events().getLast().details();
		assertThat(decision).containsEntry("returned", "217500 USD").containsEntry("expenses", "12500 USD")
			.containsEntry("shared", "20000 USD");
		assertThat(decision.get("statement")).contains("250000 USD").contains("12500 USD").contains("= 217500 USD");
	}

	@Test
	void refusesExpensesWhereTheNodesRulesDoNotAllowDeductingThem() {
		Case returning = executing(CaseType.ASSET_RETURN);

		assertThatThrownBy(() -> returning.assetRecovery().decideReturn(REQUESTED_OFFICER, "RETURN", usd(1000), usd(10), null, null, null, false))
			.isInstanceOf(InvalidValue.class).hasMessageContaining("deduct");
		assertThatThrownBy(() -> returning.assetRecovery().decideReturn(REQUESTED_OFFICER, "RETURN", usd(1000), usd(2000), null, null, null, true))
			.isInstanceOf(InvalidValue.class).hasMessageContaining("exceed");
	}

	@Test
	void aConfiscationGivingEffectToAForeignOrderNeedsTheOrderItsFinalityAndTheNoticeToThirdParties() {
		Map<FormElement, String> answers = new EnumMap<>(complete(CaseType.CONFISCATION).elements());
		answers.put(FormElement.CONFISCATION_ROUTE, "FOREIGN_ORDER");
		answers.remove(FormElement.ORDER_COPY);
		answers.remove(FormElement.ORDER_FINAL);
		answers.remove(FormElement.THIRD_PARTY_NOTICE);
		RequestContents contents = withElements(complete(CaseType.CONFISCATION), answers);

		assertThat(contents.missing(CaseType.CONFISCATION)).extracting(Missing::field, Missing::reference).containsExactly(
				org.assertj.core.groups.Tuple.tuple("ORDER_COPY", "art. 50"),
				org.assertj.core.groups.Tuple.tuple("ORDER_FINAL", "art. 50"),
				org.assertj.core.groups.Tuple.tuple("THIRD_PARTY_NOTICE", "art. 50"));
	}

	@Test
	void readsPenaltiesInMonthsValuesWithTheirCurrencyAndChoicesFromTheirList() {
		Map<FormElement, String> answers = new EnumMap<>(complete(CaseType.EXTRADITION).elements());
		answers.put(FormElement.MAX_PENALTY_REQUESTED_MONTHS, "two years");
		assertThat(withElements(complete(CaseType.EXTRADITION), answers).missing(CaseType.EXTRADITION)).singleElement()
			.satisfies(missing -> assertThat(missing.message()).contains("whole number of months").contains("(art. 37)"));

		Map<FormElement, String> freezing = new EnumMap<>(complete(CaseType.PROVISIONAL_MEASURES).elements());
		freezing.put(FormElement.ESTIMATED_VALUE, "a lot");
		freezing.put(FormElement.MEASURES_REQUESTED, "FREEZE, TELEPORT");
		assertThat(withElements(complete(CaseType.PROVISIONAL_MEASURES), freezing).missing(CaseType.PROVISIONAL_MEASURES))
			.extracting(Missing::field).containsExactly("MEASURES_REQUESTED", "ESTIMATED_VALUE");
		assertThat(Amount.parse("1.25 btc")).contains(new Amount(new BigDecimal("1.25"), "BTC"));
	}

	@Test
	void assetRequestsCarryTheContentsOfMutualLegalAssistanceAndTracingNeedsNoDescriptionOfTheProperty() {
		for (CaseType type : List.of(CaseType.CONFISCATION, CaseType.PROVISIONAL_MEASURES)) {
			assertThat(type.form()).extracting(FormElement.Requirement::element).as(type.name()).startsWith(FormElement.SUBJECT_OF_PROCEEDINGS,
					FormElement.SUMMARY_OF_FACTS, FormElement.ASSISTANCE_TYPES, FormElement.ASSISTANCE_SOUGHT);
			Map<FormElement, String> answers = new EnumMap<>(complete(type).elements());
			answers.remove(FormElement.ASSISTANCE_SOUGHT);
			assertThat(withElements(complete(type), answers).missing(type)).extracting(Missing::field).as(type.name())
				.containsExactly("ASSISTANCE_SOUGHT");
		}

		Map<FormElement, String> tracing = new EnumMap<>(complete(CaseType.PROVISIONAL_MEASURES).elements());
		tracing.remove(FormElement.PROPERTY);
		tracing.put(FormElement.MEASURES_REQUESTED, "IDENTIFY, TRACE");
		assertThat(withElements(complete(CaseType.PROVISIONAL_MEASURES), tracing).missing(CaseType.PROVISIONAL_MEASURES)).isEmpty();

		tracing.put(FormElement.MEASURES_REQUESTED, "TRACE, FREEZE");
		assertThat(withElements(complete(CaseType.PROVISIONAL_MEASURES), tracing).missing(CaseType.PROVISIONAL_MEASURES))
			.extracting(Missing::field).containsExactly("PROPERTY");
	}

	@Test
	void agreesAJointInvestigationOnTermsThatRespectTheSovereigntyOfTheStateWhereTheTeamWorks() {
		Case proposal = draft(CaseType.JOINT_INVESTIGATION);
		proposal.submitForApproval(DRAFTER);
		proposal.approve(REQUESTING_SUPERVISOR);
		proposal.recordDelivery(REQUESTED_OFFICER);
		proposal.acknowledge(REQUESTED_OFFICER);
		proposal.startReview(REQUESTED_OFFICER);

		assertThatThrownBy(() -> proposal.accept(REQUESTED_OFFICER)).isInstanceOf(InvalidTransition.class);
		proposal.jointInvestigations().agreeJointInvestigation(REQUESTED_OFFICER, 180, "Two investigators from each State", "Thailand");

		assertThat(proposal.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(proposal.events().getLast().details()).containsEntry("durationDays", "180")
			.containsEntry("workState", "Thailand").hasEntrySatisfying("sovereignty", text -> assertThat(text).contains("sovereignty"));
	}

	private static Amount usd(long value) {
		return new Amount(BigDecimal.valueOf(value), "USD");
	}

	private static RequestContents withElements(RequestContents full, Map<FormElement, String> answers) {
		return new RequestContents(full.legalBasis(), full.offenceBasis(), full.urgency(), full.language(), full.conditions(),
				answers, full.follows());
	}

	private static Case acknowledged(CaseType type) {
		return acknowledged(type, limitedUse(complete(type)));
	}

	private static Case acknowledged(CaseType type, RequestContents contents) {
		Case request = Case.draft(new CaseId(UUID.randomUUID()), type, VIET_NAM, THAILAND, contents, DRAFTER, clock());
		request.submitForApproval(DRAFTER);
		request.approve(REQUESTING_SUPERVISOR);
		request.recordDelivery(REQUESTED_OFFICER);
		request.acknowledge(REQUESTED_OFFICER);
		return request;
	}

	private static RequestContents limitedUse(RequestContents full) {
		Map<FormElement, String> answers = new EnumMap<>(full.elements());
		answers.remove(FormElement.USE_LIMITS);
		return new RequestContents(full.legalBasis(), full.offenceBasis(), full.urgency(), full.language(),
				new Conditions(false, true, null), answers, full.follows());
	}

	private static Case executed(CaseType type) {
		Case request = executing(type);
		request.execute(REQUESTED_OFFICER);
		return request;
	}

}
