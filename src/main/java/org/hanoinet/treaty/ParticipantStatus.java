package org.hanoinet.treaty;

import java.time.LocalDate;

/**
 * A participant's position on a date, with the dates that decide it.
 *
 * @param participant who
 * @param standing where it stands on the date asked
 * @param signedOn date of its signature, or null
 * @param instrument kind of instrument deposited, or null
 * @param depositedOn date of deposit, or null
 * @param counted whether its instrument counts toward the instruments needed for entry into force (not an REIO's)
 * @param effectiveOn when the Convention enters into force for it (art. 65), or null while unknown
 * @param denunciationNotifiedOn when the depositary received its denunciation, or null
 * @param denunciationEffectiveOn when that denunciation takes effect (art. 67), or null
 */
public record ParticipantStatus(Participant participant, Standing standing, LocalDate signedOn, ActionKind instrument,
		LocalDate depositedOn, boolean counted, LocalDate effectiveOn, LocalDate denunciationNotifiedOn,
		LocalDate denunciationEffectiveOn) {

	public boolean signed() {
		return signedOn != null;
	}

	/** Bound by its own consent: deposited an instrument whose denunciation has not yet taken effect. */
	public boolean contracting() {
		return standing == Standing.CONTRACTING || standing == Standing.PARTY;
	}

	public boolean party() {
		return standing == Standing.PARTY;
	}
}
