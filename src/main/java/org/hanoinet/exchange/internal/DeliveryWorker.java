package org.hanoinet.exchange.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.exchange.EnvelopeOverdue;
import org.hanoinet.exchange.ExchangeProperties;
import org.hanoinet.exchange.MessageKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes pending envelopes to their recipients' inboxes, round after round on {@link #THREADS} threads: each
 * round leases the envelopes due ({@link OutboxClaims}), sends them ({@link EnvelopeSender}) and records what
 * each attempt decided ({@link DeliveryResults}, {@link OutcomeRecorder}) in one commit. A thread of its own
 * reports urgent envelopes still undelivered after {@link ExchangeProperties#urgentAlertAfter()}.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Deliveries run in parallel on this many threads; rows claimed with SKIP LOCKED keep them apart. */
	static final int THREADS = 4;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final OutboxClaims claims;

	private final EnvelopeSender sender;

	private final OutcomeRecorder recorder;

	private final Clock clock;

	private final ExchangeProperties settings;

	private final ApplicationEventPublisher events;

	private final WakeableThreads threads = new WakeableThreads("exchange-delivery-", THREADS, this::deliverDue, log,
			"Envelope delivery failed unexpectedly");

	// Its own thread: while every delivery thread waits on a peer that accepts connections and never answers, the
	// search for overdue urgent envelopes must still run each second, or the duty officer hears of it too late.
	private final WakeableThreads overdueSearch = new WakeableThreads("exchange-overdue-", 1, () -> {
		reportOverdue();
		return false;
	}, log, "The search for overdue urgent envelopes failed unexpectedly");

	DeliveryWorker(JdbcClient jdbc, TransactionTemplate transactions, OutboxClaims claims, EnvelopeSender sender,
			OutcomeRecorder recorder, Clock clock, ExchangeProperties settings, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.claims = claims;
		this.sender = sender;
		this.recorder = recorder;
		this.clock = clock;
		this.settings = settings;
		this.events = events;
	}

	/** Something was queued: look now rather than at the next periodic check. */
	void wake() {
		threads.wake();
	}

	@Override
	public void start() {
		threads.start();
		overdueSearch.start();
	}

	@Override
	public void stop() {
		overdueSearch.stop();
		threads.stop();
	}

	@Override
	public boolean isRunning() {
		return threads.isRunning();
	}

	/**
	 * Marks the urgent envelopes still undelivered (pending or dead) {@link ExchangeProperties#urgentAlertAfter()}
	 * after they were written, and publishes {@link EnvelopeOverdue} for each in the same transaction, so each is
	 * reported once even with several instances; returns how many.
	 */
	int reportOverdue() {
		Instant now = clock.instant();
		Integer reported = transactions.execute(status -> {
			List<EnvelopeOverdue> overdue = jdbc.sql("""
					update exchange_outbox set overdue_at = :now where position in (
					    select position from exchange_outbox
					    where urgent and overdue_at is null and state <> 'DELIVERED' and created_at <= :threshold
					    order by created_at limit 50 for update skip locked)
					returning message_id, recipient, case_id, envelope, created_at, last_error
					""")
				.param("now", Timestamp.from(now))
				.param("threshold", Timestamp.from(now.minus(settings.urgentAlertAfter())))
				.query((rs, row) -> overdue(rs.getObject("message_id", UUID.class), rs.getString("recipient"),
						rs.getObject("case_id", UUID.class), rs.getString("envelope"), rs.getTimestamp("created_at").toInstant(),
						rs.getString("last_error"), now))
				.list();
			overdue.forEach(events::publishEvent);
			return overdue.size();
		});
		return reported == null ? 0 : reported;
	}

	private static EnvelopeOverdue overdue(UUID messageId, String recipient, UUID caseId, String compact, Instant createdAt,
			String lastError, Instant now) {
		MessageKind kind = null;
		Map<String, Object> body = Map.of();
		try {
			JsonNode payload = JSON.readTree(com.nimbusds.jose.JWSObject.parse(compact).getPayload().toString());
			kind = MessageKind.valueOf(payload.path("kind").asString());
			body = JSON.convertValue(payload.path("body"), new tools.jackson.core.type.TypeReference<Map<String, Object>>() {
			});
		}
		catch (java.text.ParseException | RuntimeException unreadable) {
			// this node sealed it; an unreadable one is still reported, without its body
		}
		return new EnvelopeOverdue(messageId, recipient, kind, caseId, body, createdAt, lastError, now);
	}

	/**
	 * One round of a delivery thread: delivers the envelopes due now, oldest first. The rows are leased in a short
	 * transaction and the HTTP exchange happens outside any, so a slow peer never holds a database connection.
	 *
	 * @return whether more may be due at once: the batch was full, or a case's envelope was sent and the next one
	 *         of its case may now go (new envelopes wake the threads themselves, after their commit)
	 */
	boolean deliverDue() {
		List<PendingEnvelope> due = claims.claimDue(clock.instant());
		if (due.size() == OutboxClaims.BATCH) {
			// More may be due: another thread leases the next ones while this one sends.
			threads.wake();
		}
		List<DeliveryOutcome> outcomes = sender.send(due);
		// One commit records the outcomes of the whole batch: each envelope already costs a durable commit to
		// write and one at the recipient's inbox.
		if (!outcomes.isEmpty()) {
			transactions.executeWithoutResult(status -> {
				if (recorder.record(outcomes)) {
					threads.wake();
				}
			});
		}
		return due.size() == OutboxClaims.BATCH || due.stream().anyMatch(pending -> pending.caseId() != null);
	}
}
