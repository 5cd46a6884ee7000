package org.hanoinet.treaty;

import java.util.Locale;

import org.hanoinet.shared.InvalidValue;

/** Every act a participant performs before the depositary (arts. 64–67), and the declarations it makes. */
public enum ActionKind {

	/** Signature, in Hanoi on 25–26 Oct 2025 or in New York until 31 Dec 2026 (art. 64(1)). */
	SIGNATURE(Category.SIGNATURE),

	/** Deposit of an instrument of ratification; needs an earlier signature (art. 64(2)). */
	RATIFICATION(Category.INSTRUMENT),

	/** Deposit of an instrument of acceptance; needs an earlier signature (art. 64(2)). */
	ACCEPTANCE(Category.INSTRUMENT),

	/** Deposit of an instrument of approval; needs an earlier signature (art. 64(2)). */
	APPROVAL(Category.INSTRUMENT),

	/** Deposit of an instrument of accession, with or without a signature (art. 64(3)). */
	ACCESSION(Category.INSTRUMENT),

	/** Notification of the central authority for mutual legal assistance (art. 40). */
	CENTRAL_AUTHORITY_DESIGNATION(Category.DECLARATION),

	/** Notification of the 24/7 point of contact (art. 41). */
	POINT_OF_CONTACT_DESIGNATION(Category.DECLARATION),

	/** Notification of the languages accepted for requests (art. 40). */
	ACCEPTED_LANGUAGES(Category.DECLARATION),

	/**
	 * Whether a State that makes extradition conditional on a treaty takes the Convention as the legal basis for
	 * it (art. 37); detail "yes" or "no". Only such States make this declaration, so making it also records that the
	 * State needs a treaty.
	 */
	EXTRADITION_LEGAL_BASIS(Category.DECLARATION),

	/** Declaration not to be bound by the dispute-settlement clause (art. 63(3)). */
	DISPUTE_SETTLEMENT_OPT_OUT(Category.DECLARATION),

	/** An REIO's declaration of the extent of its competence, or a change of it (art. 64). */
	REIO_COMPETENCE(Category.DECLARATION),

	/**
	 * Whether the State makes extradition conditional on the existence of a treaty (art. 37); detail "yes" or "no".
	 * A State that does not treats the Convention's offences as extraditable without one and declares nothing
	 * under {@link #EXTRADITION_LEGAL_BASIS}.
	 */
	EXTRADITION_TREATY_CONDITION(Category.DECLARATION),

	/** Any other declaration or notification. */
	OTHER_DECLARATION(Category.DECLARATION),

	/** A reservation to an article. */
	RESERVATION(Category.RESERVATION),

	/** Withdrawal of an earlier reservation to the same article. */
	RESERVATION_WITHDRAWAL(Category.RESERVATION),

	/** Notification of denunciation; effective one year after the depositary receives it (art. 67). */
	DENUNCIATION(Category.DENUNCIATION);

	/** Families of acts with the same rules. */
	public enum Category {
		SIGNATURE, INSTRUMENT, DECLARATION, RESERVATION, DENUNCIATION
	}

	private final Category category;

	ActionKind(Category category) {
		this.category = category;
	}

	public Category category() {
		return category;
	}

	public boolean isInstrument() {
		return category == Category.INSTRUMENT;
	}

	/** Reads a kind as written in data files or requests: "ratification", "RATIFICATION", "reservation-withdrawal". */
	public static ActionKind of(String text) {
		if (text != null) {
			String normalized = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
			for (ActionKind kind : values()) {
				if (kind.name().equals(normalized)) {
					return kind;
				}
			}
		}
		throw new InvalidValue("kind", "'" + text + "' is not an action: use one of SIGNATURE, RATIFICATION, ACCEPTANCE, APPROVAL, "
				+ "ACCESSION, CENTRAL_AUTHORITY_DESIGNATION, POINT_OF_CONTACT_DESIGNATION, ACCEPTED_LANGUAGES, "
				+ "EXTRADITION_LEGAL_BASIS, DISPUTE_SETTLEMENT_OPT_OUT, REIO_COMPETENCE, EXTRADITION_TREATY_CONDITION, "
				+ "OTHER_DECLARATION, RESERVATION, RESERVATION_WITHDRAWAL, DENUNCIATION.");
	}
}
