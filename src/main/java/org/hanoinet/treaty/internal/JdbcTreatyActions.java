package org.hanoinet.treaty.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hanoinet.treaty.Action;
import org.hanoinet.treaty.ActionId;
import org.hanoinet.treaty.ActionKind;
import org.hanoinet.treaty.Confidence;
import org.hanoinet.treaty.DatePrecision;
import org.hanoinet.treaty.ParticipantCode;
import org.hanoinet.treaty.TreatyActions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTreatyActions implements TreatyActions {

	private static final String COLUMNS = """
			select id, participant, kind, action_date, date_precision, place, article, detail, confidence, sources
			from treaty_action """;

	private static final String ORDER = " order by action_date nulls last, participant, kind, id";

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcTreatyActions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<Action> findAll() {
		return jdbc.sql(COLUMNS + ORDER).query(JdbcTreatyActions::map).list();
	}

	@Override
	public List<Action> findByParticipant(ParticipantCode participant) {
		return jdbc.sql(COLUMNS + " where participant = ?" + ORDER).param(participant.value()).query(JdbcTreatyActions::map).list();
	}

	@Override
	public Optional<Action> findById(ActionId id) {
		return jdbc.sql(COLUMNS + " where id = ?").param(id.value()).query(JdbcTreatyActions::map).optional();
	}

	@Override
	public boolean addIfAbsent(Action action, String recordedBy) {
		return jdbc.sql("""
				insert into treaty_action (id, participant, kind, action_date, date_precision, place, article, detail, confidence,
				    sources, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""")
			.params(action.id().value(), action.participant().value(), action.kind().name(), action.date(), action.precision().name(),
					action.place(), action.article(), action.detail(), action.confidence().name(), action.sources(), recordedBy,
					OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
			.update() == 1;
	}

	@Override
	public boolean remove(ActionId id) {
		return jdbc.sql("delete from treaty_action where id = ?").param(id.value()).update() == 1;
	}

	@Override
	public void removeAll() {
		jdbc.sql("delete from treaty_action").update();
	}

	private static Action map(ResultSet row, int number) throws SQLException {
		Integer article = row.getObject("article", Integer.class);
		return new Action(new ActionId(row.getObject("id", UUID.class)), ParticipantCode.of(row.getString("participant")),
				ActionKind.valueOf(row.getString("kind")), row.getObject("action_date", LocalDate.class),
				DatePrecision.valueOf(row.getString("date_precision")), row.getString("place"), article,
				row.getString("detail"), Confidence.valueOf(row.getString("confidence")), row.getString("sources"));
	}
}
