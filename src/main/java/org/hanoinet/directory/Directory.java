package org.hanoinet.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.springframework.stereotype.Service;

/** What this node's part of the directory says: which States it serves, and through which authorities. */
@Service
public class Directory {

	private final Authorities authorities;

	private final Clock clock;

	Directory(Authorities authorities, Clock clock) {
		this.authorities = authorities;
		this.clock = clock;
	}

	/** The States served by this node with their authorities designated now, ordered by country code. */
	public List<ServedState> servedStates() {
		Map<CountryCode, List<Authority>> byState = new TreeMap<>();
		for (Authority authority : authorities.findAll()) {
			if (authority.designatedAt(clock.instant())) {
				byState.computeIfAbsent(authority.state(), state -> new ArrayList<>()).add(authority);
			}
		}
		return byState.entrySet().stream().map(entry -> new ServedState(entry.getKey(), List.copyOf(entry.getValue()))).toList();
	}

	/** Every authority a State designated, including ended designations (history). */
	public List<Authority> registerOf(CountryCode state) {
		return authorities.findByState(state);
	}

	/** One authority of the register, whether or not its designation is in effect. */
	public Optional<Authority> authority(AuthorityId id) {
		return authorities.findById(id);
	}

	/** One State served by this node and the authorities it designated. */
	public record ServedState(CountryCode state, List<Authority> authorities) {
	}
}
