package org.hanoinet.treaty.internal;

import java.time.LocalDate;
import java.time.Period;

import org.hanoinet.treaty.TreatyRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the treaty registry under {@code hanoinet.treaty}: the numbers of the final clauses, with the
 * adopted text's reading as defaults (see {@link TreatyRules}); change them only if the official text says
 * otherwise.
 */
@ConfigurationProperties("hanoinet.treaty")
record TreatyProperties(
		@DefaultValue("2025-10-25") LocalDate hanoiSignatureOpens,
		@DefaultValue("2025-10-26") LocalDate hanoiSignatureCloses,
		@DefaultValue("2026-12-31") LocalDate signatureCloses,
		@DefaultValue("40") int instrumentsForEntryIntoForce,
		@DefaultValue("90") int daysAfterLastCountedInstrument,
		@DefaultValue("30") int daysAfterLateInstrument,
		@DefaultValue("P1Y") Period denunciationTakesEffectAfter,
		@DefaultValue("true") boolean reioNeedsMemberState,
		@DefaultValue("true") boolean lateInstrumentAwaitsGeneralDate) {

	TreatyRules rules() {
		return new TreatyRules(hanoiSignatureOpens, hanoiSignatureCloses, signatureCloses, instrumentsForEntryIntoForce,
				daysAfterLastCountedInstrument, daysAfterLateInstrument, denunciationTakesEffectAfter, reioNeedsMemberState,
				lateInstrumentAwaitsGeneralDate);
	}
}
