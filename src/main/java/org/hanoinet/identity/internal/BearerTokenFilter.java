package org.hanoinet.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hanoinet.identity.ApiToken;
import org.hanoinet.identity.CallerAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code Authorization: Bearer <token>} as the token's caller, for
 * that request only (nothing is kept in a session). An unknown or revoked token is refused at once with 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final JdbcApiTokens tokens;

	private final ProblemResponses problems;

	private final Clock clock;

	BearerTokenFilter(JdbcApiTokens tokens, ProblemResponses problems, Clock clock) {
		this.tokens = tokens;
		this.problems = problems;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		String token = header.substring(7).trim();
		Optional<ApiToken> valid = token.startsWith(Secrets.TOKEN_PREFIX) ? tokens.use(Secrets.sha256(token), clock.instant())
				: Optional.empty();
		if (valid.isEmpty()) {
			problems.invalidToken(request, response);
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(valid.get().caller()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}
}
