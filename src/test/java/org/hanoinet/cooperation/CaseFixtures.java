package org.hanoinet.cooperation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;

/** Two authorities on either side of a case and the people who act for them. */
final class CaseFixtures {

	static final AuthorityId VIET_NAM_POINT_OF_CONTACT = new AuthorityId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));

	static final AuthorityId THAILAND_POINT_OF_CONTACT = new AuthorityId(UUID.fromString("00000000-0000-0000-0000-0000000000b2"));

	static final Party VIET_NAM = new Party(CountryCode.of("VN"), VIET_NAM_POINT_OF_CONTACT);

	static final Party THAILAND = new Party(CountryCode.of("TH"), THAILAND_POINT_OF_CONTACT);

	static final Actor DRAFTER = new Actor(VIET_NAM_POINT_OF_CONTACT, "vn-officer", false);

	static final Actor REQUESTING_SUPERVISOR = new Actor(VIET_NAM_POINT_OF_CONTACT, "vn-supervisor", true);

	static final Actor REQUESTED_OFFICER = new Actor(THAILAND_POINT_OF_CONTACT, "th-officer", false);

	static final Actor REQUESTED_SUPERVISOR = new Actor(THAILAND_POINT_OF_CONTACT, "th-supervisor", true);

	static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

	private CaseFixtures() {
	}

	static Clock clock() {
		return Clock.fixed(START, ZoneOffset.UTC);
	}

	static Case draft(CaseType type) {
		return Case.draft(new CaseId(UUID.randomUUID()), type, VIET_NAM, THAILAND, DRAFTER, clock());
	}

	/** A case of the given type brought to consultation, where refusal and postponement become possible. */
	static Case inConsultation(CaseType type) {
		Case request = draft(type);
		request.submitForApproval(DRAFTER);
		request.approve(REQUESTING_SUPERVISOR);
		request.recordDelivery(REQUESTED_OFFICER);
		request.acknowledge(REQUESTED_OFFICER);
		request.startReview(REQUESTED_OFFICER);
		request.consult(REQUESTED_OFFICER, "Could the data be provided on conditions?");
		return request;
	}
}
