package org.hanoinet.node.internal;

import static org.hanoinet.node.ErrorProblems.problem;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.hanoinet.node.ErrorProblems;
import org.hanoinet.shared.InvalidValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every error of the REST and federation APIs into an RFC 9457 problem document with a stable {@code type},
 * and never a stack trace. Requests outside them fall through to the HTML error page.
 */
@RestControllerAdvice
class ApiProblems {

	static final String TYPE_PREFIX = ErrorProblems.TYPE_PREFIX;

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handle(Exception failure, HttpServletRequest request) throws Exception {
		if (!ErrorProblems.machinePath(request.getRequestURI())) {
			throw failure;
		}
		ProblemDetail problem;
		HttpHeaders headers = new HttpHeaders();
		if (failure instanceof InvalidValue invalid) {
			problem = problem(HttpStatus.BAD_REQUEST, "invalid-value", "Invalid value", invalid.getMessage());
			problem.setProperty("field", invalid.field());
		}
		else if (failure instanceof TypeMismatchException mismatch) {
			String name = mismatch.getPropertyName() == null ? "a parameter" : "'" + mismatch.getPropertyName() + "'";
			problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					"The value '" + mismatch.getValue() + "' of " + name + " has the wrong type.");
		}
		else if (failure instanceof HttpMessageNotReadableException) {
			problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					"The request body could not be read: it must be well-formed JSON of the documented shape.");
		}
		else if (failure instanceof ErrorResponse framework) {
			problem = framework.updateAndGetBody(null, null);
			HttpStatusCode status = framework.getStatusCode();
			if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
				problem.setType(URI.create(TYPE_PREFIX + ErrorProblems.code(status)));
			}
			problem.setStatus(status.value());
			headers.putAll(framework.getHeaders());
		}
		else {
			log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), failure);
			problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
					"The node could not complete the request. The failure has been logged; nothing was changed.");
		}
		problem.setInstance(URI.create(request.getRequestURI()));
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
	}
}
