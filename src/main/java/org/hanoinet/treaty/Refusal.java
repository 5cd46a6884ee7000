package org.hanoinet.treaty;

import java.time.LocalDate;

/**
 * Why the rules of the final clauses forbid an action. Each refusal has a stable code (used in problem types
 * as {@code urn:hanoinet:problem:treaty-<code>}) and a sentence that says what is wrong.
 */
public sealed interface Refusal {

	/** Stable code, e.g. {@code signature-closed}. */
	String code();

	/** What is wrong, in a sentence for the person who asked. */
	String reason();

	/** Signature is only possible in Hanoi on 25–26 Oct 2025 and in New York until 31 Dec 2026 (art. 64). */
	record SignatureClosed(ParticipantCode participant, LocalDate date, LocalDate opens, LocalDate closes) implements Refusal {

		public String code() {
			return "signature-closed";
		}

		public String reason() {
			return date.isBefore(opens)
					? participant + " cannot sign on " + date + ": the Convention opens for signature on " + opens + "."
					: participant + " cannot sign on " + date + ": signature closed on " + closes + "; from then on a State joins by accession.";
		}
	}

	/** The place of a signature does not match its date: Hanoi during the ceremony, New York afterwards. */
	record WrongPlace(ParticipantCode participant, LocalDate date, String place, String expected) implements Refusal {

		public String code() {
			return "wrong-place";
		}

		public String reason() {
			return "A signature on " + date + " is made in " + expected + ", not in " + place + ".";
		}
	}

	/** Ratification, acceptance and approval follow a signature (art. 64(2)). */
	record NotSigned(ParticipantCode participant, ActionKind kind, LocalDate date) implements Refusal {

		public String code() {
			return "not-signed";
		}

		public String reason() {
			return participant + " cannot deposit an instrument of " + kind.name().toLowerCase() + " on " + date
					+ ": it has not signed by then. A participant that has not signed joins by accession.";
		}
	}

	/** A participant signs once. */
	record AlreadySigned(ParticipantCode participant, LocalDate signedOn) implements Refusal {

		public String code() {
			return "already-signed";
		}

		public String reason() {
			return participant + " already signed on " + signedOn + ".";
		}
	}

	/** A participant deposits one instrument. */
	record AlreadyBound(ParticipantCode participant, ActionKind earlier, LocalDate depositedOn) implements Refusal {

		public String code() {
			return "already-bound";
		}

		public String reason() {
			return participant + " already deposited an instrument of " + earlier.name().toLowerCase() + " on " + depositedOn + ".";
		}
	}

	/** An REIO acts only after at least one of its member States has done the same (art. 64). */
	record NoMemberStateFirst(ParticipantCode reio, ActionKind kind, LocalDate date) implements Refusal {

		public String code() {
			return "reio-without-member-state";
		}

		public String reason() {
			return reio + " cannot " + (kind == ActionKind.SIGNATURE ? "sign" : "deposit its instrument") + " on " + date
					+ ": none of its member States has " + (kind == ActionKind.SIGNATURE ? "signed" : "deposited an instrument") + " by then.";
		}
	}

	/** Denunciation, declarations and reservations need a participant that has signed or is bound. */
	record NotBound(ParticipantCode participant, ActionKind kind, LocalDate date) implements Refusal {

		public String code() {
			return "not-bound";
		}

		public String reason() {
			return participant + " cannot make a " + kind.name().toLowerCase().replace('_', ' ') + " on " + date + ": it "
					+ (kind == ActionKind.DENUNCIATION ? "has deposited no instrument" : "has neither signed nor deposited an instrument")
					+ " by then.";
		}
	}

	/** A participant denounces once. */
	record AlreadyDenounced(ParticipantCode participant, LocalDate notifiedOn) implements Refusal {

		public String code() {
			return "already-denounced";
		}

		public String reason() {
			return participant + " already notified its denunciation on " + notifiedOn + ".";
		}
	}

	/** A reservation can be withdrawn only if it was made. */
	record NoSuchReservation(ParticipantCode participant, int article) implements Refusal {

		public String code() {
			return "no-such-reservation";
		}

		public String reason() {
			return participant + " has no reservation to article " + article + " to withdraw.";
		}
	}

	/** The participant is not one the registry knows. */
	record UnknownParticipant(ParticipantCode participant) implements Refusal {

		public String code() {
			return "unknown-participant";
		}

		public String reason() {
			return participant + " is neither a UN Member State, nor the State of Palestine, nor the European Union.";
		}
	}

	/** Real actions are recorded once they happened. */
	record InTheFuture(ParticipantCode participant, ActionKind kind, LocalDate date, LocalDate today) implements Refusal {

		public String code() {
			return "date-in-the-future";
		}

		public String reason() {
			return "The " + kind.name().toLowerCase().replace('_', ' ') + " of " + participant + " is dated " + date
					+ ", after today (" + today + "): the registry records acts that happened; use a projection for the future.";
		}
	}

	/** Nothing can be deposited before the Convention opens for signature. */
	record NotYetOpen(ParticipantCode participant, ActionKind kind, LocalDate date, LocalDate opens) implements Refusal {

		public String code() {
			return "not-yet-open";
		}

		public String reason() {
			return participant + " cannot act on " + date + ": the Convention opens for signature on " + opens + ".";
		}
	}
}
