package org.hanoinet.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class PeriodTests {

	static final YearMonth NOW = YearMonth.of(2027, 4);

	@Test
	void withoutMonthsCoversTheTwelveMonthsUpToTheCurrentOne() {
		Period period = Period.parse(null, "", NOW, 60);

		assertThat(period.from()).isEqualTo(YearMonth.of(2026, 5));
		assertThat(period.to()).isEqualTo(NOW);
		assertThat(period.months()).isEqualTo(12);
		assertThat(period.everyMonth()).hasSize(12).startsWith(YearMonth.of(2026, 5)).endsWith(NOW);
	}

	@Test
	void runsFromMidnightUtcOfItsFirstDayToMidnightAfterItsLastMonth() {
		Period period = Period.parse("2026-12", "2027-02", NOW, 60);

		assertThat(period.start()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
		assertThat(period.end()).isEqualTo(Instant.parse("2027-03-01T00:00:00Z"));
		assertThat(period.months()).isEqualTo(3);
	}

	@Test
	void refusesAMonthNotWrittenAsYearDashMonth() {
		assertThatThrownBy(() -> Period.parse("April 2027", null, NOW, 60)).isInstanceOf(InvalidPeriod.class)
			.hasMessageContaining("'April 2027' is not a month of the form YYYY-MM")
			.satisfies(refused -> assertThat(((InvalidPeriod) refused).field()).isEqualTo("from"))
			.satisfies(refused -> assertThat(((InvalidPeriod) refused).reason()).isEqualTo(InvalidPeriod.Reason.MALFORMED));
		assertThatThrownBy(() -> Period.parse("2027-01", "2027-13", NOW, 60)).isInstanceOf(InvalidPeriod.class)
			.hasMessageContaining("runs from 01 to 12");
	}

	@Test
	void refusesAPeriodThatEndsBeforeItStarts() {
		assertThatThrownBy(() -> Period.parse("2027-05", "2027-04", NOW, 60)).isInstanceOf(InvalidPeriod.class)
			.hasMessageContaining("starts in 2027-05, after its last month 2027-04")
			.satisfies(refused -> assertThat(((InvalidPeriod) refused).reason()).isEqualTo(InvalidPeriod.Reason.REVERSED));
	}

	@Test
	void refusesAPeriodLongerThanTheSetting() {
		assertThat(Period.parse("2022-05", "2027-04", NOW, 60).months()).isEqualTo(60);
		assertThatThrownBy(() -> Period.parse("2022-04", "2027-04", NOW, 60)).isInstanceOf(InvalidPeriod.class)
			.hasMessageContaining("covers 61 months")
			.hasMessageContaining("at most 60 months")
			.satisfies(refused -> assertThat(((InvalidPeriod) refused).reason()).isEqualTo(InvalidPeriod.Reason.TOO_LONG));
	}

	@Test
	void theNetworkReportNamesAPeriodAsAYearAMonthOrTwoMonthsJoinedByTwoDots() {
		assertThat(Period.named("period", "2026", 60)).isEqualTo(new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
		assertThat(Period.named("period", " 2026-03 ", 60)).isEqualTo(new Period(YearMonth.of(2026, 3), YearMonth.of(2026, 3)));
		assertThat(Period.named("period", "2025-11..2026-02", 60)).isEqualTo(new Period(YearMonth.of(2025, 11), YearMonth.of(2026, 2)));
	}

	@Test
	void theNetworkReportRefusesAPeriodItCannotReadWithTheReason() {
		assertThatThrownBy(() -> Period.named("period", "2026-01...2026-03", 60)).isInstanceOf(InvalidPeriod.class)
			.hasMessageContaining("'2026-01...2026-03' is not a period: give a year (2026), a month (2026-03) or two months")
			.satisfies(refused -> assertThat(((InvalidPeriod) refused).field()).isEqualTo("period"));
		assertThatThrownBy(() -> Period.named("period", null, 60)).isInstanceOf(InvalidPeriod.class)
			.satisfies(refused -> assertThat(((InvalidPeriod) refused).reason()).isEqualTo(InvalidPeriod.Reason.MALFORMED));
		assertThatThrownBy(() -> Period.named("period", "2026-07..2026-02", 60)).isInstanceOf(InvalidPeriod.class)
			.hasMessageContaining("starts in 2026-07, after its last month 2026-02")
			.satisfies(refused -> assertThat(((InvalidPeriod) refused).reason()).isEqualTo(InvalidPeriod.Reason.REVERSED));
		assertThatThrownBy(() -> Period.named("period", "2020..2026", 60)).isInstanceOf(InvalidPeriod.class)
			.satisfies(refused -> assertThat(((InvalidPeriod) refused).reason()).isEqualTo(InvalidPeriod.Reason.MALFORMED));
		assertThatThrownBy(() -> Period.named("period", "2020-01..2026-12", 60)).isInstanceOf(InvalidPeriod.class)
			.hasMessageContaining("covers 84 months; this node gives at most 60")
			.satisfies(refused -> assertThat(((InvalidPeriod) refused).reason()).isEqualTo(InvalidPeriod.Reason.TOO_LONG));
	}

	@Test
	void aCountBelowTheThresholdLeavesTheNodeAsTextAndZeroAsItIs() {
		DisclosureThreshold threshold = new DisclosureThreshold(5);

		assertThat(threshold.shown(4)).isEqualTo("< 5");
		assertThat(threshold.shown(1)).isEqualTo("< 5");
		assertThat(threshold.shown(5)).isEqualTo(5L);
		assertThat(threshold.shown(0)).isEqualTo(0L);
	}
}
