package org.hanoinet.assistance.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hanoinet.assistance.Match;
import org.hanoinet.assistance.MatchId;
import org.hanoinet.assistance.MatchStatus;
import org.hanoinet.assistance.Need;
import org.hanoinet.assistance.NeedId;
import org.hanoinet.assistance.NeedKind;
import org.hanoinet.assistance.Offer;
import org.hanoinet.assistance.OfferId;
import org.hanoinet.assistance.OfferKind;
import org.hanoinet.assistance.Particulars;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.treaty.RegionalGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The needs, offers and matches of the technical-assistance register in PostgreSQL ({@code V97}). */
@Repository
public class JdbcAssistanceRegister {

	private static final String PARTICULARS = "title, description, languages, region, available_from, available_to, contact_authority";

	private static final String NEED = "select id, state, kind, " + PARTICULARS + ", visible_to, recorded_by, recorded_at from assistance_need ";

	private static final String OFFER = "select id, state, kind, " + PARTICULARS + ", recorded_by, recorded_at from assistance_offer ";

	private static final String MATCH = """
			select id, need_id, offer_id, needing_state, offering_state, proposed_by, proposed_at, status, needing_accepted_at,
			offering_accepted_at, declined_by, decline_reason, declined_at, delivered_on, delivered, delivery_recorded_at,
			outcome_by, outcome, outcome_recorded_at from assistance_match\s""";

	private final JdbcClient jdbc;

	JdbcAssistanceRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Need need) {
		Particulars particulars = need.particulars();
		jdbc.sql("insert into assistance_need (id, state, kind, " + PARTICULARS + ", visible_to, recorded_by, recorded_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(need.id().value(), need.state().value(), need.kind().name(), particulars.title(), particulars.description(),
					String.join(",", particulars.languages()), particulars.region().name(), Date.valueOf(particulars.from()),
					Date.valueOf(particulars.to()), particulars.contact().value(), codes(need.visibleTo()), need.recordedBy(),
					Timestamp.from(need.recordedAt()))
			.update();
	}

	public void add(Offer offer) {
		Particulars particulars = offer.particulars();
		jdbc.sql("insert into assistance_offer (id, state, kind, " + PARTICULARS + ", recorded_by, recorded_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(offer.id().value(), offer.state().value(), offer.kind().name(), particulars.title(), particulars.description(),
					String.join(",", particulars.languages()), particulars.region().name(), Date.valueOf(particulars.from()),
					Date.valueOf(particulars.to()), particulars.contact().value(), offer.recordedBy(), Timestamp.from(offer.recordedAt()))
			.update();
	}

	public Optional<Need> need(NeedId id) {
		return jdbc.sql(NEED + "where id = ?").param(id.value()).query(JdbcAssistanceRegister::need).optional();
	}

	/** The needs of {@code state} and those it was chosen to see, newest first. */
	public List<Need> needsVisibleTo(CountryCode state) {
		return jdbc.sql(NEED + "where state = :state or :state = any(string_to_array(visible_to, ',')) order by recorded_at desc, id")
			.param("state", state.value())
			.query(JdbcAssistanceRegister::need)
			.list();
	}

	/** Every need of every State, newest first: for the secretariat. */
	public List<Need> allNeeds() {
		return jdbc.sql(NEED + "order by recorded_at desc, id").query(JdbcAssistanceRegister::need).list();
	}

	public Optional<Offer> offer(OfferId id) {
		return jdbc.sql(OFFER + "where id = ?").param(id.value()).query(JdbcAssistanceRegister::offer).optional();
	}

	/** Every offer, newest first. */
	public List<Offer> offers() {
		return jdbc.sql(OFFER + "order by recorded_at desc, id").query(JdbcAssistanceRegister::offer).list();
	}

	public void add(Match match) {
		jdbc.sql("""
				insert into assistance_match (id, need_id, offer_id, needing_state, offering_state, proposed_by, proposed_at, status)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(match.id().value(), match.need().value(), match.offer().value(), match.needingState().value(),
					match.offeringState().value(), match.proposedBy(), Timestamp.from(match.proposedAt()), match.status().name())
			.update();
	}

	/** Writes what the States did with the match since it was read. */
	public void update(Match match) {
		Match.Decline decline = match.decline();
		Match.Delivery delivery = match.delivery();
		Match.Outcome outcome = match.outcome();
		jdbc.sql("""
				update assistance_match set status = ?, needing_accepted_at = ?, offering_accepted_at = ?, declined_by = ?,
				decline_reason = ?, declined_at = ?, delivered_on = ?, delivered = ?, delivery_recorded_at = ?, outcome_by = ?,
				outcome = ?, outcome_recorded_at = ? where id = ?""")
			.params(match.status().name(), ts(match.acceptedByNeedingState()), ts(match.acceptedByOfferingState()),
					decline == null ? null : decline.by().value(), decline == null ? null : decline.reason(),
					decline == null ? null : ts(decline.at()), delivery == null ? null : Date.valueOf(delivery.on()),
					delivery == null ? null : delivery.delivered(), delivery == null ? null : ts(delivery.recordedAt()),
					outcome == null ? null : outcome.by().value(), outcome == null ? null : outcome.text(),
					outcome == null ? null : ts(outcome.recordedAt()), match.id().value())
			.update();
	}

	/** The match, locked until the end of the transaction, so that two acts on it happen one after the other. */
	public Optional<Match> lockMatch(MatchId id) {
		return jdbc.sql(MATCH + "where id = ? for update").param(id.value()).query(JdbcAssistanceRegister::match).optional();
	}

	public Optional<Match> match(MatchId id) {
		return jdbc.sql(MATCH + "where id = ?").param(id.value()).query(JdbcAssistanceRegister::match).optional();
	}

	/** The matches of which {@code state} is a side, newest first. */
	public List<Match> matchesOf(CountryCode state) {
		return jdbc.sql(MATCH + "where needing_state = :state or offering_state = :state order by proposed_at desc, id")
			.param("state", state.value())
			.query(JdbcAssistanceRegister::match)
			.list();
	}

	/** Every match, newest first: for the secretariat. */
	public List<Match> allMatches() {
		return jdbc.sql(MATCH + "order by proposed_at desc, id").query(JdbcAssistanceRegister::match).list();
	}

	/** Whether the need and the offer are already matched in a match that was not declined. */
	public boolean matched(NeedId need, OfferId offer) {
		return jdbc.sql("select count(*) from assistance_match where need_id = ? and offer_id = ? and status <> 'DECLINED'")
			.params(need.value(), offer.value())
			.query(Long.class)
			.single() > 0;
	}

	/** Whether no need and no offer was ever recorded. */
	public boolean empty() {
		return jdbc.sql("select (select count(*) from assistance_need) + (select count(*) from assistance_offer)").query(Long.class).single() == 0;
	}

	private static Need need(ResultSet row, int index) throws SQLException {
		List<CountryCode> visibleTo = Arrays.stream(row.getString("visible_to").split(","))
			.filter(code -> !code.isBlank())
			.map(CountryCode::of)
			.toList();
		return new Need(new NeedId(row.getObject("id", UUID.class)), CountryCode.of(row.getString("state")),
				NeedKind.valueOf(row.getString("kind")), particulars(row), visibleTo, row.getString("recorded_by"),
				row.getTimestamp("recorded_at").toInstant());
	}

	private static Offer offer(ResultSet row, int index) throws SQLException {
		return new Offer(new OfferId(row.getObject("id", UUID.class)), CountryCode.of(row.getString("state")),
				OfferKind.valueOf(row.getString("kind")), particulars(row), row.getString("recorded_by"),
				row.getTimestamp("recorded_at").toInstant());
	}

	private static Particulars particulars(ResultSet row) throws SQLException {
		return new Particulars(row.getString("title"), row.getString("description"), List.of(row.getString("languages").split(",")),
				RegionalGroup.valueOf(row.getString("region")), row.getDate("available_from").toLocalDate(),
				row.getDate("available_to").toLocalDate(), new AuthorityId(row.getObject("contact_authority", UUID.class)));
	}

	private static Match match(ResultSet row, int index) throws SQLException {
		String declinedBy = row.getString("declined_by");
		Date deliveredOn = row.getDate("delivered_on");
		String outcomeBy = row.getString("outcome_by");
		return Match.restore(new MatchId(row.getObject("id", UUID.class)), new NeedId(row.getObject("need_id", UUID.class)),
				new OfferId(row.getObject("offer_id", UUID.class)), CountryCode.of(row.getString("needing_state")),
				CountryCode.of(row.getString("offering_state")), row.getString("proposed_by"), instant(row, "proposed_at"),
				MatchStatus.valueOf(row.getString("status")), instant(row, "needing_accepted_at"), instant(row, "offering_accepted_at"),
				declinedBy == null ? null
						: new Match.Decline(CountryCode.of(declinedBy), row.getString("decline_reason"), instant(row, "declined_at")),
				deliveredOn == null ? null
						: new Match.Delivery(deliveredOn.toLocalDate(), row.getString("delivered"), instant(row, "delivery_recorded_at")),
				outcomeBy == null ? null
						: new Match.Outcome(CountryCode.of(outcomeBy), row.getString("outcome"), instant(row, "outcome_recorded_at")));
	}

	private static String codes(List<CountryCode> states) {
		return states.stream().map(CountryCode::value).collect(Collectors.joining(","));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
