package org.hanoinet.duty.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.Urgency;
import org.hanoinet.duty.Alert;
import org.hanoinet.duty.AlertRecord;
import org.hanoinet.duty.EscalationStep;
import org.hanoinet.duty.PingResult;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The duty tables: contacts of the escalation chains, webhooks, alerts, notices, deliveries and records. */
@Repository
public class JdbcDuty {

	private static final String ALERT = """
			select id, kind, case_id, authority_id, state, requesting_state, case_type, urgency, raised_at, step,
			acknowledged_at, acknowledged_by, acknowledged_via, message_id, peer_node, peer_state, peer_phone, delivered_at
			from duty_alert\s""";

	private final JdbcClient jdbc;

	JdbcDuty(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A person of an authority's escalation chain, or an officer of its roster with their addresses. */
	public record Contact(AuthorityId authority, EscalationStep step, String name, String username, String email) {
	}

	/** One person notified at one step of an alert. */
	public record Notice(UUID id, UUID alert, EscalationStep step, String name, String username, String email,
			Instant notifiedAt, Instant linkUsedAt) {
	}

	/** One attempt plan of one channel for one notice. */
	public record Delivery(UUID id, UUID notice, String channel, String target, int attempts) {
	}

	public void addContact(Contact contact) {
		jdbc.sql("""
				insert into duty_contact (id, authority_id, step, name, username, email) values (?, ?, ?, ?, ?, ?)
				on conflict (authority_id, step, name) do update set username = excluded.username, email = excluded.email""")
			.params(UUID.randomUUID(), contact.authority().value(), contact.step().name(), contact.name(), contact.username(),
					contact.email())
			.update();
	}

	public List<Contact> contacts(AuthorityId authority, EscalationStep step) {
		return jdbc.sql("select authority_id, step, name, username, email from duty_contact where authority_id = ? and step = ? order by name")
			.params(authority.value(), step.name())
			.query(JdbcDuty::contact)
			.list();
	}

	/** The contact details of a person of the authority, found by the name the roster gives or by username. */
	public Optional<Contact> contactNamed(AuthorityId authority, String nameOrUsername) {
		return jdbc.sql("""
				select authority_id, step, name, username, email from duty_contact
				where authority_id = ? and (name = ? or username = ?) order by step limit 1""")
			.params(authority.value(), nameOrUsername, nameOrUsername)
			.query(JdbcDuty::contact)
			.optional();
	}

	public void setWebhook(AuthorityId authority, String url) {
		if (url == null || url.isBlank()) {
			jdbc.sql("delete from duty_webhook where authority_id = ?").param(authority.value()).update();
			return;
		}
		jdbc.sql("insert into duty_webhook (authority_id, url) values (?, ?) on conflict (authority_id) do update set url = excluded.url")
			.params(authority.value(), url)
			.update();
	}

	public Optional<String> webhook(AuthorityId authority) {
		return jdbc.sql("select url from duty_webhook where authority_id = ?").param(authority.value()).query(String.class).optional();
	}

	public void insertAlert(Alert alert, Instant nextEscalation) {
		jdbc.sql("""
				insert into duty_alert (id, kind, case_id, authority_id, state, requesting_state, case_type, urgency, raised_at,
				step, next_escalation_at, message_id, peer_node, peer_state, peer_phone)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(alert.id(), alert.kind().name(), alert.caseId() == null ? null : alert.caseId().value(),
					alert.authority().value(), alert.state().value(), alert.requestingState().value(),
					alert.caseType() == null ? null : alert.caseType().name(), alert.urgency() == null ? null : alert.urgency().name(),
					ts(alert.raisedAt()), alert.step().name(), ts(nextEscalation),
					alert.undelivered() == null ? null : alert.undelivered().messageId(),
					alert.undelivered() == null ? null : alert.undelivered().peerNode(),
					alert.undelivered() == null || alert.undelivered().peerState() == null ? null : alert.undelivered().peerState().value(),
					alert.undelivered() == null ? null : alert.undelivered().peerPhone())
			.update();
	}

	/** The alert raised for an undelivered envelope, locked, if any. */
	public Optional<Alert> lockAlertOfEnvelope(UUID messageId) {
		return jdbc.sql(ALERT + "where message_id = ? for update").param(messageId).query(JdbcDuty::alert).optional();
	}

	/** Whether an alert of an undelivered envelope of the case to the node is still open. */
	public boolean undeliveredAlertOpen(CaseId caseId, String peerNode) {
		return jdbc.sql("""
				select count(*) from duty_alert where case_id = ? and peer_node = ? and kind = 'UNDELIVERED_ENVELOPE'
				and acknowledged_at is null""")
			.params(caseId.value(), peerNode)
			.query(Long.class)
			.single() > 0;
	}

	/** Records when the undelivered envelope of an alert finally arrived. */
	public void envelopeDelivered(UUID alert, Instant at) {
		jdbc.sql("update duty_alert set delivered_at = ? where id = ?").params(ts(at), alert).update();
	}

	public Optional<Alert> alert(UUID id) {
		return jdbc.sql(ALERT + "where id = ?").param(id).query(JdbcDuty::alert).optional();
	}

	/** The alert, locked until the end of the transaction, so that an acknowledgement and an escalation never cross. */
	public Optional<Alert> lockAlert(UUID id) {
		return jdbc.sql(ALERT + "where id = ? for update").param(id).query(JdbcDuty::alert).optional();
	}

	public List<Alert> openAlertsOfCase(CaseId caseId) {
		return jdbc.sql(ALERT + "where case_id = ? and acknowledged_at is null for update").param(caseId.value()).query(JdbcDuty::alert).list();
	}

	public List<Alert> alertsOfCase(CaseId caseId) {
		return jdbc.sql(ALERT + "where case_id = ? order by raised_at").param(caseId.value()).query(JdbcDuty::alert).list();
	}

	public List<Alert> openAlerts(CountryCode state) {
		return jdbc.sql(ALERT + "where state = ? and acknowledged_at is null order by raised_at")
			.param(state.value())
			.query(JdbcDuty::alert)
			.list();
	}

	/** The alerts of requests (not ping tests) of the State's points of contact. */
	public List<Alert> alertsOf(CountryCode state) {
		return jdbc.sql(ALERT + "where state = ? and kind = 'REQUEST' order by raised_at").param(state.value()).query(JdbcDuty::alert).list();
	}

	/** Ids of open alerts whose step has been silent long enough, locked for this transaction. */
	public List<UUID> dueEscalations(Instant now, int limit) {
		return jdbc.sql("""
				select id from duty_alert where acknowledged_at is null and next_escalation_at <= ?
				order by next_escalation_at limit ? for update skip locked""")
			.params(ts(now), limit)
			.query(UUID.class)
			.list();
	}

	public void moveToStep(UUID alert, EscalationStep step, Instant nextEscalation) {
		jdbc.sql("update duty_alert set step = ?, next_escalation_at = ? where id = ?")
			.params(step.name(), ts(nextEscalation), alert)
			.update();
	}

	public boolean acknowledge(UUID alert, Instant at, String by, Alert.Acknowledgement via) {
		return jdbc.sql("""
				update duty_alert set acknowledged_at = ?, acknowledged_by = ?, acknowledged_via = ?, next_escalation_at = null
				where id = ? and acknowledged_at is null""")
			.params(ts(at), by, via.name(), alert)
			.update() == 1;
	}

	public void insertNotice(Notice notice) {
		jdbc.sql("""
				insert into duty_notice (id, alert_id, step, recipient_name, recipient_username, email, notified_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(notice.id(), notice.alert(), notice.step().name(), notice.name(), notice.username(), notice.email(),
					ts(notice.notifiedAt()))
			.update();
	}

	public Optional<Notice> notice(UUID id) {
		return jdbc.sql("""
				select id, alert_id, step, recipient_name, recipient_username, email, notified_at, link_used_at
				from duty_notice where id = ?""")
			.param(id)
			.query((row, n) -> new Notice(row.getObject("id", UUID.class), row.getObject("alert_id", UUID.class),
					EscalationStep.valueOf(row.getString("step")), row.getString("recipient_name"),
					row.getString("recipient_username"), row.getString("email"), instant(row, "notified_at"),
					instant(row, "link_used_at")))
			.optional();
	}

	/** Marks the notice's link used; false when it was used before. */
	public boolean useLink(UUID notice, Instant at) {
		return jdbc.sql("update duty_notice set link_used_at = ? where id = ? and link_used_at is null")
			.params(ts(at), notice)
			.update() == 1;
	}

	public void insertDelivery(UUID notice, String channel, String target, Instant due) {
		jdbc.sql("""
				insert into duty_delivery (id, notice_id, channel, target, status, attempts, next_attempt_at)
				values (?, ?, ?, ?, 'PENDING', 0, ?)""")
			.params(UUID.randomUUID(), notice, channel, target, ts(due))
			.update();
	}

	/** Deliveries due now, locked for this transaction and skipped by any other worker. */
	public List<Delivery> dueDeliveries(Instant now, int limit) {
		return jdbc.sql("""
				select id, notice_id, channel, target, attempts from duty_delivery
				where status = 'PENDING' and next_attempt_at <= ? order by next_attempt_at limit ? for update skip locked""")
			.params(ts(now), limit)
			.query((row, n) -> new Delivery(row.getObject("id", UUID.class), row.getObject("notice_id", UUID.class),
					row.getString("channel"), row.getString("target"), row.getInt("attempts")))
			.list();
	}

	public void delivered(UUID delivery, Instant at) {
		jdbc.sql("update duty_delivery set status = 'SENT', attempts = attempts + 1, sent_at = ? where id = ?")
			.params(ts(at), delivery)
			.update();
	}

	public void failed(UUID delivery, String error, Instant nextAttempt, boolean abandoned) {
		jdbc.sql("update duty_delivery set status = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?")
			.params(abandoned ? "ABANDONED" : "PENDING", error.length() > 500 ? error.substring(0, 500) : error,
					ts(nextAttempt), delivery)
			.update();
	}

	/** Stops the pending deliveries of an acknowledged alert: nobody needs to be paged any more. */
	public void cancelPendingDeliveries(UUID alert) {
		jdbc.sql("""
				update duty_delivery set status = 'CANCELLED' where status = 'PENDING'
				and channel <> 'WEB' and notice_id in (select id from duty_notice where alert_id = ?)""")
			.param(alert)
			.update();
	}

	public void record(UUID alert, AlertRecord record) {
		jdbc.sql("insert into duty_record (id, alert_id, kind, occurred_at, step, channel, notice_id) values (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), alert, record.kind().name(), ts(record.occurredAt()),
					record.step() == null ? null : record.step().name(), record.channel(), record.notice())
			.update();
	}

	public List<AlertRecord> records(UUID alert) {
		return jdbc.sql("select kind, occurred_at, step, channel, notice_id from duty_record where alert_id = ? order by seq")
			.param(alert)
			.query((row, n) -> new AlertRecord(AlertRecord.Kind.valueOf(row.getString("kind")), instant(row, "occurred_at"),
					row.getString("step") == null ? null : EscalationStep.valueOf(row.getString("step")), row.getString("channel"),
					row.getObject("notice_id", UUID.class)))
			.list();
	}

	public void insertPing(UUID ping, UUID alert, AuthorityId sender, CountryCode senderState, AuthorityId peer,
			CountryCode peerState, Instant sentAt) {
		jdbc.sql("""
				insert into duty_ping (id, alert_id, sender_authority_id, sender_state, peer_authority_id, peer_state, sent_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(ping, alert, sender.value(), senderState.value(), peer.value(), peerState.value(), ts(sentAt))
			.update();
	}

	/** The ping a PING_TEST alert carries, with the time it was sent. */
	public Optional<Map.Entry<UUID, Instant>> pingOfAlert(UUID alert) {
		return jdbc.sql("select id, sent_at from duty_ping where alert_id = ?")
			.param(alert)
			.query((row, n) -> Map.entry(row.getObject("id", UUID.class), instant(row, "sent_at")))
			.optional();
	}

	/** When the point of contact last pinged its peers, if ever. */
	public Optional<Instant> lastPingSent(AuthorityId sender) {
		return jdbc.sql("select sent_at from duty_ping where sender_authority_id = ? order by sent_at desc limit 1")
			.param(sender.value())
			.query((row, n) -> instant(row, "sent_at"))
			.optional();
	}

	/** The latest ping of each (sender, peer) pair of the State's points of contact, by peer State then sender. */
	public List<PingResult> latestPings(CountryCode senderState, Instant now, java.time.Duration window) {
		return jdbc.sql("""
				select distinct on (p.sender_authority_id, p.peer_authority_id) p.id, p.alert_id, p.sender_authority_id,
				p.peer_authority_id, p.peer_state, p.sent_at, a.acknowledged_at
				from duty_ping p join duty_alert a on a.id = p.alert_id where p.sender_state = ?
				order by p.sender_authority_id, p.peer_authority_id, p.sent_at desc""")
			.param(senderState.value())
			.query((row, n) -> {
				Instant sent = instant(row, "sent_at");
				Instant acknowledged = instant(row, "acknowledged_at");
				PingResult.Status status = acknowledged != null ? PingResult.Status.ANSWERED
						: now.isAfter(sent.plus(window)) ? PingResult.Status.UNANSWERED : PingResult.Status.OPEN;
				return new PingResult(row.getObject("id", UUID.class), row.getObject("alert_id", UUID.class),
						new AuthorityId(row.getObject("sender_authority_id", UUID.class)),
						new AuthorityId(row.getObject("peer_authority_id", UUID.class)), CountryCode.of(row.getString("peer_state")),
						sent, acknowledged, status);
			})
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing((PingResult ping) -> ping.peerState().value())
				.thenComparing(ping -> ping.sender().value()))
			.toList();
	}

	private static Contact contact(ResultSet row, int n) throws SQLException {
		return new Contact(new AuthorityId(row.getObject("authority_id", UUID.class)), EscalationStep.valueOf(row.getString("step")),
				row.getString("name"), row.getString("username"), row.getString("email"));
	}

	private static Alert alert(ResultSet row, int n) throws SQLException {
		String via = row.getString("acknowledged_via");
		UUID caseId = row.getObject("case_id", UUID.class);
		String caseType = row.getString("case_type");
		String urgency = row.getString("urgency");
		return new Alert(row.getObject("id", UUID.class), caseId == null ? null : new CaseId(caseId),
				new AuthorityId(row.getObject("authority_id", UUID.class)), CountryCode.of(row.getString("state")),
				CountryCode.of(row.getString("requesting_state")), caseType == null ? null : CaseType.valueOf(caseType),
				urgency == null ? null : Urgency.valueOf(urgency), instant(row, "raised_at"), EscalationStep.valueOf(row.getString("step")),
				instant(row, "acknowledged_at"), row.getString("acknowledged_by"),
				via == null ? null : Alert.Acknowledgement.valueOf(via), undelivered(row));
	}

	private static Alert.Undelivered undelivered(ResultSet row) throws SQLException {
		UUID messageId = row.getObject("message_id", UUID.class);
		if (messageId == null) {
			return null;
		}
		String peerState = row.getString("peer_state");
		return new Alert.Undelivered(messageId, row.getString("peer_node"), peerState == null ? null : CountryCode.of(peerState),
				row.getString("peer_phone"), instant(row, "delivered_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
