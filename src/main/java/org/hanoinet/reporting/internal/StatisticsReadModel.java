package org.hanoinet.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.hanoinet.clocks.ClockKind;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.RefusalGround;
import org.hanoinet.reporting.Period;
import org.hanoinet.reporting.StateStatistics;
import org.hanoinet.reporting.StateStatistics.ClockFigures;
import org.hanoinet.reporting.StateStatistics.Direction;
import org.hanoinet.reporting.StateStatistics.DutyFigures;
import org.hanoinet.reporting.StateStatistics.EvidenceVolume;
import org.hanoinet.reporting.StateStatistics.Flow;
import org.hanoinet.reporting.StateStatistics.Outcomes;
import org.hanoinet.reporting.StateStatistics.RequestCount;
import org.hanoinet.reporting.StateStatistics.Times;
import org.hanoinet.shared.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reporting tables: written by {@link StatisticsProjection} as events arrive, one line per request, clock,
 * evidence item and alert, and counted per State and period when figures are asked for.
 */
@Repository
public class StatisticsReadModel {

	/** The deadlines of the requested side whose end is met or missed; preservation periods and reminders are not targets. */
	static final List<ClockKind> TARGETS = List.of(ClockKind.ACKNOWLEDGEMENT, ClockKind.STATUS_RESPONSE);

	/** The ways an officer acknowledges an alert, as duty records them; the node closing it on delivery is not one. */
	static final List<String> BY_OFFICER = List.of("PAGE", "LINK", "CASE");

	private final JdbcClient jdbc;

	StatisticsReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An instant of a request that the read model keeps, by its column. */
	enum Milestone {
		ACKNOWLEDGED("acknowledged_at"), FIRST_ACT("first_act_at"), EXECUTED("executed_at"), REFUSED("refused_at"),
		POSTPONED("postponed_at"), WITHDRAWN("withdrawn_at");

		final String column;

		Milestone(String column) {
			this.column = column;
		}
	}

	void requestSent(UUID caseId, CaseType type, CountryCode requesting, CountryCode requested, Instant at) {
		jdbc.sql("""
				insert into reporting_request (case_id, case_type, requesting_state, requested_state, sent_at)
				values (?, ?, ?, ?, ?) on conflict (case_id) do nothing""")
			.params(caseId, type.name(), requesting.value(), requested.value(), ts(at))
			.update();
	}

	/** Records the first time a request reached the milestone; a later one changes nothing. */
	void reached(UUID caseId, Milestone milestone, Instant at) {
		jdbc.sql("update reporting_request set " + milestone.column + " = coalesce(" + milestone.column + ", ?) where case_id = ?")
			.params(ts(at), caseId)
			.update();
	}

	void refused(UUID caseId, String grounds, Instant at) {
		jdbc.sql("""
				update reporting_request set refused_at = ?, refusal_grounds = ? where case_id = ? and refused_at is null""")
			.params(ts(at), grounds, caseId)
			.update();
	}

	void clockStarted(UUID clock, UUID caseId, ClockKind kind, Instant dueAt) {
		jdbc.sql("insert into reporting_clock (clock_id, case_id, kind, due_at) values (?, ?, ?, ?) on conflict (clock_id) do nothing")
			.params(clock, caseId, kind.name(), ts(dueAt))
			.update();
	}

	void clockRescheduled(UUID clock, Instant dueAt) {
		jdbc.sql("update reporting_clock set due_at = ? where clock_id = ?").params(ts(dueAt), clock).update();
	}

	void clockMet(UUID clock, Instant at) {
		jdbc.sql("update reporting_clock set met_at = coalesce(met_at, ?) where clock_id = ?").params(ts(at), clock).update();
	}

	void clockFired(UUID clock, Instant at) {
		jdbc.sql("update reporting_clock set fired_at = coalesce(fired_at, ?) where clock_id = ?").params(ts(at), clock).update();
	}

	void evidenceStored(UUID item, UUID caseId, long bytes, UUID sourceItem, Instant at) {
		jdbc.sql("""
				insert into reporting_evidence (item_id, case_id, bytes, added_at, source_item) values (?, ?, ?, ?, ?)
				on conflict (item_id) do nothing""")
			.params(item, caseId, bytes, ts(at), sourceItem)
			.update();
	}

	void alertRaised(UUID alert, CountryCode state, UUID caseId, Instant at) {
		jdbc.sql("""
				insert into reporting_alert (alert_id, state, case_id, raised_at) values (?, ?, ?, ?)
				on conflict (alert_id) do nothing""")
			.params(alert, state.value(), caseId, ts(at))
			.update();
	}

	void alertAcknowledged(UUID alert, String via, Instant at) {
		jdbc.sql("""
				update reporting_alert set acknowledged_at = ?, acknowledged_via = ? where alert_id = ? and acknowledged_at is null""")
			.params(ts(at), via, alert)
			.update();
	}

	/** The exact figures of one State for a period. */
	public StateStatistics statistics(CountryCode state, Period period) {
		List<RequestCount> requests = new ArrayList<>();
		for (Direction direction : Direction.values()) {
			requests.addAll(requests(state, period, direction));
		}
		return new StateStatistics(state, period, requests, flow(state, period, Direction.SENT),
				flow(state, period, Direction.RECEIVED), duty(state, period));
	}

	private List<RequestCount> requests(CountryCode state, Period period, Direction direction) {
		return jdbc.sql("""
				select case_type, %s as partner, to_char(sent_at at time zone 'UTC', 'YYYY-MM') as month, count(*) as requests
				from reporting_request where %s = :state and sent_at >= :start and sent_at < :end
				group by 1, 2, 3 order by 3, 1, 2""".formatted(partner(direction), own(direction)))
			.params(range(state, period))
			.query((row, index) -> new RequestCount(direction, CaseType.valueOf(row.getString("case_type")),
					CountryCode.of(row.getString("partner")), YearMonth.parse(row.getString("month")), row.getLong("requests")))
			.list();
	}

	private Flow flow(CountryCode state, Period period, Direction direction) {
		long sent = count("select count(*) from reporting_request where " + own(direction)
				+ " = :state and sent_at >= :start and sent_at < :end", state, period);
		return new Flow(sent, outcomes(state, period, direction), times(state, period, direction, Milestone.ACKNOWLEDGED),
				times(state, period, direction, Milestone.FIRST_ACT), times(state, period, direction, Milestone.EXECUTED),
				clocks(state, period, direction), evidence(state, period, direction));
	}

	private Outcomes outcomes(CountryCode state, Period period, Direction direction) {
		SortedMap<RefusalGround, Long> grounds = new TreeMap<>();
		jdbc.sql("select ground, count(*) as refusals from reporting_request, unnest(string_to_array(refusal_grounds, ',')) as ground"
				+ " where " + own(direction) + " = :state and refused_at >= :start and refused_at < :end group by ground")
			.params(range(state, period))
			.query((row, index) -> Map.entry(RefusalGround.valueOf(row.getString("ground")), row.getLong("refusals")))
			.list()
			.forEach(line -> grounds.put(line.getKey(), line.getValue()));
		return new Outcomes(reached(state, period, direction, Milestone.EXECUTED), reached(state, period, direction, Milestone.REFUSED),
				grounds, reached(state, period, direction, Milestone.POSTPONED), reached(state, period, direction, Milestone.WITHDRAWN));
	}

	private long reached(CountryCode state, Period period, Direction direction, Milestone milestone) {
		return count("select count(*) from reporting_request where " + own(direction) + " = :state and " + milestone.column
				+ " >= :start and " + milestone.column + " < :end", state, period);
	}

	/** The times from sending to a milestone reached in the period. */
	private Times times(CountryCode state, Period period, Direction direction, Milestone milestone) {
		String seconds = "extract(epoch from (" + milestone.column + " - sent_at))";
		return jdbc.sql("select count(*) as measured, percentile_disc(0.5) within group (order by " + seconds + ") as median,"
				+ " percentile_disc(0.9) within group (order by " + seconds + ") as p90 from reporting_request where "
				+ own(direction) + " = :state and " + milestone.column + " >= :start and " + milestone.column + " < :end")
			.params(range(state, period))
			.query(StatisticsReadModel::times)
			.single();
	}

	private List<ClockFigures> clocks(CountryCode state, Period period, Direction direction) {
		Map<ClockKind, ClockFigures> figures = new TreeMap<>();
		TARGETS.forEach(kind -> figures.put(kind, new ClockFigures(kind, 0, 0)));
		jdbc.sql("""
				select c.kind,
				count(*) filter (where c.fired_at is null and c.met_at <= c.due_at) as met,
				count(*) filter (where c.fired_at is not null or c.met_at > c.due_at) as missed
				from reporting_clock c join reporting_request r on r.case_id = c.case_id
				where r.%s = :state and c.kind in ('ACKNOWLEDGEMENT', 'STATUS_RESPONSE')
				and least(c.met_at, c.fired_at) >= :start and least(c.met_at, c.fired_at) < :end
				group by c.kind""".formatted(own(direction)))
			.params(range(state, period))
			.query((row, index) -> new ClockFigures(ClockKind.valueOf(row.getString("kind")), row.getLong("met"), row.getLong("missed")))
			.list()
			.forEach(line -> figures.put(line.kind(), line));
		return List.copyOf(figures.values());
	}

	private EvidenceVolume evidence(CountryCode state, Period period, Direction direction) {
		return jdbc.sql("""
				select count(*) as items, coalesce(sum(e.bytes), 0) as bytes
				from reporting_evidence e join reporting_request r on r.case_id = e.case_id
				where r.%s = :state and e.added_at >= :start and e.added_at < :end
				and (e.source_item is null or not exists (select 1 from reporting_evidence s where s.item_id = e.source_item))"""
			.formatted(own(direction)))
			.params(range(state, period))
			.query((row, index) -> new EvidenceVolume(row.getLong("items"), row.getLong("bytes")))
			.single();
	}

	private DutyFigures duty(CountryCode state, Period period) {
		Map<String, Object> range = range(state, period);
		range.put("officer", BY_OFFICER);
		long[] counts = jdbc.sql("""
				select count(*) as alerts,
				count(*) filter (where acknowledged_via in (:officer)) as acknowledged,
				count(*) filter (where acknowledged_via = 'DELIVERED') as delivered
				from reporting_alert where state = :state and raised_at >= :start and raised_at < :end""")
			.params(range)
			.query((row, index) -> new long[] { row.getLong("alerts"), row.getLong("acknowledged"), row.getLong("delivered") })
			.single();
		String seconds = "extract(epoch from (acknowledged_at - raised_at))";
		Times acknowledgement = jdbc.sql("select count(*) as measured, percentile_disc(0.5) within group (order by " + seconds
				+ ") as median, percentile_disc(0.9) within group (order by " + seconds + ") as p90 from reporting_alert"
				+ " where state = :state and raised_at >= :start and raised_at < :end and acknowledged_via in (:officer)")
			.params(range)
			.query(StatisticsReadModel::times)
			.single();
		return new DutyFigures(counts[0], counts[1], counts[2], acknowledgement);
	}

	private long count(String sql, CountryCode state, Period period) {
		return jdbc.sql(sql).params(range(state, period)).query(Long.class).single();
	}

	private static Times times(ResultSet row, int index) throws SQLException {
		long measured = row.getLong("measured");
		return new Times(measured, duration(row.getBigDecimal("median")), duration(row.getBigDecimal("p90")));
	}

	private static Duration duration(BigDecimal seconds) {
		return seconds == null ? null : Duration.ofMillis(seconds.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact());
	}

	private static Map<String, Object> range(CountryCode state, Period period) {
		Map<String, Object> range = new HashMap<>();
		range.put("state", state.value());
		range.put("start", ts(period.start()));
		range.put("end", ts(period.end()));
		return range;
	}

	private static String own(Direction direction) {
		return direction == Direction.SENT ? "requesting_state" : "requested_state";
	}

	private static String partner(Direction direction) {
		return direction == Direction.SENT ? "requested_state" : "requesting_state";
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
