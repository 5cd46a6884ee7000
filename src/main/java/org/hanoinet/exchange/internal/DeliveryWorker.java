package org.hanoinet.exchange.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.hanoinet.directory.Node;
import org.hanoinet.directory.Nodes;
import org.hanoinet.directory.ThisNode;
import org.hanoinet.directory.TrustedDirectory;
import org.hanoinet.exchange.Envelope;
import org.hanoinet.exchange.EnvelopeOverdue;
import org.hanoinet.exchange.EnvelopeRefused;
import org.hanoinet.exchange.Envelopes;
import org.hanoinet.exchange.ExchangeProperties;
import org.hanoinet.exchange.MessageKind;
import org.hanoinet.exchange.OverdueEnvelopeDelivered;
import org.hanoinet.exchange.RefusalCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes pending envelopes to their recipients' inboxes. Rows are leased with {@code FOR UPDATE SKIP
 * LOCKED}, so several instances sharing one database never send the same envelope at once; an envelope
 * waits while an earlier one of the same case is pending, so a case's events arrive in order. Failures are
 * retried with exponential backoff and jitter; a peer that keeps failing is paused (circuit breaker); a
 * refusal the recipient calls final makes the envelope DEAD. Delivery ends when the recipient's signed
 * receipt, naming the envelope's hash, verifies.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	static final Duration FIRST_RETRY = Duration.ofMillis(200);

	static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

	static final int MAX_ATTEMPTS = 30;

	/** How long a worker holds the rows it is sending; if it dies, others take them over after this. */
	static final Duration LEASE = Duration.ofSeconds(15);

	/** Consecutive failures after which a peer is paused, and for how long. */
	static final int BREAKER_THRESHOLD = 5;

	static final Duration BREAKER_PAUSE = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Envelopes envelopes;

	private final ThisNode thisNode;

	private final TrustedDirectory trusted;

	private final Nodes nodes;

	private final Clock clock;

	/** Deliveries run in parallel on this many threads; rows claimed with SKIP LOCKED keep them apart. */
	static final int THREADS = 4;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final Map<String, Breaker> breakers = new ConcurrentHashMap<>();

	private final TransactionTemplate transactions;

	private final WakeableThreads threads = new WakeableThreads("exchange-delivery-", THREADS, this::round, log,
			"Envelope delivery failed unexpectedly");

	// Its own thread: while every delivery thread waits on a peer that accepts connections and never answers, the
	// search for overdue urgent envelopes must still run each second, or the duty officer hears of it too late.
	private final WakeableThreads overdueSearch = new WakeableThreads("exchange-overdue-", 1, () -> {
		reportOverdue();
		return false;
	}, log, "The search for overdue urgent envelopes failed unexpectedly");

	/** This node's own inbox, for envelopes between authorities it serves: the same checks, without HTTP. */
	private final FederationInbox inbox;

	private final ExchangeProperties settings;

	private final ApplicationEventPublisher events;

	DeliveryWorker(JdbcClient jdbc, TransactionTemplate transactions, Envelopes envelopes, ThisNode thisNode,
			TrustedDirectory trusted, Nodes nodes, Clock clock, FederationInbox inbox, ExchangeProperties settings,
			ApplicationEventPublisher events) {
		this.inbox = inbox;
		this.settings = settings;
		this.events = events;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.envelopes = envelopes;
		this.thisNode = thisNode;
		this.trusted = trusted;
		this.nodes = nodes;
		this.clock = clock;
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

	/** One round of a delivery thread: the due deliveries. */
	private boolean round() {
		return deliverDue();
	}

	/** How many due envelopes one thread leases and sends at once. */
	static final int BATCH = 20;

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
	 * Delivers the envelopes due now, oldest first. The rows are leased in a short transaction and the HTTP
	 * exchange happens outside any, so a slow peer never holds a database connection.
	 *
	 * @return whether more may be due at once: the batch was full, or a case's envelope was sent and the next one
	 *         of its case may now go (new envelopes wake the threads themselves, after their commit)
	 */
	boolean deliverDue() {
		Instant now = clock.instant();
		// The lease commits without waiting for the disk: if the database crashes before writing it, the rows are
		// merely unclaimed again and sent once more, and the recipient answers a repeat with the receipt it already
		// gave. Everything the lease does not cover (the envelope, its outcome and receipt) stays durable.
		List<Pending> due = jdbc.sql("""
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
			.query((rs, row) -> new Pending(rs.getLong("position"), rs.getObject("message_id", UUID.class),
					rs.getString("recipient"), rs.getObject("case_id", UUID.class), rs.getString("envelope"),
					rs.getString("envelope_hash"), rs.getInt("attempts")))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparingLong(Pending::position))
			.toList();
		if (due.size() == BATCH) {
			// More may be due: another thread leases the next ones while this one sends.
			threads.wake();
		}
		List<Runnable> outcomes = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
		// The envelopes leased together belong to different cases (the claim skips any with an earlier one of its
		// case pending), so they may travel at once: several to one peer in one request that the peer stores in one
		// commit, to different peers (or in-process) side by side.
		List<Runnable> deliveries = new java.util.ArrayList<>();
		due.stream().collect(java.util.stream.Collectors.groupingBy(Pending::recipient, java.util.LinkedHashMap::new,
				java.util.stream.Collectors.toList())).forEach((recipient, group) -> {
					if (group.size() > 1 && !(settings.inProcessDelivery() && recipient.equals(thisNode.id()))) {
						deliveries.add(() -> deliverBatch(group, outcomes));
					}
					else {
						group.forEach(pending -> deliveries.add(() -> deliver(pending, outcomes)));
					}
				});
		if (deliveries.size() == 1) {
			deliveries.getFirst().run();
		}
		else {
			try (java.util.concurrent.ExecutorService parallel = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
				deliveries.forEach(parallel::execute);
			}
		}
		// One commit records the outcomes of the whole batch: each envelope already costs a durable commit to
		// write and one at the recipient's inbox.
		if (!outcomes.isEmpty()) {
			transactions.executeWithoutResult(status -> outcomes.forEach(Runnable::run));
		}
		return due.size() == BATCH || due.stream().anyMatch(pending -> pending.caseId() != null);
	}

	/**
	 * Sends several envelopes to one peer in one request ({@link FederationInbox#receiveBatch}); a peer that does
	 * not take batches gets them one by one.
	 */
	private void deliverBatch(List<Pending> group, List<Runnable> outcomes) {
		Pending first = group.getFirst();
		Breaker breaker = breakers.computeIfAbsent(first.recipient(), peer -> new Breaker());
		Optional<Node> peer = FederationConfiguration.node(trusted, nodes, first.recipient());
		if ((breaker.openUntil != null && clock.instant().isBefore(breaker.openUntil)) || peer.isEmpty()) {
			group.forEach(pending -> deliver(pending, outcomes));
			return;
		}
		URI inbox = peer.get().endpoint().resolve("/federation/v1/inbox");
		HttpResponse<String> response;
		try {
			response = http.send(HttpRequest.newBuilder(inbox)
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", FederationInbox.BATCH)
				.header("Accept", "application/json, application/problem+json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(group.stream().map(Pending::envelope).toList())))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException unreachable) {
			group.forEach(pending -> fail(pending, breaker, true, "Cannot reach " + inbox + ": " + reason(unreachable), outcomes));
			return;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return;
		}
		if (response.statusCode() == 404 || response.statusCode() == 405 || response.statusCode() == 415) {
			group.forEach(pending -> deliver(pending, outcomes));
			return;
		}
		JsonNode results = null;
		if (response.statusCode() == 200) {
			try {
				results = JSON.readTree(response.body());
			}
			catch (RuntimeException notJson) {
				results = null;
			}
		}
		if (results == null || !results.isArray() || results.size() != group.size()) {
			group.forEach(pending -> refused(pending, breaker, response, outcomes));
			return;
		}
		for (int index = 0; index < group.size(); index++) {
			JsonNode result = results.get(index);
			Pending pending = group.get(index);
			if (result.hasNonNull("receipt")) {
				accept(pending, breaker, result.path("receipt").asString(), outcomes);
				continue;
			}
			String code = result.path("code").asString("");
			boolean retriable = result.path("retriable").asBoolean(true);
			String error = "HTTP " + result.path("status").asInt(response.statusCode()) + (code.isEmpty() ? "" : " " + code) + ": "
					+ result.path("detail").asString("");
			fail(pending, breaker, retriable, error.length() > 1000 ? error.substring(0, 1000) : error, outcomes);
		}
	}

	private void deliver(Pending pending, List<Runnable> outcomes) {
		Instant now = clock.instant();
		Breaker breaker = breakers.computeIfAbsent(pending.recipient(), peer -> new Breaker());
		if (breaker.openUntil != null && now.isBefore(breaker.openUntil)) {
			postpone(pending, breaker.openUntil, "Not tried: node paused after " + breaker.failures + " failures in a row; last: "
					+ breaker.lastError, outcomes);
			return;
		}
		if (settings.inProcessDelivery() && pending.recipient().equals(thisNode.id())) {
			deliverInProcess(pending, breaker, outcomes);
			return;
		}
		Optional<Node> peer = FederationConfiguration.node(trusted, nodes, pending.recipient());
		if (peer.isEmpty()) {
			fail(pending, breaker, true, "Node '" + pending.recipient() + "' is not in the directory", outcomes);
			return;
		}
		URI inbox = peer.get().endpoint().resolve("/federation/v1/inbox");
		HttpResponse<String> response;
		try {
			response = http.send(HttpRequest.newBuilder(inbox)
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/jose")
				.header("Accept", "application/jose, application/problem+json")
				.POST(HttpRequest.BodyPublishers.ofString(pending.envelope()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException unreachable) {
			fail(pending, breaker, true, "Cannot reach " + inbox + ": " + reason(unreachable), outcomes);
			return;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return;
		}
		if (response.statusCode() == 200) {
			accept(pending, breaker, response.body(), outcomes);
		}
		else {
			refused(pending, breaker, response, outcomes);
		}
	}

	/**
	 * Hands the envelope to this node's own inbox, for authorities both served here: the same verification,
	 * storage, receipt and refusal codes as over HTTP.
	 */
	private void deliverInProcess(Pending pending, Breaker breaker, List<Runnable> outcomes) {
		ResponseEntity<?> answer;
		try {
			answer = inbox.receive(pending.envelope());
		}
		catch (RuntimeException failed) {
			fail(pending, breaker, true, "In-process delivery failed: " + failed.getMessage(), outcomes);
			return;
		}
		if (answer.getStatusCode().value() == 200 && answer.getBody() instanceof String receipt) {
			accept(pending, breaker, receipt, outcomes);
			return;
		}
		String code = null;
		String detail = String.valueOf(answer.getBody());
		boolean retriable = true;
		if (answer.getBody() instanceof ProblemDetail problem && problem.getProperties() != null
				&& problem.getProperties().get("code") instanceof String refusal) {
			code = refusal;
			retriable = RefusalCode.valueOf(refusal).retriable();
			detail = problem.getDetail();
		}
		fail(pending, breaker, retriable, "In-process " + answer.getStatusCode().value() + (code == null ? "" : " " + code)
				+ ": " + detail, outcomes);
	}

	private void accept(Pending pending, Breaker breaker, String receipt, List<Runnable> outcomes) {
		try {
			Envelope opened = envelopes.open(receipt, thisNode.id());
			boolean matches = opened.kind() == MessageKind.RECEIPT && opened.sender().equals(pending.recipient())
					&& pending.messageId().toString().equals(opened.body().get("messageId"))
					&& pending.hash().equals(opened.body().get("envelopeHash"));
			if (!matches) {
				fail(pending, breaker, true, "The receipt does not name this envelope and its hash", outcomes);
				return;
			}
		}
		catch (EnvelopeRefused invalid) {
			fail(pending, breaker, true, "The receipt was refused: " + invalid.code() + " " + invalid.getMessage(), outcomes);
			return;
		}
		boolean recovered = breaker.failures > 0;
		breaker.failures = 0;
		breaker.openUntil = null;
		Instant deliveredAt = clock.instant();
		outcomes.add(() -> {
			if (recovered) {
				// The peer answers again: what waits for it under a long backoff goes now, not minutes after the heal.
				int pulled = jdbc.sql("""
						update exchange_outbox set next_attempt_at = :now
						where recipient = :peer and state = 'PENDING' and next_attempt_at > :now
						""")
					.param("now", Timestamp.from(deliveredAt))
					.param("peer", pending.recipient())
					.update();
				if (pulled > 0) {
					log.info("Node {} answers again; {} envelopes waiting for it are due now", pending.recipient(), pulled);
					threads.wake();
				}
			}
			boolean wasOverdue = jdbc.sql("""
					update exchange_outbox set state = 'DELIVERED', attempts = attempts + 1, receipt = :receipt,
					    delivered_at = :now, last_error = null, claimed_until = null where position = :position
					returning overdue_at is not null
					""")
				.param("receipt", receipt)
				.param("now", Timestamp.from(deliveredAt))
				.param("position", pending.position())
				.query(Boolean.class)
				.optional()
				.orElse(false);
			if (wasOverdue) {
				events.publishEvent(new OverdueEnvelopeDelivered(pending.messageId(), pending.recipient(), deliveredAt));
			}
		});
	}

	private void refused(Pending pending, Breaker breaker, HttpResponse<String> response, List<Runnable> outcomes) {
		String code = null;
		String detail = response.body();
		boolean retriable = response.statusCode() >= 500 || response.statusCode() == 429;
		try {
			JsonNode problem = JSON.readTree(response.body());
			if (problem.hasNonNull("code")) {
				code = problem.path("code").asString();
				retriable = RefusalCode.valueOf(code).retriable();
			}
			detail = problem.path("detail").asString(detail);
		}
		catch (RuntimeException notProblem) {
			// keep the raw body as the error
		}
		String error = "HTTP " + response.statusCode() + (code == null ? "" : " " + code) + ": " + detail;
		fail(pending, breaker, retriable, error.length() > 1000 ? error.substring(0, 1000) : error, outcomes);
	}

	private void fail(Pending pending, Breaker breaker, boolean retriable, String error, List<Runnable> outcomes) {
		int attempts = pending.attempts() + 1;
		breaker.failures++;
		breaker.lastError = error;
		if (breaker.failures >= BREAKER_THRESHOLD) {
			breaker.openUntil = clock.instant().plus(BREAKER_PAUSE);
		}
		if (!retriable || attempts >= MAX_ATTEMPTS) {
			outcomes.add(() -> jdbc.sql("""
					update exchange_outbox set state = 'DEAD', attempts = :attempts, last_error = :error, claimed_until = null
					where position = :position
					""")
				.param("attempts", attempts)
				.param("error", error)
				.param("position", pending.position())
				.update());
			log.warn("Envelope {} to {} is dead after {} attempts: {}", pending.messageId(), pending.recipient(), attempts, error);
			return;
		}
		Instant next = clock.instant().plus(backoff(attempts));
		outcomes.add(() -> jdbc.sql("""
				update exchange_outbox set attempts = :attempts, last_error = :error, next_attempt_at = :next,
				    claimed_until = null where position = :position
				""")
			.param("attempts", attempts)
			.param("error", error)
			.param("next", Timestamp.from(next))
			.param("position", pending.position())
			.update());
	}

	private void postpone(Pending pending, Instant until, String reason, List<Runnable> outcomes) {
		outcomes.add(() -> jdbc.sql("""
				update exchange_outbox set next_attempt_at = :next, last_error = :error, claimed_until = null
				where position = :position
				""")
			.param("next", Timestamp.from(until))
			.param("error", reason)
			.param("position", pending.position())
			.update());
	}

	/** What went wrong on the way, for the case's users: the JDK's message, or what kind of failure it was. */
	static String reason(java.io.IOException unreachable) {
		if (unreachable instanceof java.net.http.HttpTimeoutException) {
			return "no answer within the timeout (the node accepts connections but does not respond)";
		}
		if (unreachable instanceof java.net.ConnectException) {
			return "connection refused or failed" + (unreachable.getMessage() == null ? "" : " (" + unreachable.getMessage() + ")");
		}
		return unreachable.getMessage() == null ? unreachable.getClass().getSimpleName() : unreachable.getMessage();
	}

	/** 200 ms, 400 ms, 800 ms ... up to 5 minutes, each drawn between half and the whole of it (jitter). */
	static Duration backoff(int attempts) {
		long ceiling = Math.min(LONGEST_RETRY.toMillis(), FIRST_RETRY.toMillis() << Math.min(attempts - 1, 20));
		return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
	}

	private record Pending(long position, UUID messageId, String recipient, UUID caseId, String envelope, String hash,
			int attempts) {
	}

	private static final class Breaker {

		volatile int failures;

		volatile Instant openUntil;

		volatile String lastError;
	}
}
