package org.hanoinet.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class CountryCodeTests {

	@Test
	void acceptsAssignedAlpha2CodesAndTheEuropeanUnion() {
		assertThat(CountryCode.of("VN").value()).isEqualTo("VN");
		assertThat(CountryCode.of("EU").displayName(Locale.ENGLISH)).isEqualTo("European Union");
	}

	@Test
	void namesTheStateInTheReadersLanguage() {
		assertThat(CountryCode.of("VN").displayName(Locale.of("vi"))).isEqualTo("Việt Nam");
		assertThat(CountryCode.of("GH").displayName(Locale.ENGLISH)).isEqualTo("Ghana");
	}

	@Test
	void refusesLowerCaseThreeLetterAndUnassignedCodesSayingWhy() {
		assertThatThrownBy(() -> CountryCode.of("vn")).isInstanceOf(InvalidValue.class)
			.hasMessageContaining("'vn' is not a country code");
		assertThatThrownBy(() -> CountryCode.of("VNM")).isInstanceOf(InvalidValue.class)
			.hasMessageContaining("ISO 3166-1 alpha-2");
		assertThatThrownBy(() -> CountryCode.of("XQ")).isInstanceOf(InvalidValue.class)
			.hasMessageContaining("'XQ' is not an assigned");
		assertThatThrownBy(() -> CountryCode.of(" ")).isInstanceOf(InvalidValue.class)
			.hasMessageContaining("required");
	}
}
