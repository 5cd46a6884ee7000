package org.hanoinet.cooperation;

import java.util.Set;

import org.hanoinet.shared.InvalidValue;

/**
 * The two sides of a case: the requesting and the requested State, with the authority that acts for each, as every
 * mechanism of Chapter V (arts. 37 to 52) names them, and who may act for a side: a person of its authority, or a
 * supervisor of its State, who oversees all the State's authorities and alone approves a request or sends it back,
 * refuses or postpones (the four-eyes rule of this system). Every act of every family is checked here for its side,
 * whether performed on this node or reported by the counterpart's.
 */
record Sides(Party requesting, Party requested) {

	/** Acts only a supervisor performs: the four-eyes approval, and the decisions to refuse or postpone. */
	private static final Set<Act> SUPERVISOR_ACTS = Set.of(Act.APPROVE, Act.RETURN_FOR_CHANGES, Act.REFUSE, Act.POSTPONE);

	Sides {
		if (requesting == null || requested == null) {
			throw new InvalidValue("requested", "A case needs a requesting and a requested side.");
		}
		if (requesting.state().equals(requested.state())) {
			throw new InvalidValue("requested", "The requested State must differ from the requesting State.");
		}
	}

	/**
	 * The side of the case that {@code actor} acts for, if either: the side whose authority they belong to, or,
	 * for a supervisor, the side of their State (a supervisor oversees all their State's authorities).
	 */
	Side of(Actor actor) {
		if (actor.authority().equals(requesting.authority())) {
			return Side.REQUESTING;
		}
		if (actor.authority().equals(requested.authority())) {
			return Side.REQUESTED;
		}
		if (actor.supervisor() && actor.state().equals(requesting.state())) {
			return Side.REQUESTING;
		}
		if (actor.supervisor() && actor.state().equals(requested.state())) {
			return Side.REQUESTED;
		}
		return null;
	}

	/** Throws unless {@code actor} acts for the side that owns {@code act}. */
	void check(Act act, Actor actor) {
		if (actor == null) {
			throw new InvalidValue("actor", "Every act needs the person performing it.");
		}
		if (of(actor) != act.side()) {
			throw new ActOfOtherSide(act, act.side());
		}
	}

	/**
	 * Throws unless the authority that performed the reported {@code event} is that of the side owning its act, or,
	 * for an act a supervisor performs, of neither side: a supervisor of the State may act for any of its authorities.
	 */
	void checkReported(CaseEvent event) {
		Side side = event.actorAuthority().equals(requesting.authority()) ? Side.REQUESTING
				: event.actorAuthority().equals(requested.authority()) ? Side.REQUESTED : null;
		boolean sideOk = side == event.act().side() || (side == null && event.act().side() != null
				&& SUPERVISOR_ACTS.contains(event.act()));
		if (!sideOk) {
			throw new ActOfOtherSide(event.act(), event.act().side());
		}
	}

	/** Whether {@code actor} may perform {@code act} as far as supervision goes: a supervisor any, others all but theirs. */
	static boolean mayPerform(Actor actor, Act act) {
		return actor.supervisor() || !SUPERVISOR_ACTS.contains(act);
	}

	/** Throws unless {@code actor} is a supervisor: approvals, refusals and postponements are theirs. */
	static void checkSupervisor(Actor actor) {
		if (!actor.supervisor()) {
			throw new ApprovalRefused("Only a supervisor may approve requests, refusals and postponements.");
		}
	}
}
