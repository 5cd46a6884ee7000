package org.hanoinet.cooperation;

import java.util.Locale;

import org.hanoinet.shared.InvalidValue;

/**
 * The grounds on which a requested State may refuse assistance: the closed list (a) to (d) of art. 40, then the
 * grounds the Convention adds for mutual legal assistance and for the other kinds of cooperation. Bank secrecy,
 * and the offence involving fiscal matters alone, are never grounds and so have no constant here.
 */
public enum RefusalGround {

	/** (a) The request does not conform to art. 40. */
	NOT_CONFORMING,

	/** (b) Execution is likely to prejudice sovereignty, security, ordre public or other essential interests. */
	ESSENTIAL_INTERESTS,

	/** (c) Domestic law would bar the authorities from the action for a similar domestic offence. */
	BARRED_BY_DOMESTIC_LAW,

	/** (d) Granting the request would be contrary to the requested State's legal system for mutual legal assistance. */
	CONTRARY_TO_LEGAL_SYSTEM,

	/**
	 * Substantial grounds to believe the request aims to prosecute or punish a person on account of sex, race, language,
	 * religion, nationality, ethnic origin or political opinions. "Language" follows the project's notes only: UNTOC
	 * 16(14) and UNCAC 44(15) do not list it, and the Convention's text was not read (its rows in the rules table are
	 * marked unverified).
	 */
	DISCRIMINATION,

	/** The conduct is not an offence in the requested State (dual criminality), where that State requires it. */
	NO_DUAL_CRIMINALITY,

	/**
	 * Extradition: the person sought is a national of the requested State, which does not extradite its nationals.
	 * A refusal on this ground alone lets the requesting State ask for prosecution instead (art. 37).
	 */
	NATIONAL_OF_REQUESTED_STATE,

	/** A ground the requested State's law or the applicable treaty provides (arts. 37 to 39, 48, 52). */
	LAW_OR_TREATY_GROUND,

	/** The requested State did not receive sufficient and timely evidence (art. 50). */
	INSUFFICIENT_EVIDENCE,

	/** The property is of de minimis value (art. 50). */
	DE_MINIMIS;

	/** The grounds of art. 40, for mutual legal assistance and the types that follow it: the closed list, discrimination, dual criminality. */
	public static java.util.Set<RefusalGround> article40() {
		return java.util.EnumSet.range(NOT_CONFORMING, NO_DUAL_CRIMINALITY);
	}

	/**
	 * The closed list (a) to (d) of art. 40: a refusal of mutual legal assistance on one of these grounds comes only
	 * after consulting the requesting State (art. 40; UNTOC 18(21) and 18(26), UNCAC 46(21) and 46(26)).
	 */
	public static java.util.Set<RefusalGround> closedList() {
		return java.util.EnumSet.range(NOT_CONFORMING, CONTRARY_TO_LEGAL_SYSTEM);
	}

	/** The ground named by {@code code}, saying why bank secrecy and fiscal matters are never accepted. */
	public static RefusalGround of(String code) {
		String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		if (normalized.contains("BANK")) {
			throw new InvalidValue("grounds", "Bank secrecy is never a ground for refusing assistance (art. 40).");
		}
		if (normalized.contains("FISCAL") || normalized.contains("TAX")) {
			throw new InvalidValue("grounds",
					"That the offence involves fiscal matters is never on its own a ground for refusing assistance (art. 40).");
		}
		try {
			return valueOf(normalized);
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidValue("grounds", "'" + code + "' is not a ground for refusal of the Convention.");
		}
	}
}
