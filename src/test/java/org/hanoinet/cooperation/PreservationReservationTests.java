package org.hanoinet.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hanoinet.cooperation.CaseFixtures.*;

import java.time.LocalDate;
import java.util.Set;

import org.hanoinet.shared.InvalidValue;
import org.hanoinet.treaty.Action;
import org.hanoinet.treaty.ActionId;
import org.hanoinet.treaty.ActionKind;
import org.hanoinet.treaty.Confidence;
import org.hanoinet.treaty.DatePrecision;
import org.hanoinet.treaty.ParticipantCode;
import org.hanoinet.treaty.TreatyFixtures;
import org.junit.jupiter.api.Test;

/**
 * A preservation is refused for lack of dual criminality only by a requested State that reserved that right for
 * art. 42 (the Budapest 29(4) pattern), as the treaty registry records it; a later withdrawal ends it.
 */
class PreservationReservationTests {

	@Test
	void aStateThatReservedDualCriminalityMayRefuseAPreservationOnIt() {
		Admissibility admissibility = admissibility(reservation(ActionKind.RESERVATION, 42, LocalDate.of(2026, 5, 1),
				"Thailand reserves the right to refuse preservation where dual criminality is not fulfilled."));
		Set<RefusalGround> reserved = admissibility.reservedGrounds(THAILAND.state(), CaseType.PRESERVATION);
		assertThat(reserved).containsExactly(RefusalGround.NO_DUAL_CRIMINALITY);

		Case request = inConsultation(CaseType.PRESERVATION);
		assertThat(request.refusableGrounds(reserved)).contains(RefusalGround.NO_DUAL_CRIMINALITY);
		request.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.NO_DUAL_CRIMINALITY), "Not an offence here.",
				reserved);
		assertThat(request.status()).isEqualTo(CaseStatus.REFUSED);
		assertThat(request.events().getLast().details()).containsEntry("grounds", "NO_DUAL_CRIMINALITY");
	}

	@Test
	void noReservationAWithdrawnOneOrOneOnAnotherSubjectGivesNoSuchGround() {
		assertThat(admissibility().reservedGrounds(THAILAND.state(), CaseType.PRESERVATION)).isEmpty();
		assertThat(admissibility(reservation(ActionKind.RESERVATION, 42, LocalDate.of(2026, 5, 1), "dual criminality"),
				reservation(ActionKind.RESERVATION_WITHDRAWAL, 42, LocalDate.of(2026, 9, 1), "withdrawn"))
			.reservedGrounds(THAILAND.state(), CaseType.PRESERVATION)).isEmpty();
		assertThat(admissibility(reservation(ActionKind.RESERVATION, 42, LocalDate.of(2026, 5, 1), "political offences"))
			.reservedGrounds(THAILAND.state(), CaseType.PRESERVATION)).isEmpty();
		assertThat(admissibility(reservation(ActionKind.RESERVATION, 43, LocalDate.of(2026, 5, 1), "dual criminality"))
			.reservedGrounds(THAILAND.state(), CaseType.PRESERVATION)).isEmpty();

		Case request = inConsultation(CaseType.PRESERVATION);
		assertThat(request.refusableGrounds(Set.of())).doesNotContain(RefusalGround.NO_DUAL_CRIMINALITY);
		assertThatThrownBy(() -> request.assistance().refuse(REQUESTED_SUPERVISOR, Set.of(RefusalGround.NO_DUAL_CRIMINALITY),
				"Not an offence here.", Set.of())).isInstanceOf(InvalidValue.class).hasMessageContaining("made a reservation");
	}

	@Test
	void aReservationGivesNothingToTypesThatAlreadyHaveTheGroundOrNeverDo() {
		Admissibility admissibility = admissibility(reservation(ActionKind.RESERVATION, 42, LocalDate.of(2026, 5, 1),
				"dual criminality"));
		assertThat(admissibility.reservedGrounds(THAILAND.state(), CaseType.MUTUAL_LEGAL_ASSISTANCE)).isEmpty();
		assertThat(admissibility.reservedGrounds(THAILAND.state(), CaseType.EMERGENCY_DISCLOSURE)).isEmpty();
	}

	private static Admissibility admissibility(Action... actions) {
		return new Admissibility(TreatyFixtures.vietNamAndThailandParties(clock(), actions), CooperationRules.DEFAULTS);
	}

	private static Action reservation(ActionKind kind, int article, LocalDate date, String detail) {
		return new Action(ActionId.random(), ParticipantCode.of("THA"), kind, date, DatePrecision.DAY, "", article, detail,
				Confidence.A, "test");
	}
}
