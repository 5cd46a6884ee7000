package org.hanoinet.directory;

import java.util.List;
import java.util.Optional;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;

/** The authorities this node serves. */
public interface Authorities {

	/** Every authority served by this node, by State then kind. */
	List<Authority> findAll();

	List<Authority> findByState(CountryCode state);

	Optional<Authority> findById(AuthorityId id);

	/** Adds the authority unless one with the same id is already registered; true when it was added. */
	boolean addIfAbsent(Authority authority);
}
