package org.hanoinet.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.CallerAuthentication;
import org.hanoinet.identity.User;
import org.hanoinet.identity.UserId;
import org.hanoinet.identity.internal.JdbcUsers.Credentials;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a signed-in user's roles and authority afresh on every page request, so that a role taken away or
 * an account locked or deactivated takes effect at once rather than when the session ends. A user whom an
 * administrator asked for a new password is sent to their account page, where they choose it, whatever page they ask
 * for; only the account page, signing out and the style sheets stay open to them.
 */
class SessionCallerRefresh extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account";

	private static final List<String> OPEN_WHILE_PASSWORD_REQUIRED = List.of("/account", "/account/password", "/logout",
			"/favicon.ico", "/error");

	private static final List<String> OPEN_PREFIXES = List.of("/css/", "/webjars/", "/login");

	private final JdbcUsers users;

	private final SecurityContextRepository contexts;

	private final Clock clock;

	SessionCallerRefresh(JdbcUsers users, SecurityContextRepository contexts, Clock clock) {
		this.users = users;
		this.contexts = contexts;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof CallerAuthentication signedIn && signedIn.caller().kind() == Caller.Kind.USER) {
			Caller before = signedIn.caller();
			Optional<User> now = users.credentialsOf(new UserId(before.id())).map(Credentials::user);
			if (now.isEmpty() || !now.get().active() || now.get().lockedAt(clock.instant())) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else {
				User user = now.get();
				Caller current = new Caller(Caller.Kind.USER, before.id(), user.username(), user.authority(), user.state(), user.roles());
				if (!current.equals(before)) {
					SecurityContext context = SecurityContextHolder.createEmptyContext();
					context.setAuthentication(new CallerAuthentication(current));
					SecurityContextHolder.setContext(context);
					contexts.saveContext(context, request, response);
				}
				if (user.access().passwordChangeRequired() && !openWhilePasswordRequired(request)) {
					response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean openWhilePasswordRequired(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN_WHILE_PASSWORD_REQUIRED.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
	}
}
