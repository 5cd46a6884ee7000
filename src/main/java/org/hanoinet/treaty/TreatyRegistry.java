package org.hanoinet.treaty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hanoinet.shared.InvalidValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The treaty registry as the rest of the node and its users see it: the status of the Convention on any date,
 * each participant's history, what-if projections, and the secretariat's changes, each checked against the
 * final clauses and published as an auditable event.
 */
@Service
public class TreatyRegistry {

	private final TreatyActions actions;

	private final Participants participants;

	private final EntryIntoForce entryIntoForce;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TreatyRegistry(TreatyActions actions, Participants participants, EntryIntoForce entryIntoForce, Clock clock,
			ApplicationEventPublisher events) {
		this.actions = actions;
		this.participants = participants;
		this.entryIntoForce = entryIntoForce;
		this.clock = clock;
		this.events = events;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public Participants participants() {
		return participants;
	}

	public TreatyRules rules() {
		return entryIntoForce.rules();
	}

	/** The status of the Convention on a date. */
	@Transactional(readOnly = true)
	public ConventionStatus status(LocalDate date) {
		return entryIntoForce.status(actions.findAll(), date);
	}

	/** Whether the Convention is in force for this participant on this date: the ground of every cooperation case. */
	@Transactional(readOnly = true)
	public boolean isParty(ParticipantCode participant, LocalDate date) {
		return status(date).of(participant).party();
	}

	@Transactional(readOnly = true)
	public List<Action> actions() {
		return actions.findAll();
	}

	@Transactional(readOnly = true)
	public List<Action> history(ParticipantCode participant) {
		participants.get(participant);
		return actions.findByParticipant(participant);
	}

	/** What hypothetical actions would change; nothing is stored. An {@link ActionRefused} names a forbidden one. */
	@Transactional(readOnly = true)
	public Projection project(List<Action> hypothetical) {
		if (hypothetical.isEmpty()) {
			throw new InvalidValue("deposits", "A projection needs at least one hypothetical deposit.");
		}
		return entryIntoForce.project(actions.findAll(), hypothetical);
	}

	/** Records an action that happened; refused when dated in the future or forbidden by the final clauses. */
	@Transactional
	public Action record(Action action, String actor) {
		refuseFuture(action);
		List<Action> all = new ArrayList<>(actions.findAll());
		all.add(action);
		entryIntoForce.check(all).ifPresent(refusal -> {
			throw new ActionRefused(refusal);
		});
		if (!actions.addIfAbsent(action, actor)) {
			throw new InvalidValue("id", "An action with the id " + action.id() + " is already recorded.");
		}
		events.publishEvent(new TreatyActionRecorded(action, actor, Instant.now(clock)));
		return action;
	}

	/** Removes a recorded action, unless a later action depends on it (a ratification on its signature...). */
	@Transactional
	public Action remove(ActionId id, String actor) {
		Action removed = actions.findById(id).orElseThrow(() -> new ActionNotFound(id));
		List<Action> rest = actions.findAll().stream().filter(action -> !action.id().equals(id)).toList();
		entryIntoForce.check(rest).ifPresent(refusal -> {
			throw new ActionRefused(refusal);
		});
		actions.remove(id);
		events.publishEvent(new TreatyActionRemoved(removed, actor, Instant.now(clock)));
		return removed;
	}

	/** Replaces the whole registry with imported actions, all or nothing, after checking them together. */
	@Transactional
	public int replaceAll(List<Action> imported, String source, String sha256, String actor) {
		imported.forEach(this::refuseFuture);
		entryIntoForce.check(imported).ifPresent(refusal -> {
			throw new ActionRefused(refusal);
		});
		actions.removeAll();
		int added = 0;
		for (Action action : imported) {
			if (!actions.addIfAbsent(action, actor)) {
				throw new InvalidValue("id", "The imported file holds the action " + action.id() + " twice.");
			}
			added++;
		}
		events.publishEvent(new TreatyRegistryImported(source, sha256, added, actor, Instant.now(clock)));
		return added;
	}

	private void refuseFuture(Action action) {
		participants.find(action.participant()).orElseThrow(() -> new ActionRefused(new Refusal.UnknownParticipant(action.participant())));
		if (action.dated() && action.date().isAfter(today())) {
			throw new ActionRefused(new Refusal.InTheFuture(action.participant(), action.kind(), action.date(), today()));
		}
	}
}
