package org.hanoinet.treaty;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The state of the Convention on a date, as the depositary would report it that evening.
 *
 * @param date the date asked
 * @param participants every participant's position on that date
 * @param instrumentsCounted instruments deposited by that date that count toward entry into force
 * @param instrumentsNeeded how many counted instruments bring it into force (40)
 * @param entryIntoForce the date of entry into force once the deciding instrument is deposited; null before
 */
public record ConventionStatus(LocalDate date, List<ParticipantStatus> participants, int instrumentsCounted, int instrumentsNeeded,
		LocalDate entryIntoForce) {

	/** Whether the Convention is in force on the date asked. */
	public boolean inForce() {
		return entryIntoForce != null && !entryIntoForce.isAfter(date);
	}

	/** Instruments still missing before the entry-into-force date is fixed; 0 once it is. */
	public int instrumentsMissing() {
		return Math.max(0, instrumentsNeeded - instrumentsCounted);
	}

	public long signatories() {
		return count(ParticipantStatus::signed);
	}

	/** Participants bound by their consent, the European Union included. */
	public long contracting() {
		return count(ParticipantStatus::contracting);
	}

	/** Participants for which the Convention is in force, the European Union included. */
	public long parties() {
		return count(ParticipantStatus::party);
	}

	/** Signatories by regional group; every group is present, with 0 where nobody has signed. */
	public Map<RegionalGroup, Long> signatoriesByGroup() {
		return byGroup(ParticipantStatus::signed);
	}

	public Map<RegionalGroup, Long> partiesByGroup() {
		return byGroup(ParticipantStatus::party);
	}

	public Map<RegionalGroup, Long> byGroup(Predicate<ParticipantStatus> which) {
		Map<RegionalGroup, Long> counts = new EnumMap<>(RegionalGroup.class);
		for (RegionalGroup group : RegionalGroup.values()) {
			counts.put(group, 0L);
		}
		participants.stream().filter(which).forEach(status -> counts.merge(status.participant().group(), 1L, Long::sum));
		return counts;
	}

	public ParticipantStatus of(ParticipantCode code) {
		return participants.stream().filter(status -> status.participant().code().equals(code)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No participant " + code));
	}

	private long count(Predicate<ParticipantStatus> which) {
		return participants.stream().filter(which).count();
	}
}
