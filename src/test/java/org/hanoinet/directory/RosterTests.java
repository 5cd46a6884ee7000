package org.hanoinet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.hanoinet.shared.AuthorityId;
import org.junit.jupiter.api.Test;

/** "Who is on duty now" is read in the point of contact's own time zone, across midnight. */
class RosterTests {

	static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

	static final LocalDate DAY = LocalDate.of(2026, 11, 23);

	final AuthorityId authority = new AuthorityId(UUID.randomUUID());

	final Roster hanoi = new Roster(HANOI, List.of(
			shift("Nguyễn Văn An", DAY.atTime(6, 0), DAY.atTime(14, 0)),
			shift("Trần Thị Bình", DAY.atTime(14, 0), DAY.atTime(22, 0)),
			shift("Lê Văn Cường", DAY.atTime(22, 0), DAY.plusDays(1).atTime(6, 0))));

	@Test
	void theNightShiftIsOnDutyOnBothSidesOfLocalMidnight() {
		Clock beforeMidnight = Clock.fixed(DAY.atTime(23, 30).atZone(HANOI).toInstant(), ZoneOffset.UTC);
		Clock afterMidnight = Clock.offset(beforeMidnight, Duration.ofHours(1));

		assertThat(officers(hanoi.onDutyAt(beforeMidnight.instant()))).containsExactly("Lê Văn Cường");
		assertThat(officers(hanoi.onDutyAt(afterMidnight.instant()))).containsExactly("Lê Văn Cường");
		assertThat(officers(hanoi.onDutyAt(Clock.offset(afterMidnight, Duration.ofHours(6)).instant()))).isEmpty();
	}

	@Test
	void theSameInstantFallsInDifferentShiftsInDifferentTimeZones() {
		Instant noonUtc = Instant.parse("2026-11-23T12:00:00Z");
		Roster saoPaulo = new Roster(SAO_PAULO, List.of(shift("Ana Souza", DAY.atTime(8, 0), DAY.atTime(16, 0)),
				shift("Bruno Lima", DAY.atTime(16, 0), DAY.plusDays(1).atTime(0, 0))));

		// 19:00 in Hanoi (UTC+7), 09:00 in São Paulo (UTC-3)
		assertThat(officers(hanoi.onDutyAt(noonUtc))).containsExactly("Trần Thị Bình");
		assertThat(officers(saoPaulo.onDutyAt(noonUtc))).containsExactly("Ana Souza");
		assertThat(hanoi.localTime(noonUtc)).isEqualTo(DAY.atTime(19, 0));
	}

	@Test
	void aMidnightInUtcIsMorningInHanoi() {
		Clock utcMidnight = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);
		Clock endOfNightShift = Clock.fixed(Instant.parse("2026-11-23T23:00:00Z"), ZoneOffset.UTC);

		assertThat(officers(hanoi.onDutyAt(utcMidnight.instant()))).containsExactly("Nguyễn Văn An");
		assertThat(officers(hanoi.onDutyAt(Clock.offset(endOfNightShift, Duration.ofMinutes(-1)).instant())))
			.containsExactly("Lê Văn Cường");
		assertThat(officers(hanoi.onDutyAt(endOfNightShift.instant()))).isEmpty();
	}

	@Test
	void reportsTheHoursOfALocalDayThatNobodyCovers() {
		Roster withHoles = new Roster(HANOI, List.of(
				shift("Lê Văn Cường", DAY.minusDays(1).atTime(22, 0), DAY.atTime(6, 0)),
				shift("Nguyễn Văn An", DAY.atTime(8, 0), DAY.atTime(14, 0)),
				shift("Trần Thị Bình", DAY.atTime(14, 0), DAY.atTime(20, 0))));

		assertThat(withHoles.gapsOn(DAY)).containsExactly(new Roster.Gap(DAY.atTime(6, 0), DAY.atTime(8, 0)),
				new Roster.Gap(DAY.atTime(20, 0), DAY.plusDays(1).atStartOfDay()));
		assertThat(hanoi.gapsOn(DAY)).containsExactly(new Roster.Gap(DAY.atStartOfDay(), DAY.atTime(6, 0)));
		assertThat(hanoi.gapsOn(DAY.plusDays(1))).containsExactly(
				new Roster.Gap(DAY.plusDays(1).atTime(6, 0), DAY.plusDays(2).atStartOfDay()));
	}

	@Test
	void aShiftMustEndAfterItStartsAndLastAtMostADay() {
		assertThatThrownBy(() -> shift("X", DAY.atTime(22, 0), DAY.atTime(6, 0))).hasMessageContaining("before it starts");
		assertThatThrownBy(() -> shift("X", DAY.atTime(0, 0), DAY.plusDays(1).atTime(1, 0))).hasMessageContaining("24 hours");
		assertThatThrownBy(() -> shift(" ", DAY.atTime(0, 0), DAY.atTime(1, 0))).hasMessageContaining("officer");
	}

	private Shift shift(String officer, LocalDateTime from, LocalDateTime to) {
		return new Shift(UUID.randomUUID(), authority, officer, from, to);
	}

	private static List<String> officers(List<Shift> shifts) {
		return shifts.stream().map(Shift::officer).toList();
	}
}
