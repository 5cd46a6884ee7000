package org.hanoinet.directory;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.InvalidValue;

/**
 * A HanoiNet node as the directory lists it: where it is reached, the keys with which it signs, and the
 * authorities it serves. Any node verifies a sender's signature against these keys, never against e-mail.
 *
 * @param id short stable name, lower case, e.g. {@code vn-mps}
 * @param endpoint its HTTPS base URL (plain HTTP only on the loopback interface, for tests and demos)
 * @param keys its signing keys, current and recently rotated
 * @param authorities the authorities it serves
 */
public record Node(String id, URI endpoint, List<NodeKey> keys, List<AuthorityId> authorities) {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{1,62}");

	public Node {
		if (id == null || !ID.matcher(id).matches()) {
			throw new InvalidValue("nodeId", "'" + id + "' is not a node id: 2 to 63 lower-case letters, digits, dots or hyphens.");
		}
		if (endpoint == null || endpoint.getHost() == null
				|| !("https".equals(endpoint.getScheme()) || "http".equals(endpoint.getScheme()) && loopback(endpoint))) {
			throw new InvalidValue("endpoint", "'" + endpoint + "' is not an HTTPS URL such as https://hanoinet.example.gov.");
		}
		keys = List.copyOf(keys == null ? List.of() : keys);
		authorities = List.copyOf(authorities == null ? List.of() : authorities);
	}

	/** The key with this id, if the node has (or had) it. */
	public Optional<NodeKey> key(String keyId) {
		return keys.stream().filter(key -> key.keyId().equals(keyId)).findFirst();
	}

	/** The keys valid at {@code instant}. */
	public List<NodeKey> keysValidAt(Instant instant) {
		return keys.stream().filter(key -> key.validAt(instant)).toList();
	}

	private static boolean loopback(URI endpoint) {
		return List.of("localhost", "127.0.0.1", "[::1]").contains(endpoint.getHost());
	}
}
