package org.hanoinet.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.hanoinet.NodeTest;
import org.hanoinet.audit.AuditLeaf;
import org.hanoinet.audit.AuditLog;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A case survives storage exactly: its chain reloads intact, is never rewritten, and every act is audited. */
@NodeTest
class CaseStorageIntegrationTests {

	static final AuthorityId VN_POINT_OF_CONTACT = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000002");

	static final AuthorityId BR_POINT_OF_CONTACT = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000004");

	static final Actor VN_OFFICER = new Actor(VN_POINT_OF_CONTACT, CountryCode.of("VN"), "vn-duty-officer", false);

	static final Actor VN_SUPERVISOR = new Actor(AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000001"), CountryCode.of("VN"),
			"vn-supervisor", true);

	static final Actor BR_OFFICER = new Actor(BR_POINT_OF_CONTACT, CountryCode.of("BR"), "br-duty-officer", false);

	@Autowired
	CaseManagement management;

	@Autowired
	Cases cases;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void reloadsACaseWithTheSameChainAndContentsItWasStoredWith() {
		Case sent = sentPreservation();

		Case reloaded = cases.find(sent.id()).orElseThrow();

		assertThat(reloaded.status()).isEqualTo(CaseStatus.DELIVERED);
		assertThat(reloaded.contents()).isEqualTo(sent.contents());
		assertThat(reloaded.events()).isEqualTo(sent.events());
		assertThat(EventChain.isIntact(reloaded.events())).isTrue();
		assertThat(reloaded.events().getLast().hash()).isEqualTo(jdbc
			.sql("select hash from cooperation_case_event where case_id = :id order by sequence desc limit 1")
			.param("id", sent.id().value()).query(String.class).single());
	}

	@Test
	void refusesASecondActBasedOnAStaleCopyOfTheCase() {
		Case sent = sentPreservation();
		Case first = cases.find(sent.id()).orElseThrow();
		Case stale = cases.find(sent.id()).orElseThrow();

		first.acknowledge(BR_OFFICER);
		cases.update(first);
		stale.acknowledge(BR_OFFICER);

		assertThatThrownBy(() -> cases.update(stale)).isInstanceOf(ConcurrentAct.class);
		assertThat(cases.find(sent.id()).orElseThrow().events()).hasSize(first.events().size());
	}

	@Test
	void theDatabaseRefusesToRewriteOrDeleteAnEvent() {
		Case sent = sentPreservation();

		assertThatThrownBy(() -> jdbc.sql("update cooperation_case_event set actor_user = 'someone-else' where case_id = :id")
			.param("id", sent.id().value()).update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from cooperation_case_event where case_id = :id")
			.param("id", sent.id().value()).update()).hasMessageContaining("append-only");
		assertThat(cases.find(sent.id()).orElseThrow().events()).hasSize(4);
	}

	@Test
	void everyActIsALeafOfTheAuditLogNamingTheCaseAndTheEventHash() {
		Case sent = sentPreservation();

		List<AuditLeaf> leaves = audit.search(sent.id().toString(), 20);

		assertThat(leaves).extracting(AuditLeaf::type).filteredOn(type -> type.startsWith("cooperation."))
			.containsExactlyInAnyOrder("cooperation.case-draft", "cooperation.case-submit-for-approval",
					"cooperation.case-approve", "cooperation.case-record-delivery");
		assertThat(leaves).extracting(AuditLeaf::type).contains("clocks.clock-started");
		assertThat(leaves).extracting(AuditLeaf::json).anySatisfy(json -> assertThat(json)
			.contains(sent.events().getLast().hash()).doesNotContain("Answer to"));
	}

	@Test
	void aFollowUpRequestMustNameACaseOfItsOwnState() {
		Case sent = sentPreservation();
		RequestContents followUp = new RequestContents(LegalBasis.treaty("Demo treaty"), null, null, "en", null, null,
				new CaseId(UUID.randomUUID()));

		assertThatThrownBy(() -> management.draft(VN_OFFICER, CaseType.STORED_DATA_ACCESS,
				AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000003"), followUp)).isInstanceOf(CaseNotFound.class);
		RequestContents linked = new RequestContents(LegalBasis.treaty("Demo treaty"), null, null, "en", null, null, sent.id());
		assertThat(management.draft(VN_OFFICER, CaseType.STORED_DATA_ACCESS,
				AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000003"), linked).contents().follows()).isEqualTo(sent.id());
	}

	private Case sentPreservation() {
		RequestContents contents = CaseFixtures.complete(CaseType.PRESERVATION);
		Case draft = management.draft(VN_OFFICER, CaseType.PRESERVATION, BR_POINT_OF_CONTACT, contents);
		management.submitForApproval(VN_OFFICER, draft.id());
		return management.approve(VN_SUPERVISOR, draft.id());
	}
}
