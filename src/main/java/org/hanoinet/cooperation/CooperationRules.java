package org.hanoinet.cooperation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules of Chapter V that the research notes hold only from memory (tagged [R] or [R?]) and that a node can
 * therefore change under {@code hanoinet.cooperation.*} once they are checked against the official text.
 *
 * @param extraditionMinimumPenaltyMonths the maximum penalty, in months of deprivation of liberty, below which an
 *     extradition request carries a warning (art. 37, [R]); default 12. It never stops the request: UNTOC 16(7) and
 *     UNCAC 44(8) leave any minimum to the requested State's law or the applicable treaty. 0 turns the warning off
 * @param sentencedPersonConsentRequired whether a transfer of a sentenced person needs their consent (art. 38, [R?]);
 *     default true
 * @param returnExpensesDeductible whether the requested State may deduct reasonable expenses from property it
 *     returns (art. 52, [R?]); default true
 * @param extraditionDeclarationRequired whether the Convention is a legal basis for extradition to a State that makes
 *     extradition conditional on a treaty only where that State declared it takes the Convention as one (art. 37,
 *     [R]; UNTOC 16(5), UNCAC 44(6), Budapest 24(3)); default true. States that extradite without a treaty declare
 *     nothing and are never asked to
 * @param extraditionTreatyConditionPresumed how to treat a requested State about which the treaty registry records
 *     neither whether it makes extradition conditional on a treaty nor a declaration under art. 37: false (default)
 *     as one that extradites without a treaty, with a warning to check; true as one that needs a treaty, so a
 *     Convention-based extradition request to it is stopped until it declares it takes the Convention as the basis
 */
@ConfigurationProperties("hanoinet.cooperation")
public record CooperationRules(@DefaultValue("12") int extraditionMinimumPenaltyMonths,
		@DefaultValue("true") boolean sentencedPersonConsentRequired, @DefaultValue("true") boolean returnExpensesDeductible,
		@DefaultValue("true") boolean extraditionDeclarationRequired,
		@DefaultValue("false") boolean extraditionTreatyConditionPresumed) {

	/** The rules as the research notes state them, read against the model treaties where the notes are unsure. */
	public static final CooperationRules DEFAULTS = new CooperationRules(12, true, true, true, false);

	public CooperationRules {
		if (extraditionMinimumPenaltyMonths < 0) {
			throw new IllegalArgumentException("hanoinet.cooperation.extradition-minimum-penalty-months must be zero or more, not "
					+ extraditionMinimumPenaltyMonths);
		}
	}
}
