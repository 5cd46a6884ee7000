package org.hanoinet.directory;

import java.time.LocalDateTime;
import java.util.List;

import org.hanoinet.shared.AuthorityId;

/** The duty shifts of the points of contact. */
public interface Shifts {

	void add(Shift shift);

	/** The authority's shifts that overlap the local period [from, to). */
	List<Shift> overlapping(AuthorityId authority, LocalDateTime from, LocalDateTime to);
}
