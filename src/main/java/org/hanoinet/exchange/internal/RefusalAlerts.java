package org.hanoinet.exchange.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.hanoinet.directory.ThisNode;
import org.hanoinet.exchange.ExchangeProperties;
import org.hanoinet.exchange.RefusalCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alerts the node administrator ({@code hanoinet.exchange.security-contact}) by e-mail of the envelopes the inbox
 * refused for good: forged, replayed, mis-addressed, or case events the node may not accept, such as a case that
 * skipped its approval or one between other States. Retriable refusals (a key not known yet, a gap in a case's
 * sequence) are part of normal operation and alert nobody. Refusals are collected into one message every few
 * seconds, so a flood of forgeries sends a few e-mails, not thousands; an e-mail that fails is tried again.
 */
@Component
class RefusalAlerts {

	private static final Logger log = LoggerFactory.getLogger(RefusalAlerts.class);

	private static final int PER_MESSAGE = 100;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ObjectProvider<JavaMailSender> mail;

	private final ExchangeProperties settings;

	private final ThisNode thisNode;

	private final Clock clock;

	RefusalAlerts(JdbcClient jdbc, TransactionTemplate transactions, ObjectProvider<JavaMailSender> mail,
			ExchangeProperties settings, ThisNode thisNode, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.mail = mail;
		this.settings = settings;
		this.thisNode = thisNode;
		this.clock = clock;
	}

	@Scheduled(initialDelay = 2_000, fixedDelayString = "${hanoinet.exchange.security-alert-interval:PT5S}")
	void alertPending() {
		JavaMailSender sender = mail.getIfAvailable();
		if (settings.securityContact().isEmpty() || sender == null) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> send(sender));
		}
		catch (MailException failed) {
			log.warn("The security alert to {} could not be sent; it is tried again: {}", settings.securityContact(),
					failed.getMessage());
		}
	}

	private void send(JavaMailSender sender) {
		List<String> finalCodes = java.util.Arrays.stream(RefusalCode.values()).filter(code -> !code.retriable())
			.map(RefusalCode::name).toList();
		List<Row> pending = jdbc.sql("""
				select id, refused_at, code, sender, message_id, case_id, envelope_hash, detail from exchange_inbound_refusal
				where alerted_at is null and code in (:codes) order by seq limit :limit for update skip locked
				""")
			.param("codes", finalCodes)
			.param("limit", PER_MESSAGE)
			.query((rs, row) -> new Row(rs.getObject("id", UUID.class), rs.getTimestamp("refused_at").toInstant() + " "
					+ rs.getString("code") + " from " + (rs.getString("sender") == null ? "an unverified sender" : "node " + rs.getString("sender"))
					+ (rs.getObject("case_id") == null ? "" : ", case " + rs.getObject("case_id"))
					+ (rs.getObject("message_id") == null ? "" : ", message " + rs.getObject("message_id"))
					+ ", SHA-256 " + rs.getString("envelope_hash") + "\n    " + rs.getString("detail")))
			.list();
		if (pending.isEmpty()) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(settings.securityAlertFrom());
		message.setTo(settings.securityContact());
		message.setSubject("[HanoiNet " + thisNode.id() + "] " + pending.size() + " envelope" + (pending.size() == 1 ? "" : "s")
				+ " refused by the inbox");
		StringBuilder text = new StringBuilder("The inbox of node ").append(thisNode.id())
			.append(" refused these envelopes for good. Each refusal is in the audit log (exchange.envelope-refused) and on")
			.append(" GET /api/v1/exchange/refusals. A refusal by a peer's valid key can mean that key is stolen or its node faulty:")
			.append(" call the peer's administrator by another channel.\n\n");
		pending.forEach(row -> text.append("- ").append(row.line()).append('\n'));
		message.setText(text.toString());
		sender.send(message);
		jdbc.sql("update exchange_inbound_refusal set alerted_at = :now where id in (:ids)")
			.param("now", Timestamp.from(clock.instant()))
			.param("ids", pending.stream().map(Row::id).toList())
			.update();
	}

	private record Row(UUID id, String line) {
	}
}
