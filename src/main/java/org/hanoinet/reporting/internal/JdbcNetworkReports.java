package org.hanoinet.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hanoinet.reporting.NetworkRequest;
import org.hanoinet.reporting.NetworkRequest.Asked;
import org.hanoinet.reporting.NetworkRequest.Standing;
import org.hanoinet.reporting.Period;
import org.hanoinet.shared.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The network report's tables: on the secretariat the requests, the States asked, the verified answers as signed and
 * the refused ones; on an answering node what it answered.
 */
@Repository
public class JdbcNetworkReports {

	private final JdbcClient jdbc;

	JdbcNetworkReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A verified answer kept as its node signed it. */
	public record Answer(CountryCode state, String node, boolean declined, String aggregate, Instant receivedAt) {
	}

	public void requested(UUID request, Period period, Instant at, String by, Map<CountryCode, String> asked) {
		jdbc.sql("""
				insert into reporting_network_request (request_id, period_from, period_to, requested_at, requested_by)
				values (?, ?, ?, ?, ?)""")
			.params(request, period.from().toString(), period.to().toString(), Timestamp.from(at), by)
			.update();
		asked.forEach((state, node) -> jdbc.sql("insert into reporting_network_asked (request_id, state, node_id) values (?, ?, ?)")
			.params(request, state.value(), node)
			.update());
	}

	/** The request with every State asked and where its answer stands. */
	public Optional<NetworkRequest> request(UUID request) {
		return jdbc.sql("select * from reporting_network_request where request_id = ?")
			.params(request)
			.query((row, index) -> head(row))
			.optional()
			.map(this::withAnswers);
	}

	/** The latest request for exactly this period. */
	public Optional<NetworkRequest> latest(Period period) {
		return jdbc.sql("""
				select * from reporting_network_request where period_from = ? and period_to = ?
				order by requested_at desc, request_id limit 1""")
			.params(period.from().toString(), period.to().toString())
			.query((row, index) -> head(row))
			.optional()
			.map(this::withAnswers);
	}

	/** The latest requests, newest first. */
	public List<NetworkRequest> latest(int limit) {
		return jdbc.sql("select * from reporting_network_request order by requested_at desc, request_id limit ?")
			.params(limit)
			.query((row, index) -> head(row))
			.list()
			.stream()
			.map(this::withAnswers)
			.toList();
	}

	/** The States asked of the request and the node asked for each. */
	public Map<CountryCode, String> asked(UUID request) {
		Map<CountryCode, String> asked = new LinkedHashMap<>();
		jdbc.sql("select state, node_id from reporting_network_asked where request_id = ? order by state")
			.params(request)
			.query((row, index) -> Map.entry(CountryCode.of(row.getString("state")), row.getString("node_id")))
			.list()
			.forEach(entry -> asked.put(entry.getKey(), entry.getValue()));
		return asked;
	}

	/** Keeps a verified answer; a second answer for the same State of the same request changes nothing. */
	public boolean answer(UUID request, CountryCode state, String node, boolean declined, String aggregate, String hash, Instant at) {
		return jdbc.sql("""
				insert into reporting_network_answer (request_id, state, node_id, declined, aggregate, aggregate_hash, received_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (request_id, state) do nothing""")
			.params(request, state.value(), node, declined, aggregate, hash, Timestamp.from(at))
			.update() == 1;
	}

	public List<Answer> answers(UUID request) {
		return jdbc.sql("""
				select state, node_id, declined, aggregate, received_at from reporting_network_answer where request_id = ? order by state""")
			.params(request)
			.query((row, index) -> new Answer(CountryCode.of(row.getString("state")), row.getString("node_id"), row.getBoolean("declined"),
					row.getString("aggregate"), row.getTimestamp("received_at").toInstant()))
			.list();
	}

	public void refused(UUID request, String node, String reason, Instant at) {
		jdbc.sql("insert into reporting_network_refusal (refusal_id, request_id, node_id, reason, refused_at) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), request, node, reason.length() > 1000 ? reason.substring(0, 1000) : reason, Timestamp.from(at))
			.update();
	}

	/** Whether this node already answered the request. */
	public boolean answered(UUID request) {
		return jdbc.sql("select count(*) from reporting_network_answered where request_id = ?").params(request).query(Long.class).single() > 0;
	}

	public void answered(UUID request, String secretariat, Period period, List<CountryCode> reported, List<CountryCode> declined,
			Instant at) {
		jdbc.sql("""
				insert into reporting_network_answered (request_id, secretariat_node, period_from, period_to, reported, declined, answered_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(request, secretariat, period.from().toString(), period.to().toString(), codes(reported), codes(declined),
					Timestamp.from(at))
			.update();
	}

	private NetworkRequest withAnswers(NetworkRequest head) {
		Map<CountryCode, Answer> answers = new LinkedHashMap<>();
		answers(head.id()).forEach(answer -> answers.put(answer.state(), answer));
		Map<String, String> refusals = new LinkedHashMap<>();
		jdbc.sql("select node_id, reason from reporting_network_refusal where request_id = ? order by refused_at")
			.params(head.id())
			.query((row, index) -> Map.entry(row.getString("node_id"), row.getString("reason")))
			.list()
			.forEach(entry -> refusals.put(entry.getKey(), entry.getValue()));
		List<Asked> asked = new ArrayList<>();
		asked(head.id()).forEach((state, node) -> {
			Answer answer = answers.get(state);
			Standing standing = answer == null ? Standing.NOT_ANSWERED : answer.declined() ? Standing.DECLINED : Standing.REPORTED;
			asked.add(new Asked(state, node, standing, answer == null ? null : answer.receivedAt(),
					answer == null ? refusals.get(node) : null));
		});
		return new NetworkRequest(head.id(), head.period(), head.requestedAt(), head.requestedBy(), asked);
	}

	private static NetworkRequest head(ResultSet row) throws SQLException {
		return new NetworkRequest(row.getObject("request_id", UUID.class),
				new Period(YearMonth.parse(row.getString("period_from")), YearMonth.parse(row.getString("period_to"))),
				row.getTimestamp("requested_at").toInstant(), row.getString("requested_by"), List.of());
	}

	private static String codes(List<CountryCode> states) {
		return String.join(",", states.stream().map(CountryCode::value).toList());
	}
}
