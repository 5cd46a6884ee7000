package org.hanoinet.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hanoinet.shared.AuditableEvent;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;
import org.hanoinet.treaty.RegionalGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lifecycle of a match: every (status, act) pair, who may act, and the events each act records. */
class MatchTests {

	static final CountryCode GHANA = CountryCode.of("GH");

	static final CountryCode VIET_NAM = CountryCode.of("VN");

	static final Instant NOW = Instant.parse("2027-05-10T08:00:00Z");

	static final LocalDate YESTERDAY = LocalDate.parse("2027-05-09");

	/** The only acts each status allows, when the State entitled to them acts. */
	static final Set<String> ALLOWED = Set.of("PROPOSED ACCEPT", "PROPOSED DECLINE", "AGREED RECORD_DELIVERY", "DELIVERED RECORD_OUTCOME");

	static Particulars particulars(String title) {
		return new Particulars(title, "For the officers of the 24/7 desk.", List.of("en"), RegionalGroup.AFRICA,
				LocalDate.parse("2027-06-01"), LocalDate.parse("2027-06-30"), new AuthorityId(UUID.randomUUID()));
	}

	static Need ghanasNeed() {
		return new Need(new NeedId(UUID.randomUUID()), GHANA, NeedKind.TWENTY_FOUR_SEVEN_SETUP, particulars("24/7 set-up training"),
				List.of(VIET_NAM), "gh-supervisor", NOW);
	}

	static Offer vietNamsOffer() {
		return new Offer(new OfferId(UUID.randomUUID()), VIET_NAM, OfferKind.COURSES, particulars("Course in Hanoi"), "vn-supervisor", NOW);
	}

	static Match proposed() {
		return Match.propose(new MatchId(UUID.randomUUID()), ghanasNeed(), vietNamsOffer(), "secretariat", NOW);
	}

	/** A match brought to {@code status} by the States entitled to each act. */
	static Match in(MatchStatus status) {
		Match match = proposed();
		switch (status) {
			case PROPOSED -> {
			}
			case DECLINED -> match.decline(GHANA, "The dates do not suit our officers.", "gh", NOW);
			default -> {
				match.accept(GHANA, "gh", NOW);
				match.accept(VIET_NAM, "vn", NOW);
				if (status != MatchStatus.AGREED) {
					match.recordDelivery(VIET_NAM, YESTERDAY, "Two weeks of training for six officers.", "vn", NOW);
				}
				if (status == MatchStatus.CONCLUDED) {
					match.recordOutcome(GHANA, "The 24/7 desk works around the clock.", "gh", NOW);
				}
			}
		}
		match.takeEvents();
		assertThat(match.status()).isEqualTo(status);
		return match;
	}

	static List<Arguments> everyStatusAndAct() {
		List<Arguments> pairs = new ArrayList<>();
		for (MatchStatus status : MatchStatus.values()) {
			for (MatchAct act : MatchAct.values()) {
				pairs.add(Arguments.of(status, act));
			}
		}
		return pairs;
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyStatusAndAct")
	void allowsExactlyTheActsOfEachStatusAndRefusesTheOthersSayingWhereTheMatchStands(MatchStatus status, MatchAct act) {
		Match match = in(status);
		boolean allowed = ALLOWED.contains(status + " " + act);

		assertThat(match.allows(VIET_NAM, act)).as("what the match offers Viet Nam to do").isEqualTo(allowed);
		if (allowed) {
			perform(match, act);
			assertThat(match.takeEvents()).hasSize(1);
		}
		else {
			assertThatThrownBy(() -> perform(match, act)).isInstanceOfSatisfying(InvalidTransition.class, refused -> {
				assertThat(refused.from()).isEqualTo(status);
				assertThat(refused.act()).isEqualTo(act);
				assertThat(refused.getMessage()).isNotBlank();
			});
			assertThat(match.status()).isEqualTo(status);
			assertThat(match.takeEvents()).isEmpty();
		}
	}

	@Test
	void isAgreedOnlyOnceBothStatesAcceptedAndRecordsEachAcceptance() {
		Match match = proposed();
		match.accept(VIET_NAM, "vn", NOW);
		assertThat(match.status()).isEqualTo(MatchStatus.PROPOSED);
		assertThat(match.acceptedBy(VIET_NAM)).isTrue();
		assertThat(match.acceptedBy(GHANA)).isFalse();

		match.accept(GHANA, "gh", NOW);

		assertThat(match.status()).isEqualTo(MatchStatus.AGREED);
		assertThat(match.takeEvents()).extracting(AuditableEvent::auditType)
			.containsExactly("assistance.match-proposed", "assistance.match-accepted", "assistance.match-accepted");
	}

	@Test
	void refusesASecondAcceptanceAndADeclineByAStateThatAccepted() {
		Match match = proposed();
		match.accept(GHANA, "gh", NOW);

		assertThatThrownBy(() -> match.accept(GHANA, "gh", NOW)).isInstanceOf(InvalidTransition.class)
			.hasMessage("GH has already accepted this match; it waits for VN.");
		assertThatThrownBy(() -> match.decline(GHANA, "Changed our mind.", "gh", NOW)).isInstanceOf(InvalidTransition.class)
			.hasMessage("GH has accepted this match and can no longer decline it.");
		assertThat(match.allows(GHANA, MatchAct.DECLINE)).isFalse();
		assertThat(match.allows(VIET_NAM, MatchAct.DECLINE)).isTrue();
	}

	@Test
	void onlyTheOfferingStateRecordsTheDelivery() {
		Match match = in(MatchStatus.AGREED);

		assertThatThrownBy(() -> match.recordDelivery(GHANA, YESTERDAY, "Training.", "gh", NOW)).isInstanceOf(ActOfOtherSide.class)
			.hasMessage("Only the offering State, VN, records the delivery of the assistance.");
		assertThat(match.allows(GHANA, MatchAct.RECORD_DELIVERY)).isFalse();
		assertThat(match.status()).isEqualTo(MatchStatus.AGREED);
	}

	@Test
	void refusesADeliveryInTheFutureOrWithoutWhatWasDeliveredNamingTheField() {
		Match match = in(MatchStatus.AGREED);

		assertThatThrownBy(() -> match.recordDelivery(VIET_NAM, LocalDate.parse("2027-05-11"), "Training.", "vn", NOW))
			.isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("date"));
		assertThatThrownBy(() -> match.recordDelivery(VIET_NAM, YESTERDAY, "  ", "vn", NOW))
			.isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("delivered"));
		assertThat(match.status()).isEqualTo(MatchStatus.AGREED);
	}

	@Test
	void aDeclineNeedsAReason() {
		Match match = proposed();

		assertThatThrownBy(() -> match.decline(GHANA, null, "gh", NOW))
			.isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("reason"));
		assertThat(match.status()).isEqualTo(MatchStatus.PROPOSED);
	}

	@Test
	void eitherStateRecordsTheOutcomeOnce() {
		for (CountryCode side : List.of(GHANA, VIET_NAM)) {
			Match match = in(MatchStatus.DELIVERED);
			match.recordOutcome(side, "Six officers trained.", "x", NOW);
			assertThat(match.outcome().by()).isEqualTo(side);
			assertThatThrownBy(() -> match.recordOutcome(side, "Again.", "x", NOW)).isInstanceOf(InvalidTransition.class)
				.hasMessage("The outcome of this match has already been recorded.");
		}
	}

	@Test
	void refusesToMatchANeedWithAnOfferOfTheSameState() {
		Offer ghanasOffer = new Offer(new OfferId(UUID.randomUUID()), GHANA, OfferKind.TRAINERS, particulars("Trainers"), "gh", NOW);

		assertThatThrownBy(() -> Match.propose(new MatchId(UUID.randomUUID()), ghanasNeed(), ghanasOffer, "secretariat", NOW))
			.isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("offer"));
	}

	@Test
	void particularsNameTheFieldThatIsWrong() {
		AuthorityId contact = new AuthorityId(UUID.randomUUID());
		LocalDate june = LocalDate.parse("2027-06-01");
		assertThatThrownBy(() -> new Particulars(" ", "d", List.of("en"), RegionalGroup.AFRICA, june, june, contact))
			.isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("title"));
		assertThatThrownBy(() -> new Particulars("t", "d", List.of("not a tag!"), RegionalGroup.AFRICA, june, june, contact))
			.isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("languages"));
		assertThatThrownBy(() -> new Particulars("t", "d", List.of("en"), null, june, june, contact))
			.isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("region"));
		assertThatThrownBy(() -> new Particulars("t", "d", List.of("en"), RegionalGroup.AFRICA, june, june.minusDays(1), contact))
			.isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("to"));
		assertThat(new Particulars("t", "d", List.of("EN", "vi", "en"), RegionalGroup.AFRICA, june, june, contact).languages())
			.containsExactly("en", "vi");
	}

	private static void perform(Match match, MatchAct act) {
		switch (act) {
			case ACCEPT -> match.accept(VIET_NAM, "vn", NOW);
			case DECLINE -> match.decline(VIET_NAM, "Our trainers are not free then.", "vn", NOW);
			case RECORD_DELIVERY -> match.recordDelivery(VIET_NAM, YESTERDAY, "Two weeks of training.", "vn", NOW);
			case RECORD_OUTCOME -> match.recordOutcome(VIET_NAM, "Six officers trained.", "vn", NOW);
		}
	}
}
