package org.hanoinet.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hanoinet.shared.InvalidValue;
import org.junit.jupiter.api.Test;

/** The Convention's structure and its participants as reference data. */
class ConventionTests {

	@Test
	void hasNineChaptersAndSixtyEightArticlesEachInItsChapter() {
		assertThat(Convention.chapters()).hasSize(9);
		assertThat(Convention.articles()).hasSize(68);
		assertThat(Convention.article(65).citation()).isEqualTo("Art. 65 – Entry into force");
		assertThat(Convention.article(41).chapter().roman()).isEqualTo("V");
		assertThat(Convention.article(22).chapter().title()).isEqualTo("Jurisdiction");
		assertThat(Convention.article(68).chapter().number()).isEqualTo(9);
	}

	@Test
	void anArticleBeyondSixtyEightIsRefusedWithTheRange() {
		assertThatThrownBy(() -> Convention.article(71)).isInstanceOf(InvalidValue.class)
			.hasMessage("The Convention has no article 71: its articles are numbered 1 to 68.");
	}

	@Test
	void theParticipantsAreTheUnMembersPalestineAndTheEuropeanUnion() {
		Participants participants = Participants.ofTheConvention();

		assertThat(participants.all()).hasSize(195);
		assertThat(participants.all()).filteredOn(participant -> participant.kind() == ParticipantKind.UN_MEMBER_STATE).hasSize(193);
		assertThat(participants.get(ParticipantCode.of("PSE")).group()).isEqualTo(RegionalGroup.NON_MEMBER);
		assertThat(participants.get(ParticipantCode.EUROPEAN_UNION).isReio()).isTrue();
		assertThat(participants.membersOf(ParticipantCode.EUROPEAN_UNION)).hasSize(27).contains(ParticipantCode.of("FRA"));
		assertThat(participants.byAnyCode("vn").code()).isEqualTo(ParticipantCode.of("VNM"));
	}

	@Test
	void anUnknownOrMalformedCodeSaysWhatIsExpected() {
		Participants participants = Participants.ofTheConvention();

		assertThatThrownBy(() -> participants.byAnyCode("XYZ")).isInstanceOf(InvalidValue.class).hasMessageContaining("'XYZ' is not a participant");
		assertThatThrownBy(() -> ParticipantCode.of("FR1")).isInstanceOf(InvalidValue.class).hasMessageContaining("ISO 3166-1 alpha-3");
	}
}
