package org.hanoinet.cooperation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;

/** Two authorities on either side of a case and the people who act for them. */
public final class CaseFixtures {

	static final AuthorityId VIET_NAM_POINT_OF_CONTACT = new AuthorityId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));

	static final AuthorityId THAILAND_POINT_OF_CONTACT = new AuthorityId(UUID.fromString("00000000-0000-0000-0000-0000000000b2"));

	static final Party VIET_NAM = new Party(CountryCode.of("VN"), VIET_NAM_POINT_OF_CONTACT);

	static final Party THAILAND = new Party(CountryCode.of("TH"), THAILAND_POINT_OF_CONTACT);

	static final Actor DRAFTER = new Actor(VIET_NAM_POINT_OF_CONTACT, VIET_NAM.state(), "vn-officer", false);

	static final Actor REQUESTING_SUPERVISOR = new Actor(VIET_NAM_POINT_OF_CONTACT, VIET_NAM.state(), "vn-supervisor", true);

	static final Actor REQUESTED_OFFICER = new Actor(THAILAND_POINT_OF_CONTACT, THAILAND.state(), "th-officer", false);

	static final Actor REQUESTED_SUPERVISOR = new Actor(THAILAND_POINT_OF_CONTACT, THAILAND.state(), "th-supervisor", true);

	static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

	private CaseFixtures() {
	}

	static Clock clock() {
		return Clock.fixed(START, ZoneOffset.UTC);
	}

	static Case draft(CaseType type) {
		return Case.draft(new CaseId(UUID.randomUUID()), type, VIET_NAM, THAILAND, complete(type), DRAFTER, clock());
	}

	/** A complete request of {@code type}, sent, delivered, acknowledged and under review by the requested side. */
	static Case underReview(CaseType type) {
		Case request = draft(type);
		request.submitForApproval(DRAFTER);
		request.approve(REQUESTING_SUPERVISOR);
		request.recordDelivery(REQUESTED_OFFICER);
		request.acknowledge(REQUESTED_OFFICER);
		request.startReview(REQUESTED_OFFICER);
		return request;
	}

	/** The same request, accepted and being executed. */
	static Case executing(CaseType type) {
		Case request = underReview(type);
		request.accept(REQUESTED_OFFICER);
		request.startExecution(REQUESTED_OFFICER);
		return request;
	}

	/** Contents that answer every element of the type's form, on a treaty basis. */
	public static RequestContents complete(CaseType type) {
		Map<FormElement, String> answers = new EnumMap<>(FormElement.class);
		for (FormElement.Requirement requirement : type.form()) {
			answers.put(requirement.element(), switch (requirement.element().kind()) {
				case TEXT -> "Answer to " + requirement.element().label();
				case DAYS -> "30";
				case ASSISTANCE_TYPES -> "STORED_DATA";
				case AFFIRMATION -> "yes";
				case MONTHS -> "36";
				case AMOUNT -> "250000 USD";
				case CHOICE, CHOICES -> requirement.element().options().getFirst();
			});
		}
		return new RequestContents(LegalBasis.treaty("Treaty on Mutual Legal Assistance in Criminal Matters (demo)"),
				new OffenceBasis(OffenceBasis.Kind.CONVENTION_OFFENCE, 7, null),
				type == CaseType.EMERGENCY_DISCLOSURE ? Urgency.EMERGENCY : Urgency.URGENT, "en", Conditions.NONE, answers,
				null);
	}

	/** The contents of {@code full} without {@code element}. */
	static RequestContents without(RequestContents full, FormElement element) {
		Map<FormElement, String> answers = new EnumMap<>(FormElement.class);
		answers.putAll(full.elements());
		answers.remove(element);
		return new RequestContents(full.legalBasis(), full.offenceBasis(), full.urgency(), full.language(), full.conditions(),
				answers, full.follows());
	}

	/** A case of the given type brought to consultation, where refusal and postponement become possible. */
	static Case inConsultation(CaseType type) {
		Case request = underReview(type);
		request.assistance().consult(REQUESTED_OFFICER, "Could the data be provided on conditions?");
		return request;
	}
}
