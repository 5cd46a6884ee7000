package org.hanoinet.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hanoinet.NodeTest;
import org.hanoinet.audit.AuditLeaf;
import org.hanoinet.audit.AuditLog;
import org.hanoinet.audit.Checkpoint;
import org.hanoinet.audit.MerkleProofs;
import org.hanoinet.audit.TestAuditEvent;
import org.hanoinet.audit.TreeHashes;
import org.hanoinet.node.NodeKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Leaves are written in the transaction of the change they record: no leaf, no commit. */
@NodeTest
class AuditLogIntegrationTests {

	@Autowired
	AuditLog log;

	@Autowired
	JdbcAuditLog jdbcLog;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NodeKeys keys;

	@Test
	void anEventPublishedWithAChangeBecomesALeafOfCanonicalJsonWhenTheChangeCommits() {
		UUID authority = UUID.randomUUID();

		transaction.executeWithoutResult(status -> {
			recordChange(authority);
			events.publishEvent(new TestAuditEvent("test.authority-added", Instant.parse("2026-11-23T08:15:30.5Z"),
					Map.of("authorityId", authority.toString(), "state", "VN", "note", "tab\t\"quoted\" Việt")));
		});

		AuditLeaf leaf = log.search(authority.toString(), 10).getFirst();
		assertThat(changeIsStored(authority)).isTrue();
		assertThat(leaf.type()).isEqualTo("test.authority-added");
		String previous = leaf.index() == 0 ? "null" : "\"" + log.leaf(leaf.index() - 1).orElseThrow().hashHex() + "\"";
		assertThat(leaf.json()).isEqualTo("{\"auditFields\":{\"authorityId\":\"" + authority
				+ "\",\"note\":\"tab\\t\\\"quoted\\\" Việt\",\"state\":\"VN\"},\"index\":" + leaf.index()
				+ ",\"occurredAt\":\"2026-11-23T08:15:30.500Z\",\"previousLeafHash\":" + previous
				+ ",\"type\":\"test.authority-added\"}");
		assertThat(leaf.hash()).isEqualTo(TreeHashes.leafHash(leaf.data()));
		assertThat(log.treeSize()).isGreaterThan(leaf.index());
	}

	@Test
	void aChangeThatRollsBackLeavesNoLeaf() {
		UUID authority = UUID.randomUUID();
		long before = log.treeSize();

		transaction.executeWithoutResult(status -> {
			recordChange(authority);
			events.publishEvent(TestAuditEvent.caseOpened(authority.toString()));
			status.setRollbackOnly();
		});

		assertThat(changeIsStored(authority)).isFalse();
		assertThat(log.search(authority.toString(), 10)).isEmpty();
		assertThat(log.treeSize()).isGreaterThanOrEqualTo(before);
		assertThat(jdbc.sql("select count(*) from audit_leaf").query(Long.class).single()).isEqualTo(log.treeSize());
	}

	@Test
	void aLeafThatCannotBeAppendedRollsBackTheChange() {
		UUID authority = UUID.randomUUID();

		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			recordChange(authority);
			events.publishEvent(new TestAuditEvent("Not A Type", Instant.parse("2026-11-23T08:00:00Z"),
					Map.of("authorityId", authority.toString())));
		})).hasMessageContaining("An audit type is a dotted lower-case name");

		assertThat(changeIsStored(authority)).isFalse();
		assertThat(log.search(authority.toString(), 10)).isEmpty();
	}

	@Test
	void anEventPublishedInAReadOnlyTransactionIsStillRecorded() {
		String user = UUID.randomUUID().toString();
		TransactionTemplate readOnly = new TransactionTemplate(transaction.getTransactionManager());
		readOnly.setReadOnly(true);

		readOnly.executeWithoutResult(status -> events.publishEvent(
				new TestAuditEvent("test.login-refused", Instant.parse("2026-11-23T08:00:00Z"), Map.of("userId", user))));

		assertThat(log.search(user, 10)).singleElement().satisfies(leaf -> assertThat(leaf.type()).isEqualTo("test.login-refused"));
	}

	@Test
	void concurrentWritersGetConsecutiveIndicesThatChainAndProve() throws Exception {
		String batch = UUID.randomUUID().toString();
		ExecutorService writers = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int writer = 0; writer < 4; writer++) {
				done.add(writers.submit(() -> {
					for (int i = 0; i < 25; i++) {
						transaction.executeWithoutResult(status -> events.publishEvent(TestAuditEvent.caseOpened(batch)));
					}
				}));
			}
			for (Future<?> writer : done) {
				writer.get();
			}
		}
		finally {
			writers.shutdown();
		}

		List<AuditLeaf> leaves = log.search(batch, 1_000);
		assertThat(leaves).hasSize(100);
		long size = log.treeSize();
		List<Long> indices = jdbc.sql("select leaf_index from audit_leaf order by leaf_index").query(Long.class).list();
		assertThat(indices).hasSize((int) size);
		assertThat(indices.getLast()).isEqualTo(size - 1);
		byte[] root = log.rootHash(size);
		for (AuditLeaf leaf : leaves) {
			assertThat(log.inclusionProof(leaf.index(), size).verifies()).isTrue();
			assertThat(MerkleProofs.verifyInclusion(leaf.index(), size, leaf.hash(),
					log.inclusionProof(leaf.index(), size).auditPath(), root)).isTrue();
		}
	}

	@Test
	void aCheckpointIsSignedByTheNodeKeyAndIssuedOnScheduleOnlyWhenTheLogGrew() {
		transaction.executeWithoutResult(status -> events.publishEvent(TestAuditEvent.caseOpened("checkpoint-test")));
		Checkpoint checkpoint = jdbcLog.issueCheckpointIfGrown().orElseThrow();

		assertThat(checkpoint.treeSize()).isEqualTo(log.treeSize());
		assertThat(checkpoint.rootHash()).isEqualTo(log.rootHash(checkpoint.treeSize()));
		assertThat(checkpoint.keyId()).isEqualTo(keys.keyId());
		assertThat(keys.verify(checkpoint.signedBytes(), checkpoint.signature())).isTrue();
		assertThat(checkpoint.signedText()).isEqualTo("hanoinet-audit/" + keys.keyId() + "\n" + checkpoint.treeSize() + "\n"
				+ java.util.Base64.getEncoder().encodeToString(checkpoint.rootHash()) + "\n" + checkpoint.issuedAt() + "\n");
		assertThat(log.latestCheckpoint()).hasValueSatisfying(latest -> assertThat(latest.treeSize()).isEqualTo(checkpoint.treeSize()));

		assertThat(jdbcLog.issueCheckpointIfGrown()).isEmpty();
	}

	@Test
	void theStoredLogCannotBeEditedInPlace() {
		transaction.executeWithoutResult(status -> events.publishEvent(TestAuditEvent.caseOpened("append-only")));

		assertThatThrownBy(() -> jdbc.sql("update audit_leaf set audit_type = 'edited'").update())
			.hasMessageContaining("the audit log is append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_leaf").update()).hasMessageContaining("append-only");
	}

	/** A change of the test's own, so that no other module's data is touched by these tests. */
	private void recordChange(UUID id) {
		jdbc.sql("create table if not exists audit_test_change (id uuid primary key)").update();
		jdbc.sql("insert into audit_test_change (id) values (?)").param(id).update();
	}

	private boolean changeIsStored(UUID id) {
		jdbc.sql("create table if not exists audit_test_change (id uuid primary key)").update();
		return jdbc.sql("select count(*) from audit_test_change where id = ?").param(id).query(Long.class).single() == 1;
	}
}
