package org.hanoinet.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.hanoinet.cooperation.CaseType;
import org.hanoinet.shared.CountryCode;
import org.junit.jupiter.api.Test;

class RetentionTests {

	final EvidenceProperties.Retention retention = new EvidenceProperties.Retention(Duration.ofDays(1825),
			Map.of("VN.PRESERVATION", Duration.ofDays(90), "PRESERVATION", Duration.ofDays(120), "BR", Duration.ofDays(365)),
			Duration.ofHours(1));

	@Test
	void takesThePeriodOfTheStateAndCaseTypeFirstThenTheCaseTypeThenTheStateThenTheStandardOne() {
		assertThat(retention.period(CountryCode.of("VN"), CaseType.PRESERVATION)).isEqualTo(Duration.ofDays(90));
		assertThat(retention.period(CountryCode.of("BR"), CaseType.PRESERVATION)).isEqualTo(Duration.ofDays(120));
		assertThat(retention.period(CountryCode.of("BR"), CaseType.STORED_DATA_ACCESS)).isEqualTo(Duration.ofDays(365));
		assertThat(retention.period(CountryCode.of("VN"), CaseType.STORED_DATA_ACCESS)).isEqualTo(Duration.ofDays(1825));
	}
}
