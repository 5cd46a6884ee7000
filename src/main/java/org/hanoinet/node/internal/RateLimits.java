package org.hanoinet.node.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.hanoinet.node.ErrorProblems;
import org.hanoinet.node.RateLimitProperties;
import org.hanoinet.node.RateLimitProperties.Rate;
import org.hanoinet.node.RequestsLimited;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * The node's abuse limits, before any module or Spring Security sees the request: sign-in steps per client address,
 * the API per bearer token and per address, the federation endpoints per address. A request over a limit is answered
 * 429 with {@code Retry-After} (problem+json on machine paths, the readable error page on the sign-in pages), and the
 * first refusal of a run is one leaf of the audit log. Buckets live in memory, so each instance of a node counts for
 * itself; idle ones are forgotten when there are many.
 */
class RateLimits extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	private static final int MAX_CLIENTS = 100_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RateLimitProperties settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Map<String, Client> clients = new ConcurrentHashMap<>();

	RateLimits(RateLimitProperties settings, ApplicationEventPublisher events, Clock clock) {
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** One client's bucket under one limit, and whether its requests are being refused now. */
	private static final class Client {

		final Bucket bucket;

		final long capacity;

		volatile boolean refusing;

		Client(Rate rate) {
			this.capacity = rate.requests();
			this.bucket = Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(rate.requests()).refillGreedy(rate.requests(), rate.per()).build())
				.build();
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !settings.enabled();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		String address = request.getRemoteAddr();
		if (path.startsWith("/api/")) {
			String authorization = request.getHeader("Authorization");
			if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
					&& !allowed("api-token", settings.apiToken(), authorization.substring(7).strip(), path, response)) {
				return;
			}
			if (!allowed("api-address", settings.apiAddress(), address, path, response)) {
				return;
			}
		}
		else if (path.startsWith("/federation/")) {
			if (!allowed("federation", settings.federation(), address, path, response)) {
				return;
			}
		}
		else if ("POST".equals(request.getMethod()) && (path.equals("/login") || path.startsWith("/login/"))) {
			if (!allowed("sign-in", settings.signIn(), address, path, response)) {
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** Takes one request from the client's bucket, or answers 429 and returns false. */
	private boolean allowed(String limit, Rate rate, String client, String path, HttpServletResponse response)
			throws IOException {
		String key = limit + " " + sha256(client);
		Client bucket = clients.get(key);
		if (bucket == null) {
			forgetIdleWhenFull();
			bucket = clients.computeIfAbsent(key, any -> new Client(rate));
		}
		ConsumptionProbe probe = bucket.bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			bucket.refusing = false;
			return true;
		}
		long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
		if (!bucket.refusing) {
			bucket.refusing = true;
			log.warn("Refusing requests over the {} limit ({}) from client {} (first: {})", limit, rate, key.substring(limit.length() + 1, limit.length() + 13), path);
			events.publishEvent(new RequestsLimited(limit, key.substring(limit.length() + 1),
					path.length() > 200 ? path.substring(0, 200) : path, clock.instant()));
		}
		refuse(limit, rate, path, retryAfter, response);
		return false;
	}

	private void refuse(String limit, Rate rate, String path, long retryAfter, HttpServletResponse response) throws IOException {
		response.setHeader("Retry-After", Long.toString(retryAfter));
		if (!ErrorProblems.machinePath(path)) {
			response.sendError(429);
			return;
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", ErrorProblems.type("too-many-requests").toString());
		problem.put("title", "Too Many Requests");
		problem.put("status", 429);
		problem.put("detail", "Too many requests " + switch (limit) {
			case "api-token" -> "with this API token";
			case "federation" -> "from this address to the federation endpoints";
			default -> "from this address to the API";
		} + ": the limit is " + rate + ". Try again in " + retryAfter + " s.");
		problem.put("instance", path);
		problem.put("limit", limit);
		problem.put("retryAfterSeconds", retryAfter);
		response.setStatus(429);
		response.setContentType("application/problem+json");
		response.getOutputStream().write(JSON.writeValueAsBytes(problem));
	}

	/** Past {@link #MAX_CLIENTS}, forgets the clients whose bucket is full again: they are as good as new. */
	private void forgetIdleWhenFull() {
		if (clients.size() >= MAX_CLIENTS) {
			clients.values().removeIf(client -> client.bucket.getAvailableTokens() >= client.capacity);
		}
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
