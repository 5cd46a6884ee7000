package org.hanoinet.clocks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hanoinet.clocks.CaseEvents.approval;
import static org.hanoinet.clocks.CaseEvents.event;
import static org.hanoinet.clocks.CaseEvents.newCase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hanoinet.clocks.ClockKind;
import org.hanoinet.clocks.Counting;
import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.CaseEvent;
import org.hanoinet.cooperation.CaseType;
import org.junit.jupiter.api.Test;

class ClockRulesTests {

	static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");

	private final ClockRules rules = new ClockRules(ClocksPropertiesTests.bind(Map.of(
			"hanoinet.clocks.acknowledgement.pairs.VN-BR", "PT30M",
			"hanoinet.clocks.acknowledgement.emergency-pairs.VN-BR", "PT5M")));

	@Test
	void preservationConfirmedStartsASixtyDayPeriodWithAReminderAWeekBefore() {
		CaseEvent confirmed = event(newCase(), CaseType.PRESERVATION, Act.EXECUTE, AT);

		ClockRule rule = single(rules.startedBy(confirmed));

		assertThat(rule.kind()).isEqualTo(ClockKind.PRESERVATION_PERIOD);
		assertThat(rule.target().apply(confirmed)).isEqualTo(Counting.days(Counting.Unit.CALENDAR_DAYS, 60, false, false));
		assertThat(rule.reminder().kind()).isEqualTo(ClockKind.PRESERVATION_REMINDER);
		assertThat(rule.reminder().before()).isEqualTo(Duration.ofDays(7));
		assertThat(rule.keptUntilFollowUpDecision()).isTrue();
		assertThat(rule.cancelledBy()).contains("WITHDRAW", "NOTIFY_NO_LONGER_NEEDED", "CLOSE");
	}

	@Test
	void executingAnotherTypeOfRequestStartsNoPreservation() {
		assertThat(rules.startedBy(event(newCase(), CaseType.STORED_DATA_ACCESS, Act.EXECUTE, AT))).isEmpty();
	}

	@Test
	void onlyTheRequestedStatesGrantExtendsThePreservationAndWithoutDaysByOneMorePeriod() {
		ClockRule rule = rules.of(ClockKind.PRESERVATION_PERIOD).orElseThrow();
		CaseEvent withoutDays = event(newCase(), CaseType.PRESERVATION, Act.REQUEST_STATUS, AT);
		CaseEvent withDays = event(newCase(), CaseType.PRESERVATION, Act.REQUEST_STATUS, AT, Map.of("days", "90"));
		CaseEvent nonsense = event(newCase(), CaseType.PRESERVATION, Act.REQUEST_STATUS, AT, Map.of("days", "-3"));

		assertThat(rule.extendedBy()).containsExactly("GRANT_PRESERVATION_EXTENSION")
			.doesNotContain("EXTEND_PRESERVATION", "DECLINE_PRESERVATION_EXTENSION");
		assertThat(rule.extension().apply(withoutDays)).isEqualTo(Duration.ofDays(60));
		assertThat(rule.extension().apply(withDays)).isEqualTo(Duration.ofDays(90));
		assertThat(rule.extension().apply(nonsense)).isEqualTo(Duration.ofDays(60));
	}

	@Test
	void anUrgentRequestMustBeAcknowledgedWithinAnHourUnlessThePairAgreedOtherwise() {
		CaseEvent toThailand = approval(newCase(), CaseType.PRESERVATION, "URGENT", "VN", "TH", AT);
		CaseEvent toBrazil = approval(newCase(), CaseType.PRESERVATION, "URGENT", "VN", "BR", AT);

		ClockRule rule = single(rules.startedBy(toThailand));

		assertThat(rule.kind()).isEqualTo(ClockKind.ACKNOWLEDGEMENT);
		assertThat(rule.target().apply(toThailand)).isEqualTo(Counting.elapsed(Duration.ofHours(1)));
		assertThat(rule.target().apply(toBrazil)).isEqualTo(Counting.elapsed(Duration.ofMinutes(30)));
		assertThat(rule.metBy()).containsExactly("ACKNOWLEDGE");
	}

	@Test
	void anEmergencyMustBeAcknowledgedWithinFifteenMinutesUnlessThePairAgreedOtherwise() {
		CaseEvent emergency = approval(newCase(), CaseType.PRESERVATION, "EMERGENCY", "VN", "TH", AT);
		CaseEvent disclosure = approval(newCase(), CaseType.EMERGENCY_DISCLOSURE, "ROUTINE", "VN", "TH", AT);
		CaseEvent toBrazil = approval(newCase(), CaseType.EMERGENCY_DISCLOSURE, "EMERGENCY", "VN", "BR", AT);

		assertThat(single(rules.startedBy(emergency)).target().apply(emergency)).isEqualTo(Counting.elapsed(Duration.ofMinutes(15)));
		assertThat(single(rules.startedBy(disclosure)).target().apply(disclosure)).isEqualTo(Counting.elapsed(Duration.ofMinutes(15)));
		assertThat(single(rules.startedBy(toBrazil)).target().apply(toBrazil)).isEqualTo(Counting.elapsed(Duration.ofMinutes(5)));
	}

	@Test
	void aRoutineRequestHasNoAcknowledgementTarget() {
		assertThat(rules.startedBy(approval(newCase(), CaseType.MUTUAL_LEGAL_ASSISTANCE, "ROUTINE", "VN", "TH", AT))).isEmpty();
	}

	@Test
	void aStatusRequestMustBeAnsweredWithinAWeek() {
		CaseEvent asked = event(newCase(), CaseType.MUTUAL_LEGAL_ASSISTANCE, Act.REQUEST_STATUS, AT);

		ClockRule rule = single(rules.startedBy(asked));

		assertThat(rule.kind()).isEqualTo(ClockKind.STATUS_RESPONSE);
		assertThat(rule.target().apply(asked)).isEqualTo(Counting.days(Counting.Unit.CALENDAR_DAYS, 7, false, true));
		assertThat(rule.metBy()).contains("ANSWER_STATUS");
	}

	private static ClockRule single(List<ClockRule> started) {
		assertThat(started).hasSize(1);
		return started.getFirst();
	}
}
