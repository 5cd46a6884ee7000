package org.hanoinet.treaty.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.hanoinet.shared.InvalidValue;
import org.hanoinet.treaty.Participants;
import org.junit.jupiter.api.Test;

/** The CSV import refuses a bad file with an {@link InvalidValue} that says where it is bad, as the officer's editor numbers the lines. */
class RegistryCsvTests {

	static final Participants PARTICIPANTS = Participants.ofTheConvention();

	@Test
	void namesTheLineOfABadRowThatFollowsABlankLine() {
		String csv = "participant,iso_alpha3,iso_alpha2,action,date,confidence\n"
				+ "Ghana,GHA,GH,signature,2025-10-25,A\n"
				+ "\n"
				+ "Ghana,GHA,GH,ratification,25/10/2026,A\n";

		assertThatThrownBy(() -> RegistryCsv.read(new StringReader(csv), PARTICIPANTS)).isInstanceOf(InvalidValue.class)
			.hasMessageStartingWith("Line 4: '25/10/2026' is not a date");
	}

	@Test
	void namesTheLastLineOfABadRowWithAQuotedLineBreak() {
		String csv = "participant,iso_alpha3,iso_alpha2,action,date,detail,confidence\n"
				+ "Ghana,GHA,GH,other-declaration,2026-01-05,\"Languages:\nEnglish\",E\n";

		assertThatThrownBy(() -> RegistryCsv.read(new StringReader(csv), PARTICIPANTS)).isInstanceOf(InvalidValue.class)
			.hasMessageStartingWith("Line 3: 'E' is not a confidence level");
	}

	@Test
	void refusesAStrayQuoteAsMalformedCsvNamingItsLine() {
		String csv = "participant,iso_alpha3,iso_alpha2,action,date,confidence\n"
				+ "Ghana,GHA,GH,\"signature\"x,2025-10-25,A\n";

		assertThatThrownBy(() -> RegistryCsv.read(new StringReader(csv), PARTICIPANTS)).isInstanceOf(InvalidValue.class)
			.hasMessageStartingWith("The file is not well-formed CSV: Invalid character between encapsulated token and delimiter at line: 2");
	}

	@Test
	void refusesAnUnterminatedQuoteInTheHeaderAsMalformedCsv() {
		String csv = "participant,\"action,date,confidence\nGhana,signature,2025-10-25,A\n";

		assertThatThrownBy(() -> RegistryCsv.read(new StringReader(csv), PARTICIPANTS)).isInstanceOf(InvalidValue.class)
			.hasMessageStartingWith("The file is not well-formed CSV: ");
	}
}
