package org.hanoinet.exchange.internal;

import java.io.IOException;

import org.hanoinet.exchange.EnvelopeRefused;
import org.hanoinet.exchange.ExchangeProperties;
import org.hanoinet.exchange.RefusalCode;
import org.hanoinet.node.BoundedBody;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * Bounds what the inbox reads: a body over {@code hanoinet.exchange.max-inbox-body} is refused as TOO_LARGE (413)
 * from its Content-Length, or, when it comes chunked, as soon as that many bytes have arrived, so a peer (or anyone)
 * cannot make the node hold an arbitrarily large body in memory. The refusal is recorded like any other.
 */
@Component
class InboxBodyLimit extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final long limit;

	// Looked up at the first refusal: a servlet filter is made when the web server starts, and must not need the
	// database then (a node that cannot reach its database stops with one sentence, not a filter's stack trace).
	private final org.springframework.beans.factory.ObjectProvider<InboundRefusals> refusals;

	InboxBodyLimit(ExchangeProperties settings, org.springframework.beans.factory.ObjectProvider<InboundRefusals> refusals) {
		this.limit = settings.maxInboxBody().toBytes();
		this.refusals = refusals;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !"/federation/v1/inbox".equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			refuse(response, "declared " + declared);
			return;
		}
		if (declared >= 0) {
			chain.doFilter(request, response);
			return;
		}
		java.util.Optional<HttpServletRequest> read = BoundedBody.read(request, limit);
		if (read.isEmpty()) {
			refuse(response, "more than " + limit);
			return;
		}
		chain.doFilter(read.get(), response);
	}

	private void refuse(HttpServletResponse response, String size) throws IOException {
		EnvelopeRefused refused = new EnvelopeRefused(RefusalCode.TOO_LARGE,
				"The body (" + size + " bytes) is larger than this inbox takes: " + limit + " bytes, one envelope or a batch.");
		refusals.getObject().record("", null, refused);
		ResponseEntity<ProblemDetail> problem = FederationInbox.problem(refused);
		response.setStatus(problem.getStatusCode().value());
		response.setContentType("application/problem+json");
		ProblemDetail body = problem.getBody();
		java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
		json.put("type", body.getType().toString());
		json.put("title", body.getTitle());
		json.put("status", body.getStatus());
		json.put("detail", body.getDetail());
		json.put("instance", "/federation/v1/inbox");
		json.put("code", refused.code().name());
		json.put("retriable", refused.code().retriable());
		response.getOutputStream().write(JSON.writeValueAsBytes(json));
	}
}
