package org.hanoinet.cooperation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules of Chapter V that the research notes hold only from memory (tagged [R] or [R?]) and that a node can
 * therefore change under {@code hanoinet.cooperation.*} once they are checked against the official text.
 *
 * @param extraditionMinimumPenaltyMonths the maximum penalty, in months of deprivation of liberty, that the offence
 *     must carry in both States for extradition (art. 37, [R]); default 12
 * @param sentencedPersonConsentRequired whether a transfer of a sentenced person needs their consent (art. 38, [R?]);
 *     default true
 * @param returnExpensesDeductible whether the requested State may deduct reasonable expenses from property it
 *     returns (art. 52, [R?]); default true
 * @param extraditionDeclarationRequired whether the Convention is a legal basis for extradition only where the
 *     requested State declared that it takes it as one (art. 37, [R]); default true
 */
@ConfigurationProperties("hanoinet.cooperation")
public record CooperationRules(@DefaultValue("12") int extraditionMinimumPenaltyMonths,
		@DefaultValue("true") boolean sentencedPersonConsentRequired, @DefaultValue("true") boolean returnExpensesDeductible,
		@DefaultValue("true") boolean extraditionDeclarationRequired) {

	/** The rules as the research notes state them. */
	public static final CooperationRules DEFAULTS = new CooperationRules(12, true, true, true);

	public CooperationRules {
		if (extraditionMinimumPenaltyMonths < 0) {
			throw new IllegalArgumentException("hanoinet.cooperation.extradition-minimum-penalty-months must be zero or more, not "
					+ extraditionMinimumPenaltyMonths);
		}
	}
}
