package org.hanoinet.clocks;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.hanoinet.cooperation.CaseId;

/**
 * The legal clocks of the node's cases. Clocks start, are met and are cancelled by case events on their
 * own; a worker fires each within a second of its due time. This is what pages and the API read.
 */
public interface LegalClocks {

	/** Every clock of the case, due first. */
	List<LegalClock> forCase(CaseId caseId);

	/** For each of the cases that has one, its running clock due first (the deadline an inbox shows). */
	Map<CaseId, LegalClock> nextDue(Collection<CaseId> cases);

	/**
	 * The given cases ordered by their nearest running clock, due first; cases without a running clock follow
	 * in the order given.
	 */
	List<CaseId> dueFirst(Collection<CaseId> cases);

	/**
	 * Fires now every running clock due by the node's clock and returns how many fired. The worker does this
	 * by itself; a test that moved the clock may call it so as not to wait for the worker.
	 */
	int fireDue();
}
