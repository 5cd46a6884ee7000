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

/**
 * A kind of cooperation request by the article of Chapter V that governs it: its usual channel, the part of
 * the generic lifecycle it allows and the grounds on which it may be refused. Adding a type means adding a
 * constant here and its form's required contents.
 */
public enum CaseType {

	/** Expedited preservation of stored electronic data (art. 42): refused only on essential interests or discrimination. */
	PRESERVATION(42, Channel.POINT_OF_CONTACT, without(CaseStatus.POSTPONED, CaseStatus.PARTIALLY_EXECUTED),
			EnumSet.of(ESSENTIAL_INTERESTS, DISCRIMINATION),
			List.of(required(OFFENCE_AND_FACTS, "art. 42, item 2"), required(DATA_AND_RELATION, "art. 42, item 3"),
					required(CUSTODIAN_OR_LOCATION, "art. 42, item 4"), required(NECESSITY, "art. 42, item 5"),
					required(INTENT_TO_REQUEST_ASSISTANCE, "art. 42, item 6")),
			EnumSet.of(Act.WARN_PRESERVATION_AT_RISK, Act.EXTEND_PRESERVATION)),

	/** Expedited disclosure of preserved traffic data (art. 43), usually inside a preservation case. */
	TRAFFIC_DATA_DISCLOSURE(43, Channel.POINT_OF_CONTACT, without(CaseStatus.POSTPONED),
			EnumSet.of(ESSENTIAL_INTERESTS, DISCRIMINATION),
			List.of(required(OFFENCE_AND_FACTS, "art. 43"), required(COMMUNICATION, "art. 43")), Set.of()),

	/** Mutual legal assistance in accessing stored electronic data: search, seizure, disclosure (art. 44). */
	STORED_DATA_ACCESS(44, Channel.CENTRAL_AUTHORITY, EnumSet.allOf(CaseStatus.class), EnumSet.allOf(RefusalGround.class),
			mutualLegalAssistance(required(DATA_AND_RELATION, "art. 44")), Set.of()),

	/** Mutual legal assistance in the real-time collection of traffic data (art. 45). */
	REAL_TIME_TRAFFIC_DATA(45, Channel.CENTRAL_AUTHORITY, EnumSet.allOf(CaseStatus.class),
			EnumSet.allOf(RefusalGround.class), realTimeCollection(45), Set.of()),

	/** Mutual legal assistance in the interception of content data (art. 46). */
	CONTENT_INTERCEPTION(46, Channel.CENTRAL_AUTHORITY, EnumSet.allOf(CaseStatus.class),
			EnumSet.allOf(RefusalGround.class), realTimeCollection(46), Set.of()),

	/** General mutual legal assistance, with any of the assistance types of art. 40. */
	MUTUAL_LEGAL_ASSISTANCE(40, Channel.CENTRAL_AUTHORITY, EnumSet.allOf(CaseStatus.class),
			EnumSet.allOf(RefusalGround.class), mutualLegalAssistance(), Set.of()),

	/** Electronic data to avert a significant and imminent risk to life or safety (art. 41(3)(e)); never postponed. */
	EMERGENCY_DISCLOSURE(41, Channel.POINT_OF_CONTACT, without(CaseStatus.POSTPONED), EnumSet.allOf(RefusalGround.class),
			List.of(required(EMERGENCY_RISK, "arts. 2 and 41"), required(DATA_AND_RELATION, "art. 41"),
					optional(CUSTODIAN_OR_LOCATION, "art. 41")),
			Set.of());

	private final int article;

	private final Channel usualChannel;

	private final Set<CaseStatus> lifecycle;

	private final Set<RefusalGround> refusalGrounds;

	private final List<Requirement> form;

	private final Set<Act> specificActs;

	CaseType(int article, Channel usualChannel, Set<CaseStatus> lifecycle, Set<RefusalGround> refusalGrounds,
			List<Requirement> form, Set<Act> specificActs) {
		this.form = List.copyOf(form);
		this.specificActs = specificActs.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(specificActs));
		this.article = article;
		this.usualChannel = usualChannel;
		this.lifecycle = Collections.unmodifiableSet(lifecycle);
		this.refusalGrounds = Collections.unmodifiableSet(refusalGrounds);
	}

	/** The article of the Convention that governs this type of request. */
	public int article() {
		return article;
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

	/** The elements of this type's form, in the order the article lists them, with where it asks for each. */
	public List<Requirement> form() {
		return form;
	}

	/** The acts only this type (and the others naming them) allows, such as extending a preservation. */
	public Set<Act> specificActs() {
		return specificActs;
	}

	/** Whether {@code act} may be performed on a case of this type in state {@code status}. */
	public boolean allows(Act act, CaseStatus status) {
		if (act.typeSpecific() && !specificActs.contains(act)) {
			return false;
		}
		return lifecycle.contains(status) && act.from().contains(status) && lifecycle.contains(act.next(status));
	}

	/** The contents (b) to (g) of art. 40, followed by what the specific article adds. */
	private static List<Requirement> mutualLegalAssistance(Requirement... specific) {
		List<Requirement> form = new ArrayList<>(List.of(required(SUBJECT_OF_PROCEEDINGS, "art. 40, (b)"),
				required(SUMMARY_OF_FACTS, "art. 40, (c)"), required(ASSISTANCE_TYPES, "art. 40, (d)"),
				required(ASSISTANCE_SOUGHT, "art. 40, (d)"), optional(PERSONS_CONCERNED, "art. 40, (e)"),
				optional(TIME_PERIOD, "art. 40, (f)"), required(PURPOSE, "art. 40, (g)")));
		form.addAll(List.of(specific));
		return form;
	}

	/** The six items of arts. 45 and 46; the requesting authority (item 1) is the case's requesting side. */
	private static List<Requirement> realTimeCollection(int article) {
		String at = "art. " + article + ", item ";
		return List.of(required(SUMMARY_OF_FACTS, at + 2), required(DATA_AND_RELATION, at + 3),
				optional(OWNER_OR_LOCATION, at + 4), required(NECESSITY, at + 5), required(COLLECTION_PERIOD_DAYS, at + 6),
				required(PERIOD_JUSTIFICATION, at + 6));
	}

	private static Requirement required(FormElement element, String reference) {
		return new Requirement(element, true, reference);
	}

	private static Requirement optional(FormElement element, String reference) {
		return new Requirement(element, false, reference);
	}

	private static Set<CaseStatus> without(CaseStatus... excluded) {
		Set<CaseStatus> states = EnumSet.allOf(CaseStatus.class);
		states.removeAll(Set.of(excluded));
		return states;
	}
}
