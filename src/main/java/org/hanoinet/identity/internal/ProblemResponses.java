package org.hanoinet.identity.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of the API to a request without valid credentials (401) or without the right role (403):
 * RFC 9457 problem documents with a stable type, like every other API error.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ObjectMapper json = JsonMapper.builder().build();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer realm=\"hanoinet\"");
		write(request, response, 401, "unauthenticated", "Unauthenticated",
				"This request needs credentials: send an API token as 'Authorization: Bearer <token>'.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
			throws IOException {
		write(request, response, 403, "forbidden", "Forbidden", "Your roles do not allow this request.");
	}

	void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer realm=\"hanoinet\", error=\"invalid_token\"");
		write(request, response, 401, "unauthenticated", "Unauthenticated",
				"The API token is not valid: it is unknown or has been revoked.");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, int status, String code, String title,
			String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "urn:hanoinet:problem:" + code);
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(problem));
	}
}
