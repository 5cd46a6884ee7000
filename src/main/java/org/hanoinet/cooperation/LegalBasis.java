package org.hanoinet.cooperation;

import org.hanoinet.shared.InvalidValue;

/**
 * What the request rests on in law: an article of the Convention (only between States Parties), a named
 * bilateral or other treaty, or reciprocity. While the Convention is not in force, treaties and reciprocity
 * are what real requests rest on.
 *
 * @param kind which of the three
 * @param article the Convention article relied on, for {@link Kind#CONVENTION}
 * @param instrument the treaty's name, for {@link Kind#TREATY}
 */
public record LegalBasis(Kind kind, Integer article, String instrument) {

	public LegalBasis {
		if (kind == null) {
			throw new InvalidValue("legalBasis", "Name the legal basis: the Convention, a treaty or reciprocity.");
		}
		instrument = instrument == null || instrument.isBlank() ? null : instrument.strip();
		switch (kind) {
			case CONVENTION -> {
				if (article == null || article < 35 || article > 52) {
					throw new InvalidValue("legalBasis.article",
							"A request resting on the Convention cites an article of its Chapter V (arts. 35 to 52).");
				}
				instrument = null;
			}
			case TREATY -> {
				if (instrument == null) {
					throw new InvalidValue("legalBasis.instrument", "Name the treaty the request rests on.");
				}
				article = null;
			}
			case RECIPROCITY -> {
				article = null;
				instrument = null;
			}
		}
	}

	/** The Convention, at the given article. */
	public static LegalBasis convention(int article) {
		return new LegalBasis(Kind.CONVENTION, article, null);
	}

	/** A named treaty between the two States. */
	public static LegalBasis treaty(String instrument) {
		return new LegalBasis(Kind.TREATY, null, instrument);
	}

	/** A short English description, e.g. "Convention, art. 42". */
	public String describe() {
		return switch (kind) {
			case CONVENTION -> "Convention, art. " + article;
			case TREATY -> instrument;
			case RECIPROCITY -> "Reciprocity";
		};
	}

	/** The kinds of legal basis. */
	public enum Kind {
		/** The Convention itself; both States must be parties at the date of the request. */
		CONVENTION,
		/** A bilateral or multilateral treaty other than the Convention. */
		TREATY,
		/** Assistance on the promise of reciprocity, without a treaty. */
		RECIPROCITY
	}
}
