package org.hanoinet.cooperation;

import static org.hanoinet.cooperation.RefusalGround.DISCRIMINATION;
import static org.hanoinet.cooperation.RefusalGround.ESSENTIAL_INTERESTS;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A kind of cooperation request by the article of Chapter V that governs it: its usual channel, the part of
 * the generic lifecycle it allows and the grounds on which it may be refused. Adding a type means adding a
 * constant here and its form's required contents.
 */
public enum CaseType {

	/** Expedited preservation of stored electronic data (art. 42): refused only on essential interests or discrimination. */
	PRESERVATION(42, Channel.POINT_OF_CONTACT, without(CaseStatus.POSTPONED, CaseStatus.PARTIALLY_EXECUTED),
			EnumSet.of(ESSENTIAL_INTERESTS, DISCRIMINATION)),

	/** Expedited disclosure of preserved traffic data (art. 43), usually inside a preservation case. */
	TRAFFIC_DATA_DISCLOSURE(43, Channel.POINT_OF_CONTACT, without(CaseStatus.POSTPONED),
			EnumSet.of(ESSENTIAL_INTERESTS, DISCRIMINATION)),

	/** Mutual legal assistance in accessing stored electronic data: search, seizure, disclosure (art. 44). */
	STORED_DATA_ACCESS(44, Channel.CENTRAL_AUTHORITY, EnumSet.allOf(CaseStatus.class), EnumSet.allOf(RefusalGround.class)),

	/** Mutual legal assistance in the real-time collection of traffic data (art. 45). */
	REAL_TIME_TRAFFIC_DATA(45, Channel.CENTRAL_AUTHORITY, EnumSet.allOf(CaseStatus.class),
			EnumSet.allOf(RefusalGround.class)),

	/** Mutual legal assistance in the interception of content data (art. 46). */
	CONTENT_INTERCEPTION(46, Channel.CENTRAL_AUTHORITY, EnumSet.allOf(CaseStatus.class),
			EnumSet.allOf(RefusalGround.class)),

	/** General mutual legal assistance, with any of the assistance types of art. 40. */
	MUTUAL_LEGAL_ASSISTANCE(40, Channel.CENTRAL_AUTHORITY, EnumSet.allOf(CaseStatus.class),
			EnumSet.allOf(RefusalGround.class)),

	/** Electronic data to avert a significant and imminent risk to life or safety (art. 41(3)(e)); never postponed. */
	EMERGENCY_DISCLOSURE(41, Channel.POINT_OF_CONTACT, without(CaseStatus.POSTPONED), EnumSet.allOf(RefusalGround.class));

	private final int article;

	private final Channel usualChannel;

	private final Set<CaseStatus> lifecycle;

	private final Set<RefusalGround> refusalGrounds;

	CaseType(int article, Channel usualChannel, Set<CaseStatus> lifecycle, Set<RefusalGround> refusalGrounds) {
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

	/** Whether {@code act} may be performed on a case of this type in state {@code status}. */
	public boolean allows(Act act, CaseStatus status) {
		return lifecycle.contains(status) && act.from().contains(status) && lifecycle.contains(act.next(status));
	}

	private static Set<CaseStatus> without(CaseStatus... excluded) {
		Set<CaseStatus> states = EnumSet.allOf(CaseStatus.class);
		states.removeAll(Set.of(excluded));
		return states;
	}
}
