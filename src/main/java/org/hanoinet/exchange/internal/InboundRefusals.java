package org.hanoinet.exchange.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.exchange.Envelope;
import org.hanoinet.exchange.EnvelopeRefused;
import org.hanoinet.exchange.Envelopes;
import org.hanoinet.exchange.InboundEnvelopeRefused;
import org.hanoinet.exchange.MessageKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every envelope the inbox refuses, kept for the node administrator and put in the audit log. The refused
 * envelope's own transaction has rolled back, so the refusal is written in a transaction of its own; the raw
 * envelope is kept only when its signature verified and it is small, as proof of what the sender's key signed.
 */
@Component
class InboundRefusals {

	private static final Logger log = LoggerFactory.getLogger(InboundRefusals.class);

	/** The largest verified envelope kept whole with its refusal; larger ones leave only their hash. */
	static final int KEPT_ENVELOPE_CHARS = 65_536;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InboundRefusals(JdbcClient jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records that {@code compact} was refused; {@code opened} is the envelope when its signature verified, else
	 * {@code null}. A failure to record is logged, never turned into another answer to the sender.
	 */
	void record(String compact, Envelope opened, EnvelopeRefused refused) {
		String body = compact == null ? "" : compact.strip();
		String hash = Envelopes.hash(body);
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		UUID caseId = opened == null ? null : caseOf(opened);
		String sender = opened == null ? null : opened.sender();
		UUID messageId = opened == null ? null : opened.messageId();
		log.warn("Inbox refused envelope {} from {} ({}): {}", messageId == null ? hash : messageId,
				sender == null ? "an unverified sender" : "node '" + sender + "'", refused.code(), refused.getMessage());
		try {
			ownTransaction.executeWithoutResult(status -> {
				jdbc.sql("""
						insert into exchange_inbound_refusal (id, refused_at, code, detail, sender, message_id, case_id, envelope_hash, envelope)
						values (:id, :at, :code, :detail, :sender, :message, :case, :hash, :envelope)
						""")
					.param("id", id)
					.param("at", Timestamp.from(now))
					.param("code", refused.code().name())
					.param("detail", truncate(refused.getMessage(), 1000))
					.param("sender", sender)
					.param("message", messageId)
					.param("case", caseId)
					.param("hash", hash)
					.param("envelope", opened != null && body.length() <= KEPT_ENVELOPE_CHARS ? body : null)
					.update();
				events.publishEvent(new InboundEnvelopeRefused(id, refused.code(), sender, messageId, caseId, hash, now));
			});
		}
		catch (RuntimeException failed) {
			log.error("The refusal of envelope {} could not be recorded", hash, failed);
		}
	}

	/** The latest refusals, newest first. */
	List<InboundRefusal> latest(int limit) {
		return jdbc.sql("""
				select id, refused_at, code, detail, sender, message_id, case_id, envelope_hash, alerted_at
				from exchange_inbound_refusal order by seq desc limit :limit
				""")
			.param("limit", limit)
			.query((rs, row) -> new InboundRefusal(rs.getObject("id", UUID.class), rs.getTimestamp("refused_at").toInstant(),
					rs.getString("code"), rs.getString("detail"), rs.getString("sender"), rs.getObject("message_id", UUID.class),
					rs.getObject("case_id", UUID.class), rs.getString("envelope_hash"),
					rs.getTimestamp("alerted_at") == null ? null : rs.getTimestamp("alerted_at").toInstant()))
			.list();
	}

	@SuppressWarnings("unchecked")
	private static UUID caseOf(Envelope envelope) {
		if (envelope.kind() != MessageKind.CASE_EVENT || envelope.body() == null) {
			return null;
		}
		Object event = envelope.body().get("event");
		if (event == null && envelope.body().get("events") instanceof List<?> list && !list.isEmpty()) {
			event = list.getFirst();
		}
		try {
			return event instanceof Map<?, ?> json && json.get("case") instanceof String id ? UUID.fromString(id) : null;
		}
		catch (IllegalArgumentException notUuid) {
			return null;
		}
	}

	private static String truncate(String text, int length) {
		String value = text == null ? "" : text;
		return value.length() <= length ? value : value.substring(0, length - 1) + "…";
	}

	/**
	 * One refusal as the administrator reads it.
	 *
	 * @param id identifies the refusal
	 * @param refusedAt when
	 * @param code the stable refusal code
	 * @param detail the sentence answered to the sender
	 * @param sender the sending node, when the signature verified
	 * @param messageId the envelope's message id, when its signature verified
	 * @param caseId the case it names, when known
	 * @param envelopeHash SHA-256 of the body as received
	 * @param alertedAt when the security contact was e-mailed about it, or {@code null}
	 */
	record InboundRefusal(UUID id, Instant refusedAt, String code, String detail, String sender, UUID messageId, UUID caseId,
			String envelopeHash, Instant alertedAt) {
	}
}
