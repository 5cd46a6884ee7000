package org.hanoinet.cooperation;

import static org.hanoinet.cooperation.CaseStatus.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A legal act in a cooperation case: who may perform it (one side only), from which states, and the state it
 * leads to. Notices (status requests, confidentiality notices) leave the state unchanged. A {@link CaseType}
 * narrows this generic table to its own lifecycle, so a new type is data, not new plumbing.
 */
public enum Act {

	/** The requesting authority starts a draft request. */
	DRAFT(Side.REQUESTING, Set.of(), CaseStatus.DRAFT),
	/** The drafter changes the contents of the draft. */
	EDIT_DRAFT(Side.REQUESTING, Set.of(CaseStatus.DRAFT), null),
	/** The drafter hands the request to a supervisor. */
	SUBMIT_FOR_APPROVAL(Side.REQUESTING, Set.of(CaseStatus.DRAFT), AWAITING_APPROVAL),
	/** A supervisor sends the draft back to its drafter. */
	RETURN_FOR_CHANGES(Side.REQUESTING, Set.of(AWAITING_APPROVAL), CaseStatus.DRAFT),
	/** A supervisor other than the drafter approves the request, which is sent. */
	APPROVE(Side.REQUESTING, Set.of(AWAITING_APPROVAL), SENT),
	/** The request reached the requested authority. */
	RECORD_DELIVERY(Side.REQUESTED, Set.of(SENT), DELIVERED),
	/** The requested authority confirms receipt. */
	ACKNOWLEDGE(Side.REQUESTED, Set.of(DELIVERED), ACKNOWLEDGED),
	/** The requested authority starts examining the request. */
	START_REVIEW(Side.REQUESTED, Set.of(ACKNOWLEDGED), UNDER_REVIEW),
	/** The requested authority asks for additional information (art. 40). */
	REQUEST_INFORMATION(Side.REQUESTED, Set.of(UNDER_REVIEW), INFORMATION_REQUESTED),
	/** The requesting authority supplies the information asked for. */
	PROVIDE_INFORMATION(Side.REQUESTING, Set.of(INFORMATION_REQUESTED), UNDER_REVIEW),
	/**
	 * The requested State consults the requesting State: required before postponing, and before refusing mutual
	 * legal assistance on the closed list of art. 40; possible, and recorded, before any other refusal.
	 */
	CONSULT(Side.REQUESTED, Set.of(UNDER_REVIEW), CONSULTATION),
	/** The requested State agrees to assist. */
	ACCEPT(Side.REQUESTED, Set.of(UNDER_REVIEW, CONSULTATION), ACCEPTED),
	/** The requested State offers to assist on conditions. */
	ACCEPT_WITH_CONDITIONS(Side.REQUESTED, Set.of(UNDER_REVIEW, CONSULTATION), ACCEPTED_WITH_CONDITIONS),
	/** The requesting State accepts the conditions offered and is bound by them (art. 40). */
	ACCEPT_CONDITIONS(Side.REQUESTING, Set.of(ACCEPTED_WITH_CONDITIONS), ACCEPTED),
	/** The requested State postpones execution, after consultation (art. 40). */
	POSTPONE(Side.REQUESTED, Set.of(CONSULTATION), POSTPONED),
	/** The requested State takes a postponed request up again. */
	RESUME(Side.REQUESTED, Set.of(POSTPONED), UNDER_REVIEW),
	/**
	 * The requested State refuses, on grounds and with reasons (art. 40); on the closed list of art. 40 only from a
	 * consultation ({@link CaseType#groundsNeedingConsultation()}), on other grounds also straight from the review.
	 */
	REFUSE(Side.REQUESTED, Set.of(UNDER_REVIEW, CONSULTATION), REFUSED),
	/** The requested State starts carrying out the request. */
	START_EXECUTION(Side.REQUESTED, Set.of(ACCEPTED), EXECUTING),
	/** The requested State reports that part of the assistance was given. */
	REPORT_PARTIAL_EXECUTION(Side.REQUESTED, Set.of(EXECUTING), PARTIALLY_EXECUTED),
	/** The requested State reports that the assistance was given in full (for preservation: the data are preserved). */
	EXECUTE(Side.REQUESTED, Set.of(EXECUTING, PARTIALLY_EXECUTED), EXECUTED),
	/** The requesting authority closes the case. */
	CLOSE(Side.REQUESTING, Set.of(REFUSED, EXECUTED, PARTIALLY_EXECUTED), CLOSED),
	/** The requesting authority abandons a request that has not been sent. */
	WITHDRAW(Side.REQUESTING, Set.of(CaseStatus.DRAFT, AWAITING_APPROVAL), WITHDRAWN),
	/** The requesting State tells the requested State that the assistance is no longer needed, ending the case (art. 40). */
	NOTIFY_NO_LONGER_NEEDED(Side.REQUESTING, CaseStatus.inExchange(), WITHDRAWN),
	/** The requesting State asks where its request stands; the requested State must answer (art. 40). */
	REQUEST_STATUS(Side.REQUESTING, CaseStatus.inExchange(), null),
	/** The requested State answers a pending status request. */
	ANSWER_STATUS(Side.REQUESTED, CaseStatus.inExchange(), null),
	/** The requested State informs that it cannot keep the request confidential (art. 40). */
	NOTIFY_CONFIDENTIALITY_NOT_KEPT(Side.REQUESTED, CaseStatus.inExchange(), null),
	/**
	 * Preservation only: the requested State warns that preservation will not secure the data's future
	 * availability or would threaten the requesting State's investigation (art. 42).
	 */
	WARN_PRESERVATION_AT_RISK(Side.REQUESTED, preservationOpen(), null, true),
	/**
	 * Preservation only: the requesting State asks for the data to stay preserved for a further period, which the
	 * requested State may grant or decline. The request alone lengthens nothing: Budapest art. 29(7) gives no right
	 * to an extension, only the keeping of the data until the follow-up request is decided (art. 42).
	 */
	EXTEND_PRESERVATION(Side.REQUESTING, Set.of(EXECUTED), null, true),

	// Part 2 (#10). Constants are only ever appended: other modules and stored events name acts by these names.

	/**
	 * Extradition: after a refusal solely because the person is a national of the requested State, the
	 * requesting State asks it to submit the case to its own prosecutors ("extradite or prosecute", art. 37); a
	 * linked transfer of proceedings is opened.
	 */
	REQUEST_PROSECUTION_INSTEAD(Side.REQUESTING, Set.of(REFUSED), null, true),
	/** Extradition: the requested State offers to surrender its national on condition that they are returned to serve the sentence (art. 37). */
	OFFER_CONDITIONAL_SURRENDER(Side.REQUESTED, Set.of(UNDER_REVIEW, CONSULTATION), ACCEPTED_WITH_CONDITIONS, true),
	/** Transfers: the requesting State hands over the file of the sentence or of the proceedings (arts. 38 and 39). */
	HAND_OVER_FILE(Side.REQUESTING, Set.of(ACCEPTED, EXECUTING), null, true),
	/** Joint investigation: the requested State agrees to the proposal on terms: duration, participants, where the team works (art. 48). */
	AGREE_JOINT_INVESTIGATION(Side.REQUESTED, Set.of(UNDER_REVIEW, CONSULTATION), ACCEPTED, true),
	/** Spontaneous information: the receiver notifies the sender before disclosing exculpatory information (art. 40). */
	NOTIFY_EXCULPATORY_DISCLOSURE(Side.REQUESTED, Set.of(DELIVERED, ACKNOWLEDGED), null, true),
	/** Spontaneous information: the receiver discloses exculpatory information, only after notifying the sender (art. 40). */
	DISCLOSE_EXCULPATORY(Side.REQUESTED, Set.of(DELIVERED, ACKNOWLEDGED), null, true),
	/** Spontaneous information: the sender authorizes forwarding to a named third State (arts. 36 and 40). */
	AUTHORIZE_FORWARDING(Side.REQUESTING, Set.of(SENT, DELIVERED, ACKNOWLEDGED), null, true),
	/** Spontaneous information: the receiver forwards it to a third State; barred by a use limit unless authorized (arts. 36 and 40). */
	FORWARD_TO_THIRD_STATE(Side.REQUESTED, Set.of(DELIVERED, ACKNOWLEDGED), null, true),
	/** Provisional measures: the requested State invites the requesting State to give reasons to keep a measure before lifting it (art. 50). */
	INVITE_REASONS_TO_MAINTAIN(Side.REQUESTED, Set.of(EXECUTING, PARTIALLY_EXECUTED, EXECUTED), null, true),
	/** Provisional measures: the requesting State presents its reasons to keep the measure (art. 50). */
	PRESENT_REASONS_TO_MAINTAIN(Side.REQUESTING, Set.of(EXECUTING, PARTIALLY_EXECUTED, EXECUTED), null, true),
	/** Provisional measures: the requested State lifts a measure, only after the requesting State could argue for keeping it (art. 50). */
	LIFT_MEASURE(Side.REQUESTED, Set.of(EXECUTING, PARTIALLY_EXECUTED, EXECUTED), null, true),
	/** Confiscation and return: the requested State decides to return or dispose of the property, with deductions and sharing (art. 52). */
	DECIDE_RETURN(Side.REQUESTED, Set.of(EXECUTING), null, true),

	// #21: the requested State answers a request for a further period of preservation.

	/** Preservation only: the requested State grants the further period asked for; only this lengthens its preservation (art. 42). */
	GRANT_PRESERVATION_EXTENSION(Side.REQUESTED, Set.of(EXECUTED), null, true),
	/** Preservation only: the requested State declines the further period asked for; the preservation keeps its end (art. 42). */
	DECLINE_PRESERVATION_EXTENSION(Side.REQUESTED, Set.of(EXECUTED), null, true);

	private final Side side;

	private final Set<CaseStatus> from;

	private final CaseStatus to;

	private final boolean typeSpecific;

	Act(Side side, Set<CaseStatus> from, CaseStatus to) {
		this(side, from, to, false);
	}

	Act(Side side, Set<CaseStatus> from, CaseStatus to, boolean typeSpecific) {
		this.typeSpecific = typeSpecific;
		this.side = side;
		this.from = from.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(from));
		this.to = to;
	}

	/** The side that owns this act; the other side can never perform it. */
	public Side side() {
		return side;
	}

	/** The states this act may start from, before a case type narrows them. */
	public Set<CaseStatus> from() {
		return from;
	}

	/** The state this act leads to, or empty for a notice that leaves the state unchanged. */
	public Optional<CaseStatus> to() {
		return Optional.ofNullable(to);
	}

	/** Whether only the case types that name this act in their own list may perform it. */
	public boolean typeSpecific() {
		return typeSpecific;
	}

	/** Whether this act leaves the state unchanged: a notice or an edit. */
	public boolean notice() {
		return to == null;
	}

	private static Set<CaseStatus> preservationOpen() {
		Set<CaseStatus> states = EnumSet.copyOf(CaseStatus.inExchange());
		states.add(EXECUTED);
		return states;
	}

	/** The state after this act performed in {@code current}. */
	CaseStatus next(CaseStatus current) {
		return to == null ? current : to;
	}
}
