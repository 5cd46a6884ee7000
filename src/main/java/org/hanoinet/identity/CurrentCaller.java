package org.hanoinet.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The caller of the request being served. Other modules use it to scope what they read:
 * {@code currentCaller.require().state()}.
 */
@Component
public class CurrentCaller {

	/** The caller, or empty for an anonymous request. */
	public Optional<Caller> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof CallerAuthentication signedIn) {
			return Optional.of(signedIn.caller());
		}
		return Optional.empty();
	}

	/** The caller; an anonymous request here is a bug, since the URL rules let none through. */
	public Caller require() {
		return find().orElseThrow(() -> new IllegalStateException("No signed-in caller for this request"));
	}
}
