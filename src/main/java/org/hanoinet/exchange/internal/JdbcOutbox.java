package org.hanoinet.exchange.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hanoinet.directory.ThisNode;
import org.hanoinet.exchange.CaseDelivery;
import org.hanoinet.exchange.Envelope;
import org.hanoinet.exchange.Envelopes;
import org.hanoinet.exchange.MessageKind;
import org.hanoinet.exchange.Outbox;
import org.hanoinet.exchange.OutboxEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The outbox table: envelopes are inserted in the caller's transaction and the worker is woken after commit. */
@Repository
class JdbcOutbox implements Outbox {

	/** How long an envelope may take to arrive before the receiver refuses it as expired. */
	static final Duration LIFETIME = Duration.ofDays(7);

	private final JdbcClient jdbc;

	private final Envelopes envelopes;

	private final ThisNode thisNode;

	private final Clock clock;

	private final DeliveryWorker worker;

	JdbcOutbox(JdbcClient jdbc, Envelopes envelopes, ThisNode thisNode, Clock clock, DeliveryWorker worker) {
		this.jdbc = jdbc;
		this.envelopes = envelopes;
		this.thisNode = thisNode;
		this.clock = clock;
		this.worker = worker;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID send(String recipient, MessageKind kind, Map<String, Object> body, UUID caseId, boolean urgent) {
		Instant now = clock.instant();
		Envelope envelope = new Envelope(UUID.randomUUID(), thisNode.id(), recipient, now, now.plus(LIFETIME), kind, body);
		String sealed = envelopes.seal(envelope);
		jdbc.sql("""
				insert into exchange_outbox (message_id, recipient, case_id, envelope, envelope_hash, urgent, next_attempt_at,
				    created_at)
				values (:id, :recipient, :case, :envelope, :hash, :urgent, :now, :now)
				""")
			.param("id", envelope.messageId())
			.param("recipient", recipient)
			.param("case", caseId)
			.param("envelope", sealed)
			.param("hash", Envelopes.hash(sealed))
			.param("urgent", urgent)
			.param("now", Timestamp.from(now))
			.update();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				worker.wake();
			}
		});
		return envelope.messageId();
	}

	@Override
	public List<OutboxEntry> latest(String state, int limit) {
		return jdbc.sql("select * from exchange_outbox where (cast(:state as text) is null or state = :state)"
				+ " order by position desc limit :limit")
			.param("state", state)
			.param("limit", limit)
			.query((rs, row) -> entry(rs))
			.list();
	}

	@Override
	public Optional<CaseDelivery> ofCase(UUID caseId) {
		List<OutboxEntry> sent = jdbc.sql("select * from exchange_outbox where case_id = :case order by position")
			.param("case", caseId)
			.query((rs, row) -> entry(rs))
			.list();
		if (sent.isEmpty()) {
			return Optional.empty();
		}
		Optional<OutboxEntry> stuck = sent.stream().filter(entry -> !entry.state().equals("DELIVERED")).findFirst();
		Instant lastDelivered = sent.stream().map(OutboxEntry::deliveredAt).filter(java.util.Objects::nonNull)
			.max(Instant::compareTo).orElse(null);
		int waiting = (int) sent.stream().filter(entry -> entry.state().equals("PENDING")).count();
		int dead = (int) sent.stream().filter(entry -> entry.state().equals("DEAD")).count();
		OutboxEntry shown = stuck.orElse(sent.getLast());
		return Optional.of(new CaseDelivery(shown.recipient(), waiting, dead, stuck.map(OutboxEntry::createdAt).orElse(null),
				stuck.map(OutboxEntry::attempts).orElse(0), stuck.map(OutboxEntry::lastError).orElse(null),
				stuck.filter(entry -> entry.state().equals("PENDING")).map(OutboxEntry::nextAttemptAt).orElse(null), lastDelivered));
	}

	private static OutboxEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new OutboxEntry(rs.getObject("message_id", UUID.class), rs.getString("recipient"), rs.getString("state"),
				rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
				rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("delivered_at") == null ? null : rs.getTimestamp("delivered_at").toInstant(), rs.getString("receipt"));
	}
}
