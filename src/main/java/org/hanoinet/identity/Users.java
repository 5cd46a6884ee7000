package org.hanoinet.identity;

import java.util.List;
import java.util.Optional;

/**
 * The users of this node, as a caller may see them: every read is scoped to the caller's State in the query
 * itself, so no controller can forget the rule.
 */
public interface Users {

	/** The users of the caller's State, by username. */
	List<User> visibleTo(Caller caller);

	/** One user, if it exists and belongs to the caller's State. */
	Optional<User> findVisible(UserId id, Caller caller);
}
