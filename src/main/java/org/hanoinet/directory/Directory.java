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

	private final TrustedDirectory trusted;

	private final Nodes nodes;

	private final ThisNode thisNode;

	Directory(Authorities authorities, Clock clock, TrustedDirectory trusted, Nodes nodes, ThisNode thisNode) {
		this.nodes = nodes;
		this.thisNode = thisNode;
		this.authorities = authorities;
		this.clock = clock;
		this.trusted = trusted;
	}

	/**
	 * Every authority this node knows of: its own registers on the secretariat or a node that follows none,
	 * otherwise the authorities of the directory it verified from the secretariat.
	 */
	public List<Authority> knownAuthorities() {
		if (trusted.secretariat() || trusted.current().isEmpty()) {
			return authorities.findAll();
		}
		return trusted.current().get().authorities();
	}

	/** The authorities of every known State designated now, by State in code order. */
	public List<ServedState> designatedByState() {
		return byState(knownAuthorities());
	}

	/** The States served by this node with their authorities designated now, ordered by country code. */
	public List<ServedState> servedStates() {
		return byState(authorities.findAll());
	}

	private List<ServedState> byState(List<Authority> all) {
		Map<CountryCode, List<Authority>> byState = new TreeMap<>();
		for (Authority authority : all) {
			if (authority.designatedAt(clock.instant())) {
				byState.computeIfAbsent(authority.state(), state -> new ArrayList<>()).add(authority);
			}
		}
		return byState.entrySet().stream().map(entry -> new ServedState(entry.getKey(), List.copyOf(entry.getValue()))).toList();
	}

	/** Every authority a State designated, including ended designations (history). */
	public List<Authority> registerOf(CountryCode state) {
		return knownAuthorities().stream().filter(authority -> authority.state().equals(state)).toList();
	}

	/** One authority of the register, whether or not its designation is in effect. */
	public Optional<Authority> authority(AuthorityId id) {
		return knownAuthorities().stream().filter(authority -> authority.id().equals(id)).findFirst();
	}

	/** Every node this node knows of: those of the signed directory it follows, or its own register. */
	public List<Node> knownNodes() {
		if (trusted.secretariat() || trusted.current().isEmpty()) {
			return nodes.findAll();
		}
		return trusted.current().get().nodes();
	}

	/** The node that serves {@code authority}, if the directory names one. */
	public Optional<Node> nodeServing(AuthorityId authority) {
		return knownNodes().stream().filter(node -> node.authorities().contains(authority)).findFirst();
	}

	/**
	 * Whether this node serves {@code authority}: the directory says so, or, while no node claims the
	 * authority, it is in this node's own register (a standalone node serves what it registers).
	 */
	public boolean servedHere(AuthorityId authority) {
		return nodeServing(authority).map(node -> node.id().equals(thisNode.id()))
			.orElseGet(() -> authorities.findAll().stream().anyMatch(known -> known.id().equals(authority)));
	}

	/** One State served by this node and the authorities it designated. */
	public record ServedState(CountryCode state, List<Authority> authorities) {
	}
}
