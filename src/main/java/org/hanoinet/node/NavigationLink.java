package org.hanoinet.node;

import java.util.Collection;
import java.util.Set;

/**
 * An entry of the main navigation. Each feature of the interface declares its own as a bean, so the layout
 * never has to be edited to add a page.
 *
 * @param order position in the navigation, lowest first
 * @param path where the link leads, e.g. {@code /treaty}
 * @param messageKey message key of the link's text, in every interface language
 * @param roles who sees the link: empty for everyone, {@link #SIGNED_IN} for any signed-in user, otherwise the
 *     names of the roles whose holders may open the page (the page itself still checks)
 */
public record NavigationLink(int order, String path, String messageKey, Set<String> roles) {

	/** The roles of a link for every signed-in user, whatever their role. */
	public static final Set<String> SIGNED_IN = Set.of("SIGNED_IN");

	public NavigationLink {
		roles = roles == null ? Set.of() : Set.copyOf(roles);
	}

	/** A link for everyone, signed in or not. */
	public NavigationLink(int order, String path, String messageKey) {
		this(order, path, messageKey, Set.of());
	}

	/** Whether a reader holding {@code readerRoles} sees it; {@code signedIn} false for a visitor. */
	public boolean visibleTo(boolean signedIn, Collection<String> readerRoles) {
		if (roles.isEmpty()) {
			return true;
		}
		if (!signedIn) {
			return false;
		}
		return roles.equals(SIGNED_IN) || readerRoles.stream().anyMatch(roles::contains);
	}

	/** Whether the page at {@code requestPath} is this link's page or one below it. */
	public boolean covers(String requestPath) {
		return !path.equals("/") && (requestPath.equals(path) || requestPath.startsWith(path + "/"));
	}
}
