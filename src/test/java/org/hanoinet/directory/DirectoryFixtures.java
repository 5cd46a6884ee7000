package org.hanoinet.directory;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;

/** Authorities and nodes for directory tests. */
public final class DirectoryFixtures {

	public static final Instant DESIGNATED = Instant.parse("2026-01-01T00:00:00Z");

	private DirectoryFixtures() {
	}

	public static Authority pointOfContact(String state, String zone) {
		return new Authority(new AuthorityId(UUID.randomUUID()), CountryCode.of(state), AuthorityKind.POINT_OF_CONTACT,
				"National Cybercrime Unit of " + state, null, "24x7@" + state.toLowerCase() + ".example.org", "+1 555 0100",
				List.of("en"), ZoneId.of(zone), Availability.ROUND_THE_CLOCK, null, new Designation(DESIGNATED, null));
	}

	public static Authority centralAuthority(String state) {
		return new Authority(new AuthorityId(UUID.randomUUID()), CountryCode.of(state), AuthorityKind.CENTRAL_AUTHORITY,
				"Ministry of Justice of " + state, "Bộ Tư pháp", "mla@" + state.toLowerCase() + ".example.org",
				"+84 24 0000 0000", List.of("vi", "en"), ZoneId.of("Asia/Ho_Chi_Minh"), Availability.OFFICE_HOURS,
				new OfficeHours(java.time.LocalTime.of(8, 0), java.time.LocalTime.of(17, 0)), new Designation(DESIGNATED, null));
	}
}
