package org.hanoinet.identity.internal;

import java.io.IOException;
import java.time.Clock;
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
 * an account locked takes effect at once rather than when the session ends.
 */
class SessionCallerRefresh extends OncePerRequestFilter {

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
			if (now.isEmpty() || (now.get().lockedUntil() != null && now.get().lockedUntil().isAfter(clock.instant()))) {
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
			}
		}
		chain.doFilter(request, response);
	}
}
