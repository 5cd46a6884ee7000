package org.hanoinet.treaty;

import java.util.List;

/**
 * What an update from the depositary's list did, or would do when only previewed: the actions it adds, those
 * it corrects (same id, other content), how many it found as recorded, and how many recorded actions the list
 * does not name (kept: a list of one notification's acts names only some of them).
 *
 * @param notification the notification the registry stands as of afterwards
 * @param added actions new to the registry
 * @param changed recorded actions replaced by the list's version
 * @param unchanged actions the list holds exactly as recorded
 * @param notInList recorded actions the list does not name, kept as they are
 * @param actions how many actions the registry holds afterwards
 * @param stored false for a preview
 */
public record RegistryUpdate(DepositaryNotification notification, List<Action> added, List<Action> changed, int unchanged, int notInList,
		int actions, boolean stored) {

	public RegistryUpdate {
		added = List.copyOf(added);
		changed = List.copyOf(changed);
	}
}
