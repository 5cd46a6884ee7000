package org.hanoinet.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.hanoinet.assistance.AssistanceEvents.DeliveryRecorded;
import org.hanoinet.assistance.AssistanceEvents.MatchAccepted;
import org.hanoinet.assistance.AssistanceEvents.MatchDeclined;
import org.hanoinet.assistance.AssistanceEvents.MatchProposed;
import org.hanoinet.assistance.AssistanceEvents.OutcomeRecorded;
import org.hanoinet.shared.AuditableEvent;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;

/**
 * The secretariat's match of one State's need with another State's offer (art. 54), and what the two States then do
 * with it: each accepts it or declines it with a reason; once both accepted, the offering State records what it
 * delivered; then either State records the outcome. Every act checks where the match stands and which State acts,
 * and records a past-tense event for the audit log.
 */
public final class Match {

	/** The longest reason, delivery or outcome text accepted. */
	public static final int TEXT_LENGTH = 4000;

	private final MatchId id;

	private final NeedId need;

	private final OfferId offer;

	private final CountryCode needingState;

	private final CountryCode offeringState;

	private final String proposedBy;

	private final Instant proposedAt;

	private MatchStatus status;

	private Instant acceptedByNeedingState;

	private Instant acceptedByOfferingState;

	private Decline decline;

	private Delivery delivery;

	private Outcome outcome;

	private final List<AuditableEvent> events = new ArrayList<>();

	/** The State that declined, why, and when. */
	public record Decline(CountryCode by, String reason, Instant at) {
	}

	/** The day the assistance was delivered, what was delivered, and when the offering State recorded it. */
	public record Delivery(LocalDate on, String delivered, Instant recordedAt) {
	}

	/** The State that recorded the outcome, the outcome, and when. */
	public record Outcome(CountryCode by, String text, Instant recordedAt) {
	}

	private Match(MatchId id, NeedId need, OfferId offer, CountryCode needingState, CountryCode offeringState, String proposedBy,
			Instant proposedAt) {
		this.id = id;
		this.need = need;
		this.offer = offer;
		this.needingState = needingState;
		this.offeringState = offeringState;
		this.proposedBy = proposedBy;
		this.proposedAt = proposedAt;
		this.status = MatchStatus.PROPOSED;
	}

	/**
	 * The secretariat matches {@code need} with {@code offer}, which must come from two different States.
	 *
	 * @param by the secretariat's user or token id
	 */
	public static Match propose(MatchId id, Need need, Offer offer, String by, Instant at) {
		if (need.state().equals(offer.state())) {
			throw new InvalidValue("offer", "The need and the offer are both of " + need.state()
					+ "; a match brings together a need of one State and an offer of another.");
		}
		Match match = new Match(id, need.id(), offer.id(), need.state(), offer.state(), by, at);
		match.events.add(new MatchProposed(id, need.id(), offer.id(), need.state().value(), offer.state().value(), by, at));
		return match;
	}

	/** A match as the register stored it, without events. */
	public static Match restore(MatchId id, NeedId need, OfferId offer, CountryCode needingState, CountryCode offeringState,
			String proposedBy, Instant proposedAt, MatchStatus status, Instant acceptedByNeedingState, Instant acceptedByOfferingState,
			Decline decline, Delivery delivery, Outcome outcome) {
		Match match = new Match(id, need, offer, needingState, offeringState, proposedBy, proposedAt);
		match.status = status;
		match.acceptedByNeedingState = acceptedByNeedingState;
		match.acceptedByOfferingState = acceptedByOfferingState;
		match.decline = decline;
		match.delivery = delivery;
		match.outcome = outcome;
		return match;
	}

	/** Whether {@code state} is the needing or the offering State of this match. */
	public boolean concerns(CountryCode state) {
		return needingState.equals(state) || offeringState.equals(state);
	}

	/** {@code side} accepts the match; once both States have, it is {@link MatchStatus#AGREED}. */
	public void accept(CountryCode side, String by, Instant at) {
		requireSide(side);
		if (status != MatchStatus.PROPOSED) {
			throw refused(MatchAct.ACCEPT, "The match is " + status + ": it is accepted only while it is proposed.");
		}
		if (acceptedBy(side)) {
			throw refused(MatchAct.ACCEPT, side + " has already accepted this match; it waits for " + otherSide(side) + ".");
		}
		if (side.equals(needingState)) {
			acceptedByNeedingState = at;
		}
		else {
			acceptedByOfferingState = at;
		}
		if (acceptedByNeedingState != null && acceptedByOfferingState != null) {
			status = MatchStatus.AGREED;
		}
		events.add(new MatchAccepted(id, side.value(), status.name(), by, at));
	}

	/** {@code side}, which has not accepted the match, declines it with a reason; the match ends there. */
	public void decline(CountryCode side, String reason, String by, Instant at) {
		requireSide(side);
		if (status != MatchStatus.PROPOSED) {
			throw refused(MatchAct.DECLINE, "The match is " + status + ": it is declined only while it is proposed.");
		}
		if (acceptedBy(side)) {
			throw refused(MatchAct.DECLINE, side + " has accepted this match and can no longer decline it.");
		}
		decline = new Decline(side, text("reason", reason, "Say why the match is declined."), at);
		status = MatchStatus.DECLINED;
		events.add(new MatchDeclined(id, side.value(), by, at));
	}

	/**
	 * The offering State records that it delivered the assistance on {@code on} (not after today, UTC) and what it
	 * delivered.
	 */
	public void recordDelivery(CountryCode side, LocalDate on, String delivered, String by, Instant at) {
		requireSide(side);
		if (status != MatchStatus.AGREED) {
			throw refused(MatchAct.RECORD_DELIVERY, status == MatchStatus.PROPOSED
					? "The match is PROPOSED: a delivery is recorded only once both States have accepted it."
					: "The match is " + status + ": a delivery is recorded only once, after both States accepted the match.");
		}
		if (!side.equals(offeringState)) {
			throw new ActOfOtherSide(MatchAct.RECORD_DELIVERY, "Only the offering State, " + offeringState
					+ ", records the delivery of the assistance.");
		}
		if (on == null) {
			throw new InvalidValue("date", "Give the day the assistance was delivered, as YYYY-MM-DD.");
		}
		if (on.isAfter(LocalDate.ofInstant(at, ZoneOffset.UTC))) {
			throw new InvalidValue("date", "The day of delivery, " + on + ", is in the future; record a delivery once it happened.");
		}
		delivery = new Delivery(on, text("delivered", delivered, "Say what was delivered."), at);
		status = MatchStatus.DELIVERED;
		events.add(new DeliveryRecorded(id, side.value(), on, by, at));
	}

	/** Either State records the outcome of the assistance delivered; the match is then concluded. */
	public void recordOutcome(CountryCode side, String text, String by, Instant at) {
		requireSide(side);
		if (status != MatchStatus.DELIVERED) {
			throw refused(MatchAct.RECORD_OUTCOME, status == MatchStatus.CONCLUDED
					? "The outcome of this match has already been recorded."
					: "The match is " + status + ": an outcome is recorded once the offering State has recorded the delivery.");
		}
		outcome = new Outcome(side, text("outcome", text, "Say what came of the assistance."), at);
		status = MatchStatus.CONCLUDED;
		events.add(new OutcomeRecorded(id, side.value(), by, at));
	}

	/** Whether {@code act} is possible for {@code side} now. */
	public boolean allows(CountryCode side, MatchAct act) {
		if (!concerns(side)) {
			return false;
		}
		return switch (act) {
			case ACCEPT, DECLINE -> status == MatchStatus.PROPOSED && !acceptedBy(side);
			case RECORD_DELIVERY -> status == MatchStatus.AGREED && side.equals(offeringState);
			case RECORD_OUTCOME -> status == MatchStatus.DELIVERED;
		};
	}

	/** Whether {@code side} has accepted the match. */
	public boolean acceptedBy(CountryCode side) {
		return side.equals(needingState) ? acceptedByNeedingState != null : side.equals(offeringState) && acceptedByOfferingState != null;
	}

	/** The events recorded since the match was proposed or restored, and forgets them. */
	public List<AuditableEvent> takeEvents() {
		List<AuditableEvent> taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	private void requireSide(CountryCode side) {
		if (!concerns(side)) {
			// The register finds a match only for its two States and the secretariat, which never acts on it.
			throw new IllegalStateException(side + " is no side of match " + id);
		}
	}

	private CountryCode otherSide(CountryCode side) {
		return side.equals(needingState) ? offeringState : needingState;
	}

	private InvalidTransition refused(MatchAct act, String message) {
		return new InvalidTransition(status, act, message);
	}

	private static String text(String field, String text, String missing) {
		String given = text == null ? "" : text.strip();
		if (given.isEmpty()) {
			throw new InvalidValue(field, missing);
		}
		if (given.length() > TEXT_LENGTH) {
			throw new InvalidValue(field, "At most " + TEXT_LENGTH + " characters; this text has " + given.length() + ".");
		}
		return given;
	}

	public MatchId id() {
		return id;
	}

	public NeedId need() {
		return need;
	}

	public OfferId offer() {
		return offer;
	}

	public CountryCode needingState() {
		return needingState;
	}

	public CountryCode offeringState() {
		return offeringState;
	}

	public String proposedBy() {
		return proposedBy;
	}

	public Instant proposedAt() {
		return proposedAt;
	}

	public MatchStatus status() {
		return status;
	}

	/** When the needing State accepted, or {@code null}. */
	public Instant acceptedByNeedingState() {
		return acceptedByNeedingState;
	}

	/** When the offering State accepted, or {@code null}. */
	public Instant acceptedByOfferingState() {
		return acceptedByOfferingState;
	}

	/** The decline, or {@code null}. */
	public Decline decline() {
		return decline;
	}

	/** The delivery, or {@code null}. */
	public Delivery delivery() {
		return delivery;
	}

	/** The outcome, or {@code null}. */
	public Outcome outcome() {
		return outcome;
	}
}
