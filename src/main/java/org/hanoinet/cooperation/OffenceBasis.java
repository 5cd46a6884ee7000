package org.hanoinet.cooperation;

import org.hanoinet.shared.InvalidValue;

/**
 * Why the Convention's cooperation applies to the conduct (art. 35): an offence it establishes (arts. 7 to 17),
 * the collection of electronic evidence of a serious crime, or another offence.
 *
 * @param kind which of the three
 * @param article the offence's article, for {@link Kind#CONVENTION_OFFENCE}
 * @param description the offence in words, required for the other two kinds
 */
public record OffenceBasis(Kind kind, Integer article, String description) {

	public OffenceBasis {
		if (kind == null) {
			throw new InvalidValue("offenceBasis", "Say whether the offence is one of the Convention's, a serious crime or another offence.");
		}
		description = description == null || description.isBlank() ? null : description.strip();
		if (kind == Kind.CONVENTION_OFFENCE && (article == null || article < 7 || article > 17)) {
			throw new InvalidValue("offenceBasis.article", "An offence established by the Convention is one of arts. 7 to 17.");
		}
		if (kind != Kind.CONVENTION_OFFENCE) {
			article = null;
			if (description == null) {
				throw new InvalidValue("offenceBasis.description", "Describe the offence under investigation.");
			}
		}
	}

	/** The kinds of offence basis. */
	public enum Kind {
		/** An offence established under arts. 7 to 17 of the Convention. */
		CONVENTION_OFFENCE,
		/**
		 * Electronic evidence of a serious crime (art. 35(1)(c)): only arts. 40 to 46 apply, so on the Convention
		 * the other types of request are refused with it ({@link CaseType#servesSeriousCrimeEvidence()}).
		 */
		SERIOUS_CRIME,
		/** Another offence, on a basis outside the Convention. */
		OTHER
	}
}
