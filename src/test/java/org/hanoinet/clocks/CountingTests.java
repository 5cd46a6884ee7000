package org.hanoinet.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Predicate;

import org.hanoinet.clocks.Counting.Unit;
import org.junit.jupiter.api.Test;

/** Deadlines counted as a lawyer counts them by hand, in the requested authority's time zone. */
class CountingTests {

	static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");

	static final Predicate<LocalDate> MONDAY_TO_FRIDAY = day -> day.getDayOfWeek() != DayOfWeek.SATURDAY
			&& day.getDayOfWeek() != DayOfWeek.SUNDAY;

	@Test
	void sixtyCalendarDaysWithoutTheDayOfReceiptEndAtMidnightOfTheSixtiethDayAfterIt() {
		Counting preservation = Counting.days(Unit.CALENDAR_DAYS, 60, false, false);
		// 4 Feb 2027, 23:30 in Brasília: the day of receipt is 4 Feb; the 60th day after it is 5 April.
		Instant received = LocalDateTime.of(2027, 2, 4, 23, 30).atZone(BRASILIA).toInstant();

		Instant due = preservation.due(received, BRASILIA, MONDAY_TO_FRIDAY);

		assertThat(due).isEqualTo(LocalDate.of(2027, 4, 6).atStartOfDay(BRASILIA).toInstant());
		assertThat(Duration.between(received, due)).isGreaterThanOrEqualTo(Duration.ofDays(60));
	}

	@Test
	void theSameInstantCountsOtherDaysInAnotherZone() {
		Counting sevenDays = Counting.days(Unit.CALENDAR_DAYS, 7, false, false);
		// 4 Feb 2027 23:30 in Brasília is already 5 Feb 09:30 in Hà Nội.
		Instant received = LocalDateTime.of(2027, 2, 4, 23, 30).atZone(BRASILIA).toInstant();

		assertThat(sevenDays.due(received, BRASILIA, MONDAY_TO_FRIDAY)).isEqualTo(LocalDate.of(2027, 2, 12).atStartOfDay(BRASILIA).toInstant());
		assertThat(sevenDays.due(received, HANOI, MONDAY_TO_FRIDAY)).isEqualTo(LocalDate.of(2027, 2, 13).atStartOfDay(HANOI).toInstant());
	}

	@Test
	void whenTheDayOfReceiptCountsThePeriodEndsADayEarlier() {
		Instant received = LocalDateTime.of(2027, 3, 1, 9, 0).atZone(HANOI).toInstant();

		assertThat(Counting.days(Unit.CALENDAR_DAYS, 1, true, false).due(received, HANOI, MONDAY_TO_FRIDAY))
			.isEqualTo(LocalDate.of(2027, 3, 2).atStartOfDay(HANOI).toInstant());
		assertThat(Counting.days(Unit.CALENDAR_DAYS, 1, false, false).due(received, HANOI, MONDAY_TO_FRIDAY))
			.isEqualTo(LocalDate.of(2027, 3, 3).atStartOfDay(HANOI).toInstant());
	}

	@Test
	void workingDaysSkipTheWeekendAndTheStatesHolidays() {
		// Friday 5 March 2027; Monday 8 March a holiday in this test's calendar.
		Instant received = LocalDateTime.of(2027, 3, 5, 15, 0).atZone(HANOI).toInstant();
		Predicate<LocalDate> withHoliday = MONDAY_TO_FRIDAY.and(day -> !day.equals(LocalDate.of(2027, 3, 8)));

		Instant due = Counting.days(Unit.WORKING_DAYS, 3, false, false).due(received, HANOI, withHoliday);

		// Tuesday 9, Wednesday 10, Thursday 11: ends at midnight after Thursday.
		assertThat(due).isEqualTo(LocalDate.of(2027, 3, 12).atStartOfDay(HANOI).toInstant());
	}

	@Test
	void aLastDayThatIsNotAWorkingDayRollsToTheNextWorkingDayOnlyWhenTheRuleSaysSo() {
		// Monday 1 March 2027 + 5 calendar days = Saturday 6 March.
		Instant received = LocalDateTime.of(2027, 3, 1, 10, 0).atZone(HANOI).toInstant();

		assertThat(Counting.days(Unit.CALENDAR_DAYS, 5, false, true).due(received, HANOI, MONDAY_TO_FRIDAY))
			.isEqualTo(LocalDate.of(2027, 3, 9).atStartOfDay(HANOI).toInstant());
		assertThat(Counting.days(Unit.CALENDAR_DAYS, 5, false, false).due(received, HANOI, MONDAY_TO_FRIDAY))
			.isEqualTo(LocalDate.of(2027, 3, 7).atStartOfDay(HANOI).toInstant());
	}

	@Test
	void daysEndAtLocalMidnightAcrossAChangeOfSummerTime() {
		ZoneId newYork = ZoneId.of("America/New_York");
		// Summer time starts on 14 March 2027 in New York: that day has 23 hours.
		Instant received = LocalDateTime.of(2027, 3, 10, 12, 0).atZone(newYork).toInstant();

		Instant due = Counting.days(Unit.CALENDAR_DAYS, 7, false, false).due(received, newYork, MONDAY_TO_FRIDAY);

		assertThat(due.atZone(newYork).toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 3, 18, 0, 0));
	}

	@Test
	void urgentPathsCountElapsedTimeFromTheAct() {
		Instant sent = Instant.parse("2027-02-04T23:59:30Z");

		assertThat(Counting.elapsed(Duration.ofHours(1)).due(sent, HANOI, day -> false)).isEqualTo(Instant.parse("2027-02-05T00:59:30Z"));
	}

	@Test
	void eachRuleHasAKeyThatNamesItsVersionAndASentence() {
		Counting status = Counting.days(Unit.CALENDAR_DAYS, 7, false, true);

		assertThat(status.key()).isEqualTo("v1 calendar-days 7 receipt-day-not-counted rolls-to-working-day");
		assertThat(Counting.describe(status.key(), BRASILIA)).isEqualTo("7 calendar days; the day of receipt does not count; ends at midnight "
				+ "America/Sao_Paulo; a last day that is not a working day moves to the next working day (rule v1).");
		assertThat(Counting.describe(Counting.elapsed(Duration.ofMinutes(15)).key(), BRASILIA))
			.isEqualTo("15 minutes from the act that started it (rule v1).");
		assertThat(Counting.describe("v0 elapsed", BRASILIA)).contains("before counting rules");
	}

	@Test
	void aRuleWithoutDaysOrDurationIsRefused() {
		assertThatThrownBy(() -> Counting.days(Unit.WORKING_DAYS, 0, false, false)).hasMessageContaining("at least one day");
		assertThatThrownBy(() -> Counting.elapsed(Duration.ZERO)).hasMessageContaining("longer than zero");
	}
}
