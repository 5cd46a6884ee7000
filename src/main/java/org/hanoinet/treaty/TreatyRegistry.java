package org.hanoinet.treaty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

	private final RegistryBases bases;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TreatyRegistry(TreatyActions actions, Participants participants, EntryIntoForce entryIntoForce, RegistryBases bases, Clock clock,
			ApplicationEventPublisher events) {
		this.actions = actions;
		this.bases = bases;
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

	/** What the registry's data stands on: the last import or update, and the notification it named. */
	@Transactional(readOnly = true)
	public Optional<RegistryBasis> basis() {
		return bases.latest();
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
		Instant now = Instant.now(clock);
		bases.record(new RegistryBasis(source, null, actor, now), sha256, added, 0, 0);
		events.publishEvent(new TreatyRegistryImported(source, sha256, added, actor, now));
		return added;
	}

	/**
	 * Brings the registry up to a depositary notification with the depositary's list as of it: the list's actions
	 * new to the registry are added, those recorded under the same id with other content are replaced, and recorded
	 * actions the list does not name are kept. All or nothing, after checking the result against the final clauses;
	 * a preview says what would change and stores nothing. Refused: a notification already applied, one older than
	 * the latest applied, and a list holding an act dated after its notification.
	 */
	@Transactional
	public RegistryUpdate update(List<Action> list, DepositaryNotification notification, String sha256, boolean preview, String actor) {
		if (notification.date().isAfter(today())) {
			throw new InvalidValue("notificationDate", "Notification " + notification.reference() + " is dated " + notification.date()
					+ ", after today (" + today() + ").");
		}
		if (bases.knows(notification.reference())) {
			throw new InvalidValue("notification", "The registry was already brought up to notification " + notification.reference()
					+ "; name the newer notification the list stands as of.");
		}
		bases.latestNotificationDate().filter(latest -> notification.date().isBefore(latest)).ifPresent(latest -> {
			throw new InvalidValue("notificationDate", "The registry already stands as of a notification of " + latest + "; a list as of "
					+ notification.date() + " would turn it back. Upload the depositary's latest list.");
		});
		Map<ActionId, Action> merged = new LinkedHashMap<>();
		actions.findAll().forEach(action -> merged.put(action.id(), action));
		Set<ActionId> named = new HashSet<>();
		List<Action> added = new ArrayList<>();
		List<Action> changed = new ArrayList<>();
		int unchanged = 0;
		for (Action action : list) {
			refuseFuture(action);
			if (action.dated() && action.date().isAfter(notification.date())) {
				throw new InvalidValue("date", "The list holds the " + action.kind() + " of " + action.participant() + " of " + action.date()
						+ ", after notification " + notification.reference() + " of " + notification.date() + ": a list as of that notification cannot hold it.");
			}
			if (!named.add(action.id())) {
				throw new InvalidValue("id", "The list holds the action " + action.id() + " twice.");
			}
			Action recorded = merged.put(action.id(), action);
			if (recorded == null) {
				added.add(action);
			}
			else if (recorded.equals(action)) {
				unchanged++;
			}
			else {
				changed.add(action);
			}
		}
		entryIntoForce.check(List.copyOf(merged.values())).ifPresent(refusal -> {
			throw new ActionRefused(refusal);
		});
		int notInList = merged.size() - list.size();
		RegistryUpdate update = new RegistryUpdate(notification, added, changed, unchanged, notInList, merged.size(), !preview);
		if (preview) {
			return update;
		}
		for (Action correction : changed) {
			actions.remove(correction.id());
			actions.addIfAbsent(correction, actor);
		}
		added.forEach(action -> actions.addIfAbsent(action, actor));
		Instant now = Instant.now(clock);
		bases.record(new RegistryBasis("depositary list upload", notification, actor, now), sha256, added.size(), changed.size(), unchanged);
		events.publishEvent(new TreatyRegistryUpdated(update, sha256, actor, now));
		return update;
	}

	private void refuseFuture(Action action) {
		participants.find(action.participant()).orElseThrow(() -> new ActionRefused(new Refusal.UnknownParticipant(action.participant())));
		if (action.dated() && action.date().isAfter(today())) {
			throw new ActionRefused(new Refusal.InTheFuture(action.participant(), action.kind(), action.date(), today()));
		}
	}
}
