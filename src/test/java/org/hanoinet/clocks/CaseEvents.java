package org.hanoinet.clocks;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.CaseEvent;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseStatus;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.shared.AuthorityId;

/** Case events as the cooperation module publishes them, for clock tests. */
public final class CaseEvents {

	static final AuthorityId ACTOR = new AuthorityId(UUID.fromString("00000000-0000-0000-0000-00000000c10c"));

	private CaseEvents() {
	}

	/** A new case id, so each test has cases of its own. */
	public static CaseId newCase() {
		return new CaseId(UUID.randomUUID());
	}

	public static CaseEvent event(CaseId caseId, CaseType type, Act act, Instant at) {
		return event(caseId, type, act, at, Map.of());
	}

	public static CaseEvent event(CaseId caseId, CaseType type, Act act, Instant at, Map<String, String> details) {
		CaseStatus status = act.to().orElse(CaseStatus.UNDER_REVIEW);
		return new CaseEvent(UUID.randomUUID(), caseId, 1, type, act, status, ACTOR, "clock-test", at, new TreeMap<>(details),
				CaseEvent.GENESIS);
	}

	/** The approval that sends a request from {@code requesting} to {@code requested} with the given urgency. */
	public static CaseEvent approval(CaseId caseId, CaseType type, String urgency, String requesting, String requested,
			Instant at) {
		return event(caseId, type, Act.APPROVE, at,
				Map.of("urgency", urgency, "requestingState", requesting, "requestedState", requested));
	}
}
