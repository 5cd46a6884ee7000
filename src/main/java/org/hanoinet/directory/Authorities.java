package org.hanoinet.directory;

import java.util.List;
import java.util.Optional;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;

/** The registers of designated authorities, with ended designations kept for history. */
public interface Authorities {

	/** Every authority ever registered, by State then kind, including ended designations. */
	List<Authority> findAll();

	List<Authority> findByState(CountryCode state);

	Optional<Authority> findById(AuthorityId id);

	/** Adds the authority unless one with the same id is already registered; true when it was added. */
	boolean addIfAbsent(Authority authority);

	/** Replaces what the register says of an existing authority. */
	void update(Authority authority);
}
