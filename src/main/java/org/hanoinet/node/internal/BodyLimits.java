package org.hanoinet.node.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.hanoinet.node.BoundedBody;
import org.hanoinet.node.ErrorProblems;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * Bounds the body of every API call and form post to {@code hanoinet.limits.max-body}: a larger one is answered 413
 * from its Content-Length, or, when it comes chunked, as soon as that many bytes have arrived, before anything parses
 * it. Evidence uploads (tus {@code PATCH}, which stream to the evidence store) and the federation inbox have limits of
 * their own.
 */
class BodyLimits extends OncePerRequestFilter {

	private static final Pattern EVIDENCE_UPLOAD = Pattern.compile("(/api/v1)?/cases/[^/]+/evidence/uploads/[^/]+");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final long limit;

	BodyLimits(long limit) {
		this.limit = limit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
			return true;
		}
		String path = request.getRequestURI();
		return path.equals("/federation/v1/inbox") || (method.equals("PATCH") && EVIDENCE_UPLOAD.matcher(path).matches());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			refuse(request, response);
			return;
		}
		if (declared >= 0) {
			chain.doFilter(request, response);
			return;
		}
		Optional<HttpServletRequest> read = BoundedBody.read(request, limit);
		if (read.isEmpty()) {
			refuse(request, response);
			return;
		}
		chain.doFilter(read.get(), response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getRequestURI();
		if (!ErrorProblems.machinePath(path)) {
			response.sendError(413);
			return;
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", ErrorProblems.type("payload-too-large").toString());
		problem.put("title", "Content Too Large");
		problem.put("status", 413);
		problem.put("detail", "The request body is larger than this address takes: at most " + limit + " bytes"
				+ " (evidence files go through the uploads of their case, which take files of any size up to the node's limit).");
		problem.put("instance", path);
		problem.put("maxBytes", limit);
		response.setStatus(413);
		response.setContentType("application/problem+json");
		response.getOutputStream().write(JSON.writeValueAsBytes(problem));
	}
}
