package org.hanoinet.identity.internal;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.time.Clock;

import jakarta.servlet.DispatcherType;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * The URL rules of the whole node, in one place. Two filter chains share them: machine interfaces
 * ({@code /api/**}, {@code /actuator/**}, {@code /federation/**}) are stateless, authenticated by API tokens,
 * without CSRF (no cookie is ever trusted there) and answer 401/403 with problem documents; the pages are
 * session-based with CSRF on every form and send anonymous visitors to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class NodeSecurity {

	static final String[] MACHINE_PATHS = { "/api/**", "/actuator/**", "/federation/**" };

	@Bean
	@Order(1)
	SecurityFilterChain machineInterfaces(HttpSecurity http, JdbcApiTokens tokens, ProblemResponses problems, Clock clock)
			throws Exception {
		http.securityMatcher(MACHINE_PATHS)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, problems, clock), AnonymousAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.authorizeHttpRequests(rules -> {
				// A streamed response continues in an ASYNC dispatch of a request already authorized above.
				rules.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll();
				rules.requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/docs", "/api/v1/docs/**",
						"/api/v1/swagger-ui/**", "/api/v1/node/**").permitAll();
				rules.requestMatchers(GET, "/api/v1/treaty/**", "/api/v1/law/**").permitAll();
				rules.requestMatchers(POST, "/api/v1/treaty/projection").permitAll();
				changes(rules, "/api/v1/treaty/registry/**", "SECRETARIAT");
				rules.requestMatchers(GET, "/api/v1/directory/**").permitAll();
				changes(rules, "/api/v1/directory/**", "SECRETARIAT");
				rules.requestMatchers("/api/v1/audit/**").hasRole("AUDITOR");
				rules.requestMatchers("/api/v1/cases", "/api/v1/cases/**")
					.hasAnyRole("DUTY_OFFICER", "CASE_HANDLER", "SUPERVISOR", "AUDITOR");
				rules.requestMatchers("/api/v1/duty/authorities/**").hasRole("NODE_ADMIN");
				rules.requestMatchers(POST, "/api/v1/duty/ping-tests").hasAnyRole("NODE_ADMIN", "SUPERVISOR");
				rules.requestMatchers("/api/v1/duty/**").hasAnyRole("DUTY_OFFICER", "SUPERVISOR", "AUDITOR");
				rules.requestMatchers(GET, "/api/v1/identity/me").authenticated();
				rules.requestMatchers(GET, "/api/v1/identity/users", "/api/v1/identity/users/*")
					.hasAnyRole("NODE_ADMIN", "SUPERVISOR", "AUDITOR");
				rules.requestMatchers("/api/v1/identity/**").hasRole("NODE_ADMIN");
				rules.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
				rules.requestMatchers("/actuator/**").hasRole("NODE_ADMIN");
				rules.requestMatchers(GET, "/federation/**").permitAll();
				rules.requestMatchers(POST, "/federation/v1/inbox").permitAll();
				rules.requestMatchers(GET, "/api/v1/exchange/refusals").hasAnyRole("NODE_ADMIN", "AUDITOR");
				rules.requestMatchers("/api/v1/exchange/**").hasAnyRole("NODE_ADMIN", "SUPERVISOR");
				// the network report is published to every signed-in user; asking the nodes for it is the secretariat's
				rules.requestMatchers("/api/v1/reporting/network/requests").hasRole("SECRETARIAT");
				rules.requestMatchers(GET, "/api/v1/reporting/network", "/api/v1/reporting/network.pdf").authenticated();
				rules.requestMatchers("/api/v1/reporting/**").hasAnyRole("CASE_HANDLER", "SUPERVISOR", "NODE_ADMIN");
				rules.requestMatchers(POST, "/api/v1/assistance/matches").hasRole("SECRETARIAT");
				rules.requestMatchers(POST, "/api/v1/assistance/**").hasAnyRole("SUPERVISOR", "NODE_ADMIN");
				rules.requestMatchers("/api/v1/assistance/**").authenticated();
				rules.requestMatchers("/error").permitAll();
				rules.anyRequest().authenticated();
			});
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, JdbcApiTokens tokens, JdbcUsers users, ProblemResponses problems, Clock clock,
			SecurityContextRepository contexts, CsrfTokenRepository csrfTokens, RequestCache requestCache) throws Exception {
		http.securityContext(context -> context.securityContextRepository(contexts))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
			.requestCache(cache -> cache.requestCache(requestCache))
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.addFilterBefore(new BearerTokenFilter(tokens, problems, clock), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new SessionCallerRefresh(users, contexts, clock), SecurityContextHolderFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
			.authorizeHttpRequests(rules -> {
				rules.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll();
				rules.requestMatchers(GET, "/", "/status", "/favicon.ico").permitAll();
				rules.requestMatchers("/css/**", "/js/**", "/webjars/**", "/error").permitAll();
				rules.requestMatchers("/login", "/login/**").permitAll();
				rules.requestMatchers(GET, "/treaty/**", "/directory/**", "/law", "/law/**").permitAll();
				rules.requestMatchers("/audit/**").hasRole("AUDITOR");
				rules.requestMatchers("/exchange/**").hasAnyRole("NODE_ADMIN", "SUPERVISOR");
				rules.requestMatchers("/duty/acknowledge").permitAll();
				rules.requestMatchers("/duty", "/duty/**").hasAnyRole("DUTY_OFFICER", "SUPERVISOR", "AUDITOR");
				rules.requestMatchers("/identity/admin/**").hasRole("NODE_ADMIN");
				rules.requestMatchers("/admin/users", "/admin/users/**").hasRole("NODE_ADMIN");
				rules.requestMatchers("/reporting", "/reporting/**").hasAnyRole("CASE_HANDLER", "SUPERVISOR", "NODE_ADMIN");
				rules.requestMatchers(POST, "/assistance/matches").hasRole("SECRETARIAT");
				rules.requestMatchers(POST, "/assistance/**").hasAnyRole("SUPERVISOR", "NODE_ADMIN");
				rules.requestMatchers("/assistance", "/assistance/**").authenticated();
				rules.anyRequest().authenticated();
			});
		return http.build();
	}

	/** Changes (POST, PUT, PATCH, DELETE) under the pattern need the role; reads are ruled separately. */
	private static void changes(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules, String pattern,
			String role) {
		for (HttpMethod method : List.of(POST, PUT, PATCH, DELETE)) {
			rules.requestMatchers(method, pattern).hasRole(role);
		}
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return new HttpSessionCsrfTokenRepository();
	}

	@Bean
	RequestCache requestCache() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setMatchingRequestParameterName(null);
		return cache;
	}
}
