package org.hanoinet.treaty;

import java.time.LocalDate;
import java.time.Period;

/**
 * The numbers of the final clauses that the entry-into-force engine applies. The defaults are the reading of
 * the adopted text in the project's research notes; each can be changed should the official text say
 * otherwise. Those notes verified the 40 instruments, the 90 days (art. 65(1)) and the signature window
 * (art. 64); the 30 days of art. 65(2) and the one year of art. 67 are recalled from the UN crime conventions'
 * pattern, not verified, and are the first to check.
 *
 * @param hanoiSignatureOpens first day of signature in Hanoi
 * @param hanoiSignatureCloses last day of signature in Hanoi
 * @param signatureCloses last day of signature at UN Headquarters in New York; afterwards accession only
 * @param instrumentsForEntryIntoForce how many counted instruments bring the Convention into force (art. 65(1))
 * @param daysAfterLastCountedInstrument entry into force on this day after the deciding deposit (art. 65(1))
 * @param daysAfterLateInstrument a later instrument takes effect on this day after its deposit (art. 65(2))
 * @param denunciationTakesEffectAfter time from receipt of a denunciation to its effect (art. 67)
 * @param reioNeedsMemberState whether an REIO signs and deposits only after one of its member States has
 * @param lateInstrumentAwaitsGeneralDate whether an instrument deposited after the deciding one takes effect on the
 *        later of its own date and the general date (the UNCAC 68(2) wording, the default) or on its own date alone
 *        (the UNTOC 38(2) wording); art. 65(2) of the Convention was not read, so this is a setting
 */
public record TreatyRules(LocalDate hanoiSignatureOpens, LocalDate hanoiSignatureCloses, LocalDate signatureCloses,
		int instrumentsForEntryIntoForce, int daysAfterLastCountedInstrument, int daysAfterLateInstrument,
		Period denunciationTakesEffectAfter, boolean reioNeedsMemberState, boolean lateInstrumentAwaitsGeneralDate) {

	/** The rules as the research notes read the adopted text. */
	public static final TreatyRules CONVENTION = new TreatyRules(LocalDate.of(2025, 10, 25), LocalDate.of(2025, 10, 26),
			LocalDate.of(2026, 12, 31), 40, 90, 30, Period.ofYears(1), true, true);

	public TreatyRules {
		if (hanoiSignatureOpens == null || hanoiSignatureCloses == null || signatureCloses == null
				|| denunciationTakesEffectAfter == null) {
			throw new IllegalArgumentException("Every date and period of the treaty rules is required.");
		}
		if (hanoiSignatureCloses.isBefore(hanoiSignatureOpens) || signatureCloses.isBefore(hanoiSignatureCloses)) {
			throw new IllegalArgumentException("The signature window must open in Hanoi and close later in New York.");
		}
		if (instrumentsForEntryIntoForce < 1 || daysAfterLastCountedInstrument < 0 || daysAfterLateInstrument < 0) {
			throw new IllegalArgumentException("The number of instruments must be positive and the day counts not negative.");
		}
	}

	/** The same rules with another threshold, e.g. to test with three instruments instead of forty. */
	public TreatyRules withInstrumentsForEntryIntoForce(int instruments) {
		return new TreatyRules(hanoiSignatureOpens, hanoiSignatureCloses, signatureCloses, instruments,
				daysAfterLastCountedInstrument, daysAfterLateInstrument, denunciationTakesEffectAfter, reioNeedsMemberState,
				lateInstrumentAwaitsGeneralDate);
	}

	/** The same rules with a late instrument taking effect on its own date alone, or on the later of the two. */
	public TreatyRules withLateInstrumentAwaitingGeneralDate(boolean awaits) {
		return new TreatyRules(hanoiSignatureOpens, hanoiSignatureCloses, signatureCloses, instrumentsForEntryIntoForce,
				daysAfterLastCountedInstrument, daysAfterLateInstrument, denunciationTakesEffectAfter, reioNeedsMemberState, awaits);
	}
}
