package org.hanoinet.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hanoinet.cooperation.CaseFixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class EventChainTests {

	@Test
	void eachEventNamesItsSequenceActorTimeAndThePreviousEventsHash() {
		Case request = inConsultation(CaseType.PRESERVATION);
		List<CaseEvent> events = request.events();

		assertThat(events).extracting(CaseEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
		assertThat(events.getFirst().previousHash()).isEqualTo(CaseEvent.GENESIS);
		for (int index = 1; index < events.size(); index++) {
			assertThat(events.get(index).previousHash()).isEqualTo(events.get(index - 1).hash());
		}
		assertThat(events.get(2).actorAuthority()).isEqualTo(VIET_NAM_POINT_OF_CONTACT);
		assertThat(events.get(2).actorUser()).isEqualTo("vn-supervisor");
		assertThat(events.get(3).actorAuthority()).isEqualTo(THAILAND_POINT_OF_CONTACT);
		assertThat(events).allSatisfy(event -> assertThat(event.occurredAt()).isEqualTo(START));
		assertThat(EventChain.isIntact(events)).isTrue();
	}

	@Test
	void tamperingWithOneEventBreaksTheChainAtTheNextEvent() {
		List<CaseEvent> events = new ArrayList<>(inConsultation(CaseType.PRESERVATION).events());
		CaseEvent delivery = events.get(3);
		events.set(3, new CaseEvent(delivery.id(), delivery.caseId(), delivery.sequence(), delivery.type(), delivery.act(),
				delivery.status(), delivery.actorAuthority(), "someone-else", delivery.occurredAt(), delivery.details(),
				delivery.previousHash()));

		assertThat(EventChain.firstBreak(events)).hasValueSatisfying(
				reason -> assertThat(reason).startsWith("Event 5 does not follow from event 4"));
	}

	@Test
	void changingAReasonBreaksTheChain() {
		List<CaseEvent> events = new ArrayList<>(inConsultation(CaseType.MUTUAL_LEGAL_ASSISTANCE).events());
		CaseEvent consultation = events.getLast();
		TreeMap<String, String> changed = new TreeMap<>(consultation.details());
		changed.put("subject", "Something else");
		CaseEvent forged = new CaseEvent(consultation.id(), consultation.caseId(), consultation.sequence(),
				consultation.type(), consultation.act(), consultation.status(), consultation.actorAuthority(),
				consultation.actorUser(), consultation.occurredAt(), changed, consultation.previousHash());

		assertThat(forged.hash()).isNotEqualTo(consultation.hash());
	}

	@Test
	void aMissingEventBreaksTheChain() {
		List<CaseEvent> events = new ArrayList<>(inConsultation(CaseType.PRESERVATION).events());
		events.remove(2);

		assertThat(EventChain.firstBreak(events)).hasValue("Event 3 carries sequence number 4.");
	}

	@Test
	void theAuditLogGetsIdsAndHashesButNoReasons() {
		Case request = inConsultation(CaseType.MUTUAL_LEGAL_ASSISTANCE);
		CaseEvent consultation = request.events().getLast();

		assertThat(consultation.auditType()).isEqualTo("cooperation.case-consult");
		assertThat(consultation.auditFields()).containsEntry("case", request.id().toString())
			.containsEntry("sequence", "7")
			.containsEntry("hash", consultation.hash())
			.doesNotContainValue("Could the data be provided on conditions?");
	}
}
