package org.hanoinet.cooperation;

import java.time.Instant;

/**
 * One line of an inbox or an outbox: what a case is, where it stands and when it last moved.
 *
 * @param id the case
 * @param type its type
 * @param status where it stands
 * @param urgency how fast the answer is needed
 * @param requesting the requesting side
 * @param requested the requested side
 * @param createdAt when it was drafted
 * @param updatedAt when its last act happened
 */
public record CaseSummary(CaseId id, CaseType type, CaseStatus status, Urgency urgency, Party requesting, Party requested,
		Instant createdAt, Instant updatedAt) {
}
