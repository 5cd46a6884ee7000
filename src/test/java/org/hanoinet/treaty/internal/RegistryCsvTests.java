package org.hanoinet.treaty.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.hanoinet.shared.InvalidValue;
import org.hanoinet.treaty.Participants;
import org.junit.jupiter.api.Test;

/** The CSV import refuses a bad file with an {@link InvalidValue} that says where it is bad. */
class RegistryCsvTests {

	static final Participants PARTICIPANTS = Participants.ofTheConvention();

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
