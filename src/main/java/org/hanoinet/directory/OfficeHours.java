package org.hanoinet.directory;

import java.time.LocalTime;

import org.hanoinet.shared.InvalidValue;

/**
 * The daily hours of an authority that does not work around the clock, in its own time zone.
 *
 * @param opens when it opens, e.g. 08:00
 * @param closes when it closes, after it opens
 */
public record OfficeHours(LocalTime opens, LocalTime closes) {

	public OfficeHours {
		if (opens == null || closes == null) {
			throw new InvalidValue("officeHours", "Office hours need an opening and a closing time.");
		}
		if (!closes.isAfter(opens)) {
			throw new InvalidValue("officeHours", "Office hours close (" + closes + ") before they open (" + opens + ").");
		}
	}
}
