package org.hanoinet.exchange.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Leases the envelopes due for delivery. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several
 * instances sharing one database never send the same envelope at once; an envelope waits while an earlier one of
 * the same case is pending, so a case's events arrive in order. A lease ends when its outcome is recorded
 * ({@link OutcomeRecorder}), or after {@link #LEASE} if the worker holding it dies.
 */
@Component
class OutboxClaims {

	/** How long a worker holds the rows it is sending; if it dies, others take them over after this. */
	static final Duration LEASE = Duration.ofSeconds(15);

	/** How many due envelopes one thread leases and sends at once. */
	static final int BATCH = 20;

	private final JdbcClient jdbc;

	OutboxClaims(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Leases up to {@link #BATCH} envelopes due at {@code now}, oldest first, in a short transaction of its own:
	 * the sending happens outside any, so a slow peer never holds a database connection. The envelopes leased
	 * together belong to different cases.
	 */
	List<PendingEnvelope> claimDue(Instant now) {
		// The lease commits without waiting for the disk: if the database crashes before writing it, the rows are
		// merely unclaimed again and sent once more, and the recipient answers a repeat with the receipt it already
		// gave. Everything the lease does not cover (the envelope, its outcome and receipt) stays durable.
		return jdbc.sql("""
				update exchange_outbox set claimed_until = :until
				from (select set_config('synchronous_commit', 'off', true)) as lease_need_not_wait_for_disk
				where position in (
				    select position from exchange_outbox o
				    where state = 'PENDING' and next_attempt_at <= :now and (claimed_until is null or claimed_until < :now)
				      and (case_id is null or not exists (select 1 from exchange_outbox earlier
				           where earlier.case_id = o.case_id and earlier.state = 'PENDING' and earlier.position < o.position))
				    order by position limit :batch for update skip locked)
				returning position, message_id, recipient, case_id, envelope, envelope_hash, attempts
				""")
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(now.plus(LEASE)))
			.param("batch", BATCH)
			.query((rs, row) -> new PendingEnvelope(rs.getLong("position"), rs.getObject("message_id", UUID.class),
					rs.getString("recipient"), rs.getObject("case_id", UUID.class), rs.getString("envelope"),
					rs.getString("envelope_hash"), rs.getInt("attempts")))
			.list()
			.stream()
			.sorted(Comparator.comparingLong(PendingEnvelope::position))
			.toList();
	}
}
