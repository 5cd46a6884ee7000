package org.hanoinet.treaty;

import java.time.LocalDate;
import java.util.List;

/**
 * What would follow if the given hypothetical actions happened on top of the registry's real data.
 *
 * @param entryIntoForce the general date of entry into force, or null if 40 counted instruments are not reached
 * @param instrumentsCounted counted instruments, real and hypothetical
 * @param instrumentsNeeded the threshold (40)
 * @param participants every participant that has or would have deposited an instrument, in order of deposit
 */
public record Projection(LocalDate entryIntoForce, int instrumentsCounted, int instrumentsNeeded, List<Effect> participants) {

	/**
	 * When the Convention would take effect for one participant.
	 *
	 * @param participant who
	 * @param depositedOn date of (real or hypothetical) deposit
	 * @param counted whether its instrument counts toward the 40
	 * @param effectiveOn when it would be bound, or null while the general date is unknown
	 * @param hypothetical whether the deposit is one of the projection's
	 */
	public record Effect(ParticipantCode participant, ActionKind instrument, LocalDate depositedOn, boolean counted, LocalDate effectiveOn,
			boolean hypothetical) {
	}
}
