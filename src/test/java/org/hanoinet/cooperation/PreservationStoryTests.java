package org.hanoinet.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.hanoinet.MovableClock;
import org.hanoinet.MovableClockNodeTest;
import org.hanoinet.clocks.ClockKind;
import org.hanoinet.clocks.ClockState;
import org.hanoinet.clocks.LegalClock;
import org.hanoinet.clocks.LegalClocks;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The preservation story on one node, as the issue tells it: Viet Nam's 24/7 point of contact asks Brazil's
 * to preserve data, a supervisor approves, Brazil acknowledges and confirms preservation, the 60-day period
 * runs while the node's clock moves, the reminder fires a week before the end, and the follow-up request for
 * the data keeps them preserved past the 60 days until Brazil decides on it. A further period of preservation is
 * only asked for: Brazil's period lengthens when Brazil grants it, not before.
 */
@MovableClockNodeTest
class PreservationStoryTests {

	static final CountryCode VN = CountryCode.of("VN");

	static final CountryCode BR = CountryCode.of("BR");

	static final Actor VN_DUTY_OFFICER = new Actor(AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000002"), VN,
			"vn-duty-officer", false);

	static final Actor VN_CASE_HANDLER = new Actor(AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000001"), VN,
			"vn-case-handler", false);

	static final Actor VN_SUPERVISOR = new Actor(AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000001"), VN,
			"vn-supervisor", true);

	static final Actor BR_DUTY_OFFICER = new Actor(AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000004"), BR,
			"br-duty-officer", false);

	static final Actor BR_CASE_HANDLER = new Actor(AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000003"), BR,
			"br-case-handler", false);

	@Autowired
	CaseManagement cases;

	@Autowired
	LegalClocks clocks;

	@Autowired
	MovableClock clock;

	Case preservation;

	Case followUp;

	Instant confirmed;

	@Test
	void preservationIsKeptForSixtyDaysAndThenUntilTheDecisionOnTheFollowUp() {
		vietNamsPointOfContactDraftsAPreservationRequest();
		aSupervisorApprovesItAndItReachesBrazil();
		brazilsPointOfContactAcknowledgesWithinTheTarget();
		brazilConfirmsThePreservation();
		theReminderFiresAWeekBeforeThePeriodEnds();
		theFollowUpRequestKeepsTheDataPreservedPastSixtyDays();
		brazilsDecisionOnTheFollowUpEndsThePreservation();
	}

	@Test
	void aFurtherPeriodLengthensThePreservationOnlyWhenBrazilGrantsIt() {
		vietNamsPointOfContactDraftsAPreservationRequest();
		aSupervisorApprovesItAndItReachesBrazil();
		brazilsPointOfContactAcknowledgesWithinTheTarget();
		brazilConfirmsThePreservation();
		vietNamAsksForAFurtherPeriodAndBrazilsPeriodStaysAsItWas();
		brazilDeclinesAndThePeriodKeepsItsEnd();
		vietNamAsksAgainAndBrazilGrantsTheFurtherPeriod();
	}

	private void vietNamAsksForAFurtherPeriodAndBrazilsPeriodStaysAsItWas() {
		clock.advance(Duration.ofDays(50));
		preservation = cases.perform(VN_DUTY_OFFICER, preservation.id(), Act.EXTEND_PRESERVATION,
				new ActInput("The request for the data is being translated.", null, null, 30, null));
		assertThat(preservation.dataRequests().extensionRequestPending()).isTrue();
		assertThat(clock(preservation, ClockKind.PRESERVATION_PERIOD).dueAt()).isEqualTo(endOfSixtiethDay());
		assertThat(cases.find(BR, preservation.id()).allowedActs(BR_DUTY_OFFICER)).contains(Act.GRANT_PRESERVATION_EXTENSION,
				Act.DECLINE_PRESERVATION_EXTENSION);
	}

	private void brazilDeclinesAndThePeriodKeepsItsEnd() {
		preservation = cases.perform(BR_DUTY_OFFICER, preservation.id(), Act.DECLINE_PRESERVATION_EXTENSION,
				new ActInput("Thirty days more exceed what our law allows.", null, null, null, null));
		assertThat(clock(preservation, ClockKind.PRESERVATION_PERIOD).dueAt()).isEqualTo(endOfSixtiethDay());
		assertThat(clock(preservation, ClockKind.PRESERVATION_REMINDER).dueAt()).isEqualTo(endOfSixtiethDay().minus(Duration.ofDays(7)));
	}

	private void vietNamAsksAgainAndBrazilGrantsTheFurtherPeriod() {
		cases.perform(VN_DUTY_OFFICER, preservation.id(), Act.EXTEND_PRESERVATION,
				new ActInput("Fifteen days would be enough.", null, null, 15, null));
		assertThat(clock(preservation, ClockKind.PRESERVATION_PERIOD).dueAt()).isEqualTo(endOfSixtiethDay());

		preservation = cases.perform(BR_DUTY_OFFICER, preservation.id(), Act.GRANT_PRESERVATION_EXTENSION, ActInput.none());

		assertThat(preservation.events().getLast().details()).containsEntry("days", "15");
		LegalClock period = clock(preservation, ClockKind.PRESERVATION_PERIOD);
		assertThat(period.state()).isEqualTo(ClockState.RUNNING);
		assertThat(period.dueAt()).isEqualTo(endOfSixtiethDay().plus(Duration.ofDays(15)));
	}

	private void vietNamsPointOfContactDraftsAPreservationRequest() {
		preservation = cases.draft(VN_DUTY_OFFICER, CaseType.PRESERVATION, BR_DUTY_OFFICER.authority(),
				CaseFixtures.complete(CaseType.PRESERVATION));
		assertThat(cases.check(VN, preservation.id())).isEmpty();
		cases.submitForApproval(VN_DUTY_OFFICER, preservation.id());
	}

	private void aSupervisorApprovesItAndItReachesBrazil() {
		preservation = cases.approve(VN_SUPERVISOR, preservation.id());
		assertThat(preservation.status()).isEqualTo(CaseStatus.DELIVERED);
		assertThat(clock(preservation, ClockKind.ACKNOWLEDGEMENT).state()).isEqualTo(ClockState.RUNNING);
		assertThat(cases.inbox(BR_DUTY_OFFICER, 500)).extracting(CaseSummary::id).contains(preservation.id());
	}

	private void brazilsPointOfContactAcknowledgesWithinTheTarget() {
		clock.advance(Duration.ofMinutes(5));
		cases.perform(BR_DUTY_OFFICER, preservation.id(), Act.ACKNOWLEDGE, ActInput.none());
		LegalClock acknowledgement = clock(preservation, ClockKind.ACKNOWLEDGEMENT);
		assertThat(acknowledgement.state()).isEqualTo(ClockState.MET);
		assertThat(acknowledgement.metAt()).isBefore(acknowledgement.dueAt());
	}

	private void brazilConfirmsThePreservation() {
		for (Act act : new Act[] { Act.START_REVIEW, Act.ACCEPT, Act.START_EXECUTION, Act.EXECUTE }) {
			preservation = cases.perform(BR_DUTY_OFFICER, preservation.id(), act, ActInput.none());
		}
		confirmed = preservation.events().getLast().occurredAt();
		assertThat(preservation.status()).isEqualTo(CaseStatus.EXECUTED);
		LegalClock period = clock(preservation, ClockKind.PRESERVATION_PERIOD);
		assertThat(period.state()).isEqualTo(ClockState.RUNNING);
		assertThat(period.dueAt()).isEqualTo(endOfSixtiethDay());
		assertThat(period.zone().getId()).isEqualTo("America/Sao_Paulo");
		assertThat(clock(preservation, ClockKind.PRESERVATION_REMINDER).dueAt()).isEqualTo(endOfSixtiethDay().minus(Duration.ofDays(7)));
	}

	private void theReminderFiresAWeekBeforeThePeriodEnds() {
		clock.advance(Duration.between(clock.instant(), endOfSixtiethDay().minus(Duration.ofDays(7))).plusSeconds(1));
		clocks.fireDue();
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
				clock(preservation, ClockKind.PRESERVATION_REMINDER).state()).isEqualTo(ClockState.FIRED));
		assertThat(clock(preservation, ClockKind.PRESERVATION_PERIOD).state()).isEqualTo(ClockState.RUNNING);
	}

	private void theFollowUpRequestKeepsTheDataPreservedPastSixtyDays() {
		RequestContents full = CaseFixtures.complete(CaseType.STORED_DATA_ACCESS);
		Map<FormElement, String> elements = new EnumMap<>(FormElement.class);
		elements.putAll(full.elements());
		RequestContents linked = new RequestContents(full.legalBasis(), full.offenceBasis(), full.urgency(), full.language(),
				full.conditions(), elements, preservation.id());
		followUp = cases.draft(VN_CASE_HANDLER, CaseType.STORED_DATA_ACCESS, BR_CASE_HANDLER.authority(), linked);
		cases.submitForApproval(VN_CASE_HANDLER, followUp.id());
		cases.approve(VN_SUPERVISOR, followUp.id());
		assertThat(clock(preservation, ClockKind.PRESERVATION_PERIOD).state()).isEqualTo(ClockState.SUSPENDED);

		clock.advance(Duration.ofDays(10));
		clocks.fireDue();
		assertThat(clock(preservation, ClockKind.PRESERVATION_PERIOD).state()).isEqualTo(ClockState.SUSPENDED);
		assertThat(cases.find(VN, preservation.id()).status()).isEqualTo(CaseStatus.EXECUTED);
	}

	private void brazilsDecisionOnTheFollowUpEndsThePreservation() {
		for (Act act : new Act[] { Act.ACKNOWLEDGE, Act.START_REVIEW, Act.ACCEPT }) {
			cases.perform(BR_CASE_HANDLER, followUp.id(), act, ActInput.none());
		}
		LegalClock period = clock(preservation, ClockKind.PRESERVATION_PERIOD);
		assertThat(period.state()).isEqualTo(ClockState.MET);
		assertThat(period.metAt()).isAfter(endOfSixtiethDay());
	}

	/**
	 * Brazil must keep the data until midnight in Brasília (the time zone of its point of contact in the directory)
	 * at the end of the 60th day after the day it confirmed the preservation.
	 */
	private Instant endOfSixtiethDay() {
		java.time.ZoneId brasilia = java.time.ZoneId.of("America/Sao_Paulo");
		return confirmed.atZone(brasilia).toLocalDate().plusDays(61).atStartOfDay(brasilia).toInstant();
	}

	private LegalClock clock(Case request, ClockKind kind) {
		return clocks.forCase(request.id()).stream().filter(candidate -> candidate.kind() == kind).findFirst()
			.orElseThrow(() -> new AssertionError("Case " + request.id() + " has no " + kind + " clock"));
	}
}
