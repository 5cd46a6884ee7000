package org.hanoinet.cooperation;

import java.util.List;
import java.util.Optional;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;

/** The cases this node holds, each with its chain of events. */
public interface Cases {

	/** Stores a new case and its first events. */
	void add(Case request);

	/**
	 * Stores the events recorded since the case was read; refused with {@link ConcurrentAct} when someone else
	 * acted on the case in between, so two acts never take the same place in the chain.
	 */
	void update(Case request);

	/** The case, whoever's it is: callers scope by State. */
	Optional<Case> find(CaseId id);

	/**
	 * The cases in which {@code state} is the requesting or the requested State, newest first, narrowed to one
	 * authority's side when {@code authority} is given.
	 */
	List<CaseSummary> of(CountryCode state, AuthorityId authority, Side side, int limit);

	/** The cases that follow up {@code earlier}, oldest first: a joint investigation's workspace, a chain of asset cases. */
	List<CaseSummary> following(CaseId earlier);
}
