package org.hanoinet.cooperation;

import static org.hanoinet.cooperation.FormElement.*;
import static org.hanoinet.cooperation.RefusalGround.DISCRIMINATION;
import static org.hanoinet.cooperation.RefusalGround.ESSENTIAL_INTERESTS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.hanoinet.cooperation.FormElement.Requirement;
import org.hanoinet.law.LegalRules;

/**
 * A kind of cooperation request by the article of Chapter V that governs it: its usual channel, the part of
 * the generic lifecycle it allows and the grounds on which it may be refused. Adding a type means adding a
 * constant here, its form's contents, and a row of {@code law/rules.csv} for each item and ground.
 */
public enum CaseType {

	/** Expedited preservation of stored electronic data (art. 42): refused only on essential interests or discrimination. */
	PRESERVATION(42, Channel.POINT_OF_CONTACT, without(CaseStatus.POSTPONED, CaseStatus.PARTIALLY_EXECUTED),
			EnumSet.of(ESSENTIAL_INTERESTS, DISCRIMINATION),
			List.of(required(OFFENCE_AND_FACTS), required(DATA_AND_RELATION),
					required(CUSTODIAN_OR_LOCATION), required(NECESSITY),
					required(INTENT_TO_REQUEST_ASSISTANCE)),
			EnumSet.of(Act.WARN_PRESERVATION_AT_RISK, Act.EXTEND_PRESERVATION, Act.GRANT_PRESERVATION_EXTENSION,
					Act.DECLINE_PRESERVATION_EXTENSION)),

	/** Expedited disclosure of preserved traffic data (art. 43), usually inside a preservation case. */
	TRAFFIC_DATA_DISCLOSURE(43, Channel.POINT_OF_CONTACT, without(CaseStatus.POSTPONED),
			EnumSet.of(ESSENTIAL_INTERESTS, DISCRIMINATION),
			List.of(required(OFFENCE_AND_FACTS), required(COMMUNICATION)), Set.of()),

	/** Mutual legal assistance in accessing stored electronic data: search, seizure, disclosure (art. 44). */
	STORED_DATA_ACCESS(44, Channel.CENTRAL_AUTHORITY, EnumSet.allOf(CaseStatus.class), RefusalGround.article40(),
			mutualLegalAssistance(required(DATA_AND_RELATION)), Set.of()),

	/** Mutual legal assistance in the real-time collection of traffic data (art. 45). */
	REAL_TIME_TRAFFIC_DATA(45, Channel.CENTRAL_AUTHORITY, EnumSet.allOf(CaseStatus.class),
			RefusalGround.article40(), realTimeCollection(), Set.of()),

	/** Mutual legal assistance in the interception of content data (art. 46). */
	CONTENT_INTERCEPTION(46, Channel.CENTRAL_AUTHORITY, EnumSet.allOf(CaseStatus.class),
			RefusalGround.article40(), realTimeCollection(), Set.of()),

	/** General mutual legal assistance, with any of the assistance types of art. 40. */
	MUTUAL_LEGAL_ASSISTANCE(40, Channel.CENTRAL_AUTHORITY, EnumSet.allOf(CaseStatus.class),
			RefusalGround.article40(), mutualLegalAssistance(), Set.of()),

	/** Electronic data to avert a significant and imminent risk to life or safety (art. 41(3)(e)); never postponed. */
	EMERGENCY_DISCLOSURE(41, Channel.POINT_OF_CONTACT, without(CaseStatus.POSTPONED), RefusalGround.article40(),
			List.of(required(EMERGENCY_RISK), required(DATA_AND_RELATION),
					optional(CUSTODIAN_OR_LOCATION)),
			Set.of()),

	// Part 2 (#10): people, money and the police channel. Constants are only ever appended.

	/**
	 * Extradition of a person sought for a Convention offence (art. 37): both States punish it with at least one
	 * year; refused on non-discrimination, nationality, dual criminality or a ground of the law or treaty, never on
	 * fiscal matters alone, after a consultation where appropriate.
	 */
	EXTRADITION(37, Channel.DIPLOMATIC, EnumSet.allOf(CaseStatus.class), extraditionGrounds(),
			List.of(required(PERSON_SOUGHT), required(PERSON_NATIONALITY),
					required(PERSON_LOCATION), required(OFFENCES),
					required(MAX_PENALTY_REQUESTING_MONTHS),
					required(MAX_PENALTY_REQUESTED_MONTHS), required(WARRANT_OR_JUDGMENT)),
			EnumSet.of(Act.REQUEST_PROSECUTION_INSTEAD, Act.OFFER_CONDITIONAL_SURRENDER)),

	/** Provisional arrest of the person sought, when urgent, pending the extradition request (art. 37). */
	PROVISIONAL_ARREST(37, Channel.INTERPOL, without(CaseStatus.POSTPONED, CaseStatus.PARTIALLY_EXECUTED),
			extraditionGrounds(),
			List.of(required(PERSON_SOUGHT), required(PERSON_NATIONALITY),
					required(PERSON_LOCATION), required(OFFENCES),
					required(MAX_PENALTY_REQUESTING_MONTHS),
					required(MAX_PENALTY_REQUESTED_MONTHS), required(WARRANT_OR_JUDGMENT),
					required(URGENCY_REASONS), required(INTENT_TO_REQUEST_EXTRADITION)),
			Set.of()),

	/** Transfer of a sentenced person to serve the sentence at home, under the instrument that governs it (art. 38). */
	SENTENCED_PERSON_TRANSFER(38, Channel.CENTRAL_AUTHORITY, without(CaseStatus.PARTIALLY_EXECUTED), transferGrounds(),
			List.of(required(PERSON_SOUGHT), required(PERSON_NATIONALITY),
					required(SENTENCE), optional(PERSON_CONSENT),
					required(GOVERNING_INSTRUMENT)),
			EnumSet.of(Act.HAND_OVER_FILE)),

	/** Transfer of criminal proceedings to the State better placed to prosecute (art. 39), and after a refusal to extradite a national (art. 37). */
	PROCEEDINGS_TRANSFER(39, Channel.CENTRAL_AUTHORITY, without(CaseStatus.PARTIALLY_EXECUTED), transferGrounds(),
			List.of(required(PERSON_SOUGHT), required(OFFENCES), required(PROCEEDINGS_FILE),
					required(TRANSFER_REASONS), required(GOVERNING_INSTRUMENT)),
			EnumSet.of(Act.HAND_OVER_FILE)),

	/** Police-to-police inquiries between competent law-enforcement authorities, lighter than mutual legal assistance (art. 47). */
	LAW_ENFORCEMENT_INFORMATION(47, Channel.LAW_ENFORCEMENT, without(CaseStatus.POSTPONED),
			EnumSet.of(ESSENTIAL_INTERESTS, RefusalGround.BARRED_BY_DOMESTIC_LAW, DISCRIMINATION),
			List.of(required(INQUIRY_KINDS), required(INQUIRY_SUBJECT),
					required(SUMMARY_OF_FACTS), required(PURPOSE)),
			Set.of()),

	/**
	 * Information sent without a prior request (arts. 40(4)-(5) and 51): one way, never refused; the receiver is
	 * bound by its confidentiality and use limits and notifies the sender before disclosing exculpatory information.
	 * The requesting side is the sender, the requested side the receiver.
	 */
	SPONTANEOUS_INFORMATION(51, Channel.CENTRAL_AUTHORITY,
			EnumSet.of(CaseStatus.DRAFT, CaseStatus.AWAITING_APPROVAL, CaseStatus.SENT, CaseStatus.DELIVERED,
					CaseStatus.ACKNOWLEDGED, CaseStatus.WITHDRAWN),
			EnumSet.noneOf(RefusalGround.class),
			List.of(required(INFORMATION_SHARED), required(SUMMARY_OF_FACTS),
					optional(USE_LIMITS), optional(PERSONAL_DATA)),
			EnumSet.of(Act.NOTIFY_EXCULPATORY_DISCLOSURE, Act.DISCLOSE_EXCULPATORY, Act.AUTHORIZE_FORWARDING,
					Act.FORWARD_TO_THIRD_STATE)),

	/** A joint investigation: the proposal, the agreement on its terms, and the workspace of both sides' cases (art. 48). */
	JOINT_INVESTIGATION(48, Channel.CENTRAL_AUTHORITY, without(CaseStatus.ACCEPTED_WITH_CONDITIONS),
			EnumSet.of(ESSENTIAL_INTERESTS, RefusalGround.LAW_OR_TREATY_GROUND),
			List.of(required(JIT_PURPOSE), required(SUMMARY_OF_FACTS),
					required(JIT_PARTICIPANTS), required(JIT_DURATION_DAYS),
					required(JIT_WORK_LOCATION)),
			EnumSet.of(Act.AGREE_JOINT_INVESTIGATION), EnumSet.of(Act.ACCEPT, Act.ACCEPT_WITH_CONDITIONS)),

	/**
	 * Confiscation: obtaining an order in the requested State (art. 50(1)(a)) or giving effect to the requesting State's
	 * (art. 50(1)(b)). As in the model (UNCAC 55(3)), the contents of every mutual legal assistance request come first.
	 */
	CONFISCATION(50, Channel.CENTRAL_AUTHORITY, EnumSet.allOf(CaseStatus.class), assetGrounds(),
			mutualLegalAssistance(required(CONFISCATION_ROUTE), required(PROPERTY),
					optional(ESTIMATED_VALUE), optional(VIRTUAL_ASSETS),
					when(ORDER_COPY, "CONFISCATION_ROUTE=FOREIGN_ORDER"),
					when(ORDER_FINAL, "CONFISCATION_ROUTE=FOREIGN_ORDER"),
					when(THIRD_PARTY_NOTICE, "CONFISCATION_ROUTE=FOREIGN_ORDER"),
					when(EXECUTION_EXTENT, "CONFISCATION_ROUTE=FOREIGN_ORDER")),
			EnumSet.of(Act.DECIDE_RETURN)),

	/**
	 * Identification, tracing, freezing or seizure with a view to confiscation (art. 50(2)); lifted only after the
	 * requesting State could argue. It carries the contents of every mutual legal assistance request (UNCAC 55(3)); the
	 * property must be described only to freeze or seize it, since identifying and tracing often start without it.
	 */
	PROVISIONAL_MEASURES(50, Channel.CENTRAL_AUTHORITY, EnumSet.allOf(CaseStatus.class), assetGrounds(),
			mutualLegalAssistance(required(MEASURES_REQUESTED), when(PROPERTY, "MEASURES_REQUESTED=FREEZE|SEIZE"),
					optional(ESTIMATED_VALUE), optional(VIRTUAL_ASSETS), optional(ORDER_COPY)),
			EnumSet.of(Act.INVITE_REASONS_TO_MAINTAIN, Act.PRESENT_REASONS_TO_MAINTAIN, Act.LIFT_MEASURE)),

	/** Return or disposal of confiscated property, with deductions for reasonable expenses and any sharing (art. 52). */
	ASSET_RETURN(52, Channel.CENTRAL_AUTHORITY, EnumSet.allOf(CaseStatus.class),
			EnumSet.of(ESSENTIAL_INTERESTS, RefusalGround.LAW_OR_TREATY_GROUND),
			List.of(required(CONFISCATION_REFERENCE), required(PROPERTY),
					required(ESTIMATED_VALUE), required(RETURN_PURPOSE),
					optional(SHARING_PROPOSAL)),
			EnumSet.of(Act.DECIDE_RETURN));

	private final int article;

	private final Channel usualChannel;

	private final Set<CaseStatus> lifecycle;

	private final Set<RefusalGround> refusalGrounds;

	private final List<Requirement> form;

	private final Set<Act> specificActs;

	private final Set<Act> withheldActs;

	CaseType(int article, Channel usualChannel, Set<CaseStatus> lifecycle, Set<RefusalGround> refusalGrounds,
			List<Requirement> form, Set<Act> specificActs) {
		this(article, usualChannel, lifecycle, refusalGrounds, form, specificActs, Set.of());
	}

	CaseType(int article, Channel usualChannel, Set<CaseStatus> lifecycle, Set<RefusalGround> refusalGrounds,
			List<Requirement> form, Set<Act> specificActs, Set<Act> withheldActs) {
		this.withheldActs = withheldActs.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(withheldActs));
		this.form = form.stream().map(this::cited).toList();
		this.specificActs = specificActs.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(specificActs));
		this.article = article;
		this.usualChannel = usualChannel;
		this.lifecycle = Collections.unmodifiableSet(lifecycle);
		this.refusalGrounds = Collections.unmodifiableSet(refusalGrounds);
	}

	/** The row of the rules table that says where the Convention asks for {@code element} in a request of this type. */
	public String contentsRule(FormElement element) {
		return "contents." + name() + "." + element.name();
	}

	/** The row of the rules table for refusing a request of this type on {@code ground}. */
	public String groundRule(RefusalGround ground) {
		return "ground." + name() + "." + ground.name();
	}

	/** The requirement with the reference its row of the rules table gives, so that a reference is corrected in one place. */
	private Requirement cited(Requirement requirement) {
		return new Requirement(requirement.element(), requirement.required(),
				LegalRules.cite(contentsRule(requirement.element())), requirement.when());
	}

	/** The article of the Convention that governs this type of request. */
	public int article() {
		return article;
	}

	/**
	 * Whether, on the Convention as legal basis, this type may seek the electronic evidence of any serious crime
	 * (art. 35(1)(c)): only the requests of arts. 40 to 46 may (art. 35(2)); the others need an offence the
	 * Convention establishes.
	 */
	public boolean servesSeriousCrimeEvidence() {
		return article >= 40 && article <= 46;
	}

	/** The channel such requests normally take. */
	public Channel usualChannel() {
		return usualChannel;
	}

	/** The states of the generic lifecycle a case of this type can be in. */
	public Set<CaseStatus> lifecycle() {
		return lifecycle;
	}

	/** The grounds on which a request of this type may be refused. */
	public Set<RefusalGround> refusalGrounds() {
		return refusalGrounds;
	}

	/**
	 * The grounds on which a request of this type may be refused only by a State that made a reservation for them:
	 * for preservation, the lack of dual criminality (the Budapest 29(4) pattern, where a State that requires dual
	 * criminality for mutual legal assistance may reserve the right to refuse preservation on it).
	 */
	public Set<RefusalGround> groundsByReservation() {
		return this == PRESERVATION ? Set.of(RefusalGround.NO_DUAL_CRIMINALITY) : Set.of();
	}

	/**
	 * The grounds on which a refusal of this type must follow a consultation of the requesting State: the closed
	 * list of art. 40 for mutual legal assistance (arts. 40, 44 to 46) and the asset measures that apply it (art.
	 * 50). The models ask for this consultation only there (UNTOC 18(26), UNCAC 46(26)); extradition consults only
	 * "where appropriate" (UNTOC 16(16), UNCAC 44(17)) and preservation has no such step (Budapest art. 29), so
	 * for the other types, and for the other grounds, a consultation is possible but not required.
	 */
	public Set<RefusalGround> groundsNeedingConsultation() {
		return switch (this) {
			case STORED_DATA_ACCESS, REAL_TIME_TRAFFIC_DATA, CONTENT_INTERCEPTION, MUTUAL_LEGAL_ASSISTANCE, CONFISCATION,
					PROVISIONAL_MEASURES -> RefusalGround.closedList();
			default -> Set.of();
		};
	}

	/** The elements of this type's form, in the order the article lists them, with where it asks for each. */
	public List<Requirement> form() {
		return form;
	}

	/** The acts only this type (and the others naming them) allows, such as asking for a further period of preservation. */
	public Set<Act> specificActs() {
		return specificActs;
	}

	/** Generic acts this type replaces by its own, such as a plain acceptance where an agreement on terms is needed. */
	public Set<Act> withheldActs() {
		return withheldActs;
	}

	/** Whether {@code act} may be performed on a case of this type in state {@code status}. */
	public boolean allows(Act act, CaseStatus status) {
		if (act.typeSpecific() && !specificActs.contains(act) || withheldActs.contains(act)) {
			return false;
		}
		return lifecycle.contains(status) && act.from().contains(status) && lifecycle.contains(act.next(status));
	}

	/** The contents (b) to (g) of art. 40, followed by what the specific article adds. */
	private static List<Requirement> mutualLegalAssistance(Requirement... specific) {
		List<Requirement> form = new ArrayList<>(List.of(required(SUBJECT_OF_PROCEEDINGS),
				required(SUMMARY_OF_FACTS), required(ASSISTANCE_TYPES),
				required(ASSISTANCE_SOUGHT), optional(PERSONS_CONCERNED),
				optional(TIME_PERIOD), required(PURPOSE)));
		form.addAll(List.of(specific));
		return form;
	}

	/** The six items of arts. 45 and 46; the requesting authority (item 1) is the case's requesting side. */
	private static List<Requirement> realTimeCollection() {
		return List.of(required(SUMMARY_OF_FACTS), required(DATA_AND_RELATION),
				optional(OWNER_OR_LOCATION), required(NECESSITY), required(COLLECTION_PERIOD_DAYS),
				required(PERIOD_JUSTIFICATION));
	}

	/** Art. 37: non-discrimination, nationality of the person sought, dual criminality, a ground of the law or treaty; never fiscal matters alone. */
	private static Set<RefusalGround> extraditionGrounds() {
		return EnumSet.of(DISCRIMINATION, RefusalGround.NATIONAL_OF_REQUESTED_STATE, RefusalGround.NO_DUAL_CRIMINALITY,
				RefusalGround.LAW_OR_TREATY_GROUND);
	}

	/** Arts. 38 and 39 set no grounds: those of the governing instrument or law, essential interests, non-discrimination. */
	private static Set<RefusalGround> transferGrounds() {
		return EnumSet.of(ESSENTIAL_INTERESTS, DISCRIMINATION, RefusalGround.LAW_OR_TREATY_GROUND);
	}

	/** Art. 50: the grounds of art. 40 (applied mutatis mutandis), insufficient evidence and de minimis value. */
	private static Set<RefusalGround> assetGrounds() {
		Set<RefusalGround> grounds = RefusalGround.article40();
		grounds.add(RefusalGround.INSUFFICIENT_EVIDENCE);
		grounds.add(RefusalGround.DE_MINIMIS);
		return grounds;
	}

	private static Requirement required(FormElement element) {
		return new Requirement(element, true, null);
	}

	private static Requirement optional(FormElement element) {
		return new Requirement(element, false, null);
	}

	/** An element required when another element has the answer {@code when}, e.g. "CONFISCATION_ROUTE=FOREIGN_ORDER". */
	private static Requirement when(FormElement element, String when) {
		return new Requirement(element, true, null, when);
	}

	private static Set<CaseStatus> without(CaseStatus... excluded) {
		Set<CaseStatus> states = EnumSet.allOf(CaseStatus.class);
		states.removeAll(Set.of(excluded));
		return states;
	}
}
