package org.hanoinet.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.Urgency;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.junit.jupiter.api.Test;

class DutyStatisticsTests {

	static final Instant RAISED = Instant.parse("2026-11-23T03:00:00Z");

	@Test
	void givesTheMedianAndTheNearestRank95thPercentileOfAcknowledgedAlertsAndCountsTheOpenOnes() {
		List<Alert> alerts = new ArrayList<>();
		for (int minutes = 1; minutes <= 20; minutes++) {
			alerts.add(alert(Duration.ofMinutes(minutes)));
		}
		alerts.add(alert(null));

		DutyStatistics statistics = DutyStatistics.of(alerts);

		assertThat(statistics.alerts()).isEqualTo(21);
		assertThat(statistics.acknowledged()).isEqualTo(20);
		assertThat(statistics.open()).isEqualTo(1);
		assertThat(statistics.median()).isEqualTo(Duration.ofMinutes(10));
		assertThat(statistics.p95()).isEqualTo(Duration.ofMinutes(19));
	}

	@Test
	void hasNoTimesBeforeAnyAcknowledgement() {
		DutyStatistics statistics = DutyStatistics.of(List.of(alert(null)));

		assertThat(statistics.median()).isNull();
		assertThat(statistics.p95()).isNull();
	}

	@Test
	void doublesTheWaitBetweenDeliveryAttemptsUpToTheLongestWait() {
		DutyProperties settings = new DutyProperties(Duration.ofMinutes(5), Duration.ofHours(24), "", "duty@example.org", 12,
				Duration.ofSeconds(2), Duration.ofSeconds(30));

		assertThat(List.of(1, 2, 3, 4, 5, 6).stream().map(settings::retryAfter)).containsExactly(Duration.ofSeconds(2),
				Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(30),
				Duration.ofSeconds(30));
	}

	@Test
	void theChainRunsFromTheOfficerOnDutyToTheHeadOfUnitAndStopsThere() {
		assertThat(EscalationStep.ON_DUTY.next()).contains(EscalationStep.BACKUP);
		assertThat(EscalationStep.BACKUP.next()).contains(EscalationStep.SUPERVISOR);
		assertThat(EscalationStep.SUPERVISOR.next()).contains(EscalationStep.HEAD_OF_UNIT);
		assertThat(EscalationStep.HEAD_OF_UNIT.next()).isEmpty();
	}

	private static Alert alert(Duration toAcknowledge) {
		return new Alert(UUID.randomUUID(), new CaseId(UUID.randomUUID()), new AuthorityId(UUID.randomUUID()), CountryCode.of("BR"),
				CountryCode.of("VN"), CaseType.PRESERVATION, Urgency.URGENT, RAISED, EscalationStep.ON_DUTY,
				toAcknowledge == null ? null : RAISED.plus(toAcknowledge), toAcknowledge == null ? null : "br-duty-officer",
				toAcknowledge == null ? null : Alert.Acknowledgement.PAGE);
	}
}
