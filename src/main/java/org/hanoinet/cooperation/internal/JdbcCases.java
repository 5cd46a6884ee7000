package org.hanoinet.cooperation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseEvent;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseStatus;
import org.hanoinet.cooperation.CaseSummary;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.Cases;
import org.hanoinet.cooperation.ConcurrentAct;
import org.hanoinet.cooperation.Party;
import org.hanoinet.cooperation.Side;
import org.hanoinet.cooperation.Urgency;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases in PostgreSQL: the current state in one row, the chain of events append-only beside it. */
@Repository
class JdbcCases implements Cases {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcCases(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void add(Case request) {
		List<CaseEvent> events = request.unsavedEvents();
		jdbc.sql("""
				insert into cooperation_case (id, type, status, urgency, requesting_state, requesting_authority,
				    requested_state, requested_authority, contents, follows, drafter, status_request_pending,
				    offered_conditions, binding_conditions, event_count, created_at, updated_at)
				values (:id, :type, :status, :urgency, :requestingState, :requestingAuthority, :requestedState,
				    :requestedAuthority, cast(:contents as jsonb), :follows, :drafter, :pending, cast(:offered as jsonb),
				    cast(:binding as jsonb), :count, :created, :updated)
				""")
			.param("id", request.id().value())
			.param("type", request.type().name())
			.param("status", request.status().name())
			.param("urgency", request.contents().urgency().name())
			.param("requestingState", request.requesting().state().value())
			.param("requestingAuthority", request.requesting().authority().value())
			.param("requestedState", request.requested().state().value())
			.param("requestedAuthority", request.requested().authority().value())
			.param("contents", ContentsCodec.write(request.contents()))
			.param("follows", request.contents().follows() == null ? null : request.contents().follows().value())
			.param("drafter", request.drafter())
			.param("pending", request.statusRequestPending())
			.param("offered", ContentsCodec.writeList(request.offeredConditions()))
			.param("binding", ContentsCodec.writeList(request.bindingConditions()))
			.param("count", request.events().size())
			.param("created", Timestamp.from(events.getFirst().occurredAt()))
			.param("updated", Timestamp.from(events.getLast().occurredAt()))
			.update();
		insert(events);
	}

	@Override
	public void update(Case request) {
		List<CaseEvent> events = request.unsavedEvents();
		if (events.isEmpty()) {
			return;
		}
		int before = request.events().size() - events.size();
		int changed = jdbc.sql("""
				update cooperation_case set status = :status, urgency = :urgency, contents = cast(:contents as jsonb),
				    follows = :follows, status_request_pending = :pending, offered_conditions = cast(:offered as jsonb),
				    binding_conditions = cast(:binding as jsonb), event_count = :count, updated_at = :updated
				where id = :id and event_count = :before
				""")
			.param("id", request.id().value())
			.param("status", request.status().name())
			.param("urgency", request.contents().urgency().name())
			.param("contents", ContentsCodec.write(request.contents()))
			.param("follows", request.contents().follows() == null ? null : request.contents().follows().value())
			.param("pending", request.statusRequestPending())
			.param("offered", ContentsCodec.writeList(request.offeredConditions()))
			.param("binding", ContentsCodec.writeList(request.bindingConditions()))
			.param("count", request.events().size())
			.param("updated", Timestamp.from(events.getLast().occurredAt()))
			.param("before", before)
			.update();
		if (changed != 1) {
			throw new ConcurrentAct(request.id());
		}
		insert(events);
	}

	@Override
	public Optional<Case> find(CaseId id) {
		List<CaseEvent> events = jdbc.sql("""
				select case_id, sequence, id, act, status, actor_authority, actor_user, occurred_at, details, previous_hash,
				    (select type from cooperation_case c where c.id = e.case_id) as type
				from cooperation_case_event e where case_id = :id order by sequence
				""")
			.param("id", id.value())
			.query((rs, row) -> event(rs))
			.list();
		return jdbc.sql("select * from cooperation_case where id = :id")
			.param("id", id.value())
			.query((rs, row) -> Case.restore(id, CaseType.valueOf(rs.getString("type")), party(rs, "requesting"),
					party(rs, "requested"), ContentsCodec.read(rs.getString("contents")),
					CaseStatus.valueOf(rs.getString("status")), rs.getString("drafter"),
					rs.getBoolean("status_request_pending"), ContentsCodec.readList(rs.getString("offered_conditions")),
					ContentsCodec.readList(rs.getString("binding_conditions")), events, clock))
			.optional();
	}

	@Override
	public List<CaseSummary> of(CountryCode state, AuthorityId authority, Side side, int limit) {
		String prefix = side == Side.REQUESTING ? "requesting" : "requested";
		String sql = "select id, type, status, urgency, requesting_state, requesting_authority, requested_state,"
				+ " requested_authority, created_at, updated_at from cooperation_case where " + prefix + "_state = :state"
				+ (authority == null ? "" : " and " + prefix + "_authority = :authority")
				+ " order by updated_at desc limit :limit";
		JdbcClient.StatementSpec statement = jdbc.sql(sql).param("state", state.value()).param("limit", limit);
		if (authority != null) {
			statement = statement.param("authority", authority.value());
		}
		return statement.query((rs, row) -> new CaseSummary(new CaseId(rs.getObject("id", UUID.class)),
				CaseType.valueOf(rs.getString("type")), CaseStatus.valueOf(rs.getString("status")),
				Urgency.valueOf(rs.getString("urgency")), party(rs, "requesting"), party(rs, "requested"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	@Override
	public List<CaseSummary> following(CaseId earlier) {
		return jdbc.sql("select id, type, status, urgency, requesting_state, requesting_authority, requested_state,"
				+ " requested_authority, created_at, updated_at from cooperation_case where follows = :earlier order by created_at")
			.param("earlier", earlier.value())
			.query((rs, row) -> new CaseSummary(new CaseId(rs.getObject("id", UUID.class)),
					CaseType.valueOf(rs.getString("type")), CaseStatus.valueOf(rs.getString("status")),
					Urgency.valueOf(rs.getString("urgency")), party(rs, "requesting"), party(rs, "requested"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	private void insert(List<CaseEvent> events) {
		for (CaseEvent event : events) {
			jdbc.sql("""
					insert into cooperation_case_event (case_id, sequence, id, act, status, actor_authority, actor_user,
					    occurred_at, details, previous_hash, hash)
					values (:case, :sequence, :id, :act, :status, :authority, :user, :at, cast(:details as jsonb),
					    :previous, :hash)
					""")
				.param("case", event.caseId().value())
				.param("sequence", event.sequence())
				.param("id", event.id())
				.param("act", event.act().name())
				.param("status", event.status().name())
				.param("authority", event.actorAuthority().value())
				.param("user", event.actorUser())
				.param("at", Timestamp.from(event.occurredAt()))
				.param("details", ContentsCodec.writeDetails(event.details()))
				.param("previous", event.previousHash())
				.param("hash", event.hash())
				.update();
		}
	}

	private static CaseEvent event(ResultSet rs) throws SQLException {
		return new CaseEvent(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				rs.getLong("sequence"), CaseType.valueOf(rs.getString("type")), Act.valueOf(rs.getString("act")),
				CaseStatus.valueOf(rs.getString("status")), new AuthorityId(rs.getObject("actor_authority", UUID.class)),
				rs.getString("actor_user"), rs.getTimestamp("occurred_at").toInstant(),
				ContentsCodec.readDetails(rs.getString("details")), rs.getString("previous_hash"));
	}

	private static Party party(ResultSet rs, String side) throws SQLException {
		return new Party(CountryCode.of(rs.getString(side + "_state")),
				new AuthorityId(rs.getObject(side + "_authority", UUID.class)));
	}
}
