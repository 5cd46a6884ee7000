package org.hanoinet.clocks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.hanoinet.clocks.Counting;
import org.hanoinet.node.NodeStartupFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The working days of each State: days of rest from the settings, holidays from the node's own files. */
class WorkingCalendarsTests {

	@TempDir
	Path holidays;

	@Test
	void withoutFilesEveryStateWorksMondayToFridayAndNoHolidayIsInvented() {
		WorkingCalendars calendars = new WorkingCalendars(ClocksPropertiesTests.bind(Map.of()));

		assertThat(calendars.of("VN").test(LocalDate.of(2027, 1, 1))).as("1 Jan 2027, a Friday, is no holiday without a file").isTrue();
		assertThat(calendars.of("VN").test(LocalDate.of(2027, 1, 2))).isFalse();
		assertThat(calendars.of("").test(LocalDate.of(2027, 1, 4))).isTrue();
	}

	@Test
	void aStatesHolidayFileAndItsOwnDaysOfRestMoveADeadline() throws IOException {
		Files.writeString(holidays.resolve("BR.csv"), "# test calendar\n2027-02-08,Carnival (test)\n\n2027-02-09,Carnival (test)\n");
		WorkingCalendars calendars = new WorkingCalendars(ClocksPropertiesTests.bind(Map.of(
				"hanoinet.clocks.calendars.directory", holidays.toString(),
				"hanoinet.clocks.calendars.weekends.AE", "SATURDAY,SUNDAY",
				"hanoinet.clocks.calendars.weekends.IR", "FRIDAY")));

		assertThat(calendars.of("BR").test(LocalDate.of(2027, 2, 8))).isFalse();
		assertThat(calendars.of("VN").test(LocalDate.of(2027, 2, 8))).as("Brazil's holidays are Brazil's only").isTrue();
		assertThat(calendars.of("IR").test(LocalDate.of(2027, 2, 5))).as("a Friday in a State resting on Fridays").isFalse();
		assertThat(calendars.of("IR").test(LocalDate.of(2027, 2, 6))).as("a Saturday there").isTrue();

		// A status answer due Sunday 7 Feb in Brazil rolls past Carnival Monday and Tuesday to Wednesday 10 Feb.
		var received = LocalDate.of(2027, 1, 31).atTime(10, 0).atZone(java.time.ZoneId.of("America/Sao_Paulo")).toInstant();
		var due = Counting.days(Counting.Unit.CALENDAR_DAYS, 7, false, true).due(received, java.time.ZoneId.of("America/Sao_Paulo"),
				calendars.of("BR"));
		assertThat(due.atZone(java.time.ZoneId.of("America/Sao_Paulo")).toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 11));
	}

	@Test
	void aBadHolidayLineOrSettingStopsTheStartWithWhereItIs() throws IOException {
		Files.writeString(holidays.resolve("VN.csv"), "2027-01-01,New Year\n1 May 2027,Labour Day\n");

		assertThatThrownBy(() -> new WorkingCalendars(ClocksPropertiesTests.bind(Map.of("hanoinet.clocks.calendars.directory",
				holidays.toString())))).isInstanceOf(NodeStartupFailure.class).hasMessageEndingWith(
						"VN.csv, line 2: '1 May 2027' is not a date; write holidays as YYYY-MM-DD,name.");
		assertThatThrownBy(() -> new WorkingCalendars(ClocksPropertiesTests.bind(Map.of("hanoinet.clocks.calendars.directory",
				holidays.resolve("missing").toString())))).hasMessageContaining("which is not a directory");
		assertThatThrownBy(() -> ClocksPropertiesTests.bind(Map.of("hanoinet.clocks.calendars.weekend", "SATURDAY,SONNTAG")))
			.hasRootCauseMessage("hanoinet.clocks.calendars.weekend lists days of the week such as SATURDAY,SUNDAY; 'SONNTAG' is not one.");
		assertThatThrownBy(() -> ClocksPropertiesTests.bind(Map.of("hanoinet.clocks.status-response.target", "PT12H")))
			.hasRootCauseMessage("hanoinet.clocks.status-response counts calendar-days, so its period must be whole days such as P7D, not PT12H"
					+ " (or set hanoinet.clocks.status-response.counting=elapsed).");
	}
}
