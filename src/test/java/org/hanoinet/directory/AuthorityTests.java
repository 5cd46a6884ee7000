package org.hanoinet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;
import org.junit.jupiter.api.Test;

class AuthorityTests {

	@Test
	void aPointOfContactMustWorkAroundTheClock() {
		assertThatThrownBy(() -> authority(AuthorityKind.POINT_OF_CONTACT, "24x7@vn.example.org", List.of("vi"),
				Availability.OFFICE_HOURS)).isInstanceOf(InvalidValue.class).hasMessageContaining("art. 41");
	}

	@Test
	void saysWhatIsWrongWithAMalformedMailboxOrLanguage() {
		assertThatThrownBy(() -> authority(AuthorityKind.CENTRAL_AUTHORITY, "not-a-mailbox", List.of("vi"),
				Availability.ROUND_THE_CLOCK)).hasMessageContaining("'not-a-mailbox' is not an e-mail address");
		assertThatThrownBy(() -> authority(AuthorityKind.CENTRAL_AUTHORITY, "mla@vn.example.org", List.of("vi_VN!"),
				Availability.ROUND_THE_CLOCK)).hasMessageContaining("'vi_VN!' is not a language tag");
		assertThatThrownBy(() -> Authority.timeZone("Hanoi")).hasMessageContaining("'Hanoi' is not a time zone");
	}

	@Test
	void anOfficeHoursAuthorityNeedsItsHours() {
		assertThatThrownBy(() -> authority(AuthorityKind.COMPETENT_AUTHORITY, "police@vn.example.org", List.of("vi"),
				Availability.OFFICE_HOURS)).isInstanceOf(InvalidValue.class).extracting("field").isEqualTo("officeHours");
	}

	@Test
	void anEndedDesignationIsKeptButNoLongerInEffect() {
		Authority authority = DirectoryFixtures.pointOfContact("VN", "Asia/Ho_Chi_Minh");
		Instant end = Instant.parse("2026-06-01T00:00:00Z");

		Authority ended = authority.endedAt(end);

		assertThat(ended.designatedAt(end.minusSeconds(1))).isTrue();
		assertThat(ended.designatedAt(end)).isFalse();
		assertThatThrownBy(() -> authority.endedAt(DirectoryFixtures.DESIGNATED.minusSeconds(60)))
			.hasMessageContaining("cannot end");
	}

	@Test
	void languageTagsAreNormalised() {
		Authority authority = authority(AuthorityKind.LIAISON, "liaison@br.example.org", List.of("pt-br", "EN"),
				Availability.ROUND_THE_CLOCK);

		assertThat(authority.languages()).containsExactly("pt-BR", "en");
	}

	private static Authority authority(AuthorityKind kind, String email, List<String> languages, Availability availability) {
		return new Authority(new AuthorityId(UUID.randomUUID()), CountryCode.of("VN"), kind, "Authority", null, email,
				"+84 24 0000 0000", languages, ZoneId.of("Asia/Ho_Chi_Minh"), availability, null,
				new Designation(DirectoryFixtures.DESIGNATED, null));
	}
}
