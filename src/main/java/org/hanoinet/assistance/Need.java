package org.hanoinet.assistance;

import java.time.Instant;
import java.util.List;

import org.hanoinet.shared.CountryCode;

/**
 * A State's need for technical assistance or capacity-building (art. 54). Unlike an offer, it is not shown to every
 * State: only the secretariat and the States the recording State chose see it.
 *
 * @param id identifies the need
 * @param state the State that needs the assistance
 * @param kind what kind of assistance it needs
 * @param particulars what the need says
 * @param visibleTo the other States that may see it, possibly none
 * @param recordedBy the user or token that recorded it
 * @param recordedAt when it was recorded
 */
public record Need(NeedId id, CountryCode state, NeedKind kind, Particulars particulars, List<CountryCode> visibleTo,
		String recordedBy, Instant recordedAt) {

	public Need {
		visibleTo = List.copyOf(visibleTo);
	}
}
