package org.hanoinet.exchange.internal;

import java.sql.Timestamp;
import java.util.List;

import org.hanoinet.exchange.OverdueEnvelopeDelivered;
import org.hanoinet.exchange.internal.DeliveryOutcome.Dead;
import org.hanoinet.exchange.internal.DeliveryOutcome.Delivered;
import org.hanoinet.exchange.internal.DeliveryOutcome.Postponed;
import org.hanoinet.exchange.internal.DeliveryOutcome.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the outcomes of a delivery round to the outbox, each ending its envelope's lease: DELIVERED with the
 * receipt, a new attempt time, DEAD, or postponed. A delivered envelope that had been reported overdue publishes
 * {@link OverdueEnvelopeDelivered}.
 */
@Component
class OutcomeRecorder {

	private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	OutcomeRecorder(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Writes the outcomes in order, in the caller's transaction: one commit for the whole round, since each
	 * envelope already costs a durable commit to write and one at the recipient's inbox.
	 *
	 * @return whether envelopes waiting for a peer that answers again were made due now
	 */
	boolean record(List<DeliveryOutcome> outcomes) {
		boolean madeDue = false;
		for (DeliveryOutcome outcome : outcomes) {
			switch (outcome) {
				case Delivered delivered -> madeDue |= delivered(delivered);
				case Retry retry -> jdbc.sql("""
						update exchange_outbox set attempts = :attempts, last_error = :error, next_attempt_at = :next,
						    claimed_until = null where position = :position
						""")
					.param("attempts", retry.attempts())
					.param("error", retry.error())
					.param("next", Timestamp.from(retry.next()))
					.param("position", retry.envelope().position())
					.update();
				case Dead dead -> jdbc.sql("""
						update exchange_outbox set state = 'DEAD', attempts = :attempts, last_error = :error, claimed_until = null
						where position = :position
						""")
					.param("attempts", dead.attempts())
					.param("error", dead.error())
					.param("position", dead.envelope().position())
					.update();
				case Postponed postponed -> jdbc.sql("""
						update exchange_outbox set next_attempt_at = :next, last_error = :error, claimed_until = null
						where position = :position
						""")
					.param("next", Timestamp.from(postponed.until()))
					.param("error", postponed.reason())
					.param("position", postponed.envelope().position())
					.update();
			}
		}
		return madeDue;
	}

	private boolean delivered(Delivered delivered) {
		PendingEnvelope pending = delivered.envelope();
		boolean madeDue = false;
		if (delivered.peerRecovered()) {
			// The peer answers again: what waits for it under a long backoff goes now, not minutes after the heal.
			int pulled = jdbc.sql("""
					update exchange_outbox set next_attempt_at = :now
					where recipient = :peer and state = 'PENDING' and next_attempt_at > :now
					""")
				.param("now", Timestamp.from(delivered.at()))
				.param("peer", pending.recipient())
				.update();
			if (pulled > 0) {
				log.info("Node {} answers again; {} envelopes waiting for it are due now", pending.recipient(), pulled);
				madeDue = true;
			}
		}
		boolean wasOverdue = jdbc.sql("""
				update exchange_outbox set state = 'DELIVERED', attempts = attempts + 1, receipt = :receipt,
				    delivered_at = :now, last_error = null, claimed_until = null where position = :position
				returning overdue_at is not null
				""")
			.param("receipt", delivered.receipt())
			.param("now", Timestamp.from(delivered.at()))
			.param("position", pending.position())
			.query(Boolean.class)
			.optional()
			.orElse(false);
		if (wasOverdue) {
			events.publishEvent(new OverdueEnvelopeDelivered(pending.messageId(), pending.recipient(), delivered.at()));
		}
		return madeDue;
	}
}
