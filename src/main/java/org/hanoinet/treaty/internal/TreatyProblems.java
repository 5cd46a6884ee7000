package org.hanoinet.treaty.internal;

import static org.hanoinet.node.ErrorProblems.respond;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletRequest;
import org.hanoinet.shared.InvalidValue;
import org.hanoinet.treaty.ActionNotFound;
import org.hanoinet.treaty.ActionRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The treaty API's own problems: an action the final clauses forbid is 422 with the type
 * {@code urn:hanoinet:problem:treaty-<refusal code>} and the reason; an unknown action is 404.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = { TreatyApi.class, TreatyRegistryApi.class })
class TreatyProblems {

	@ExceptionHandler(ActionRefused.class)
	ResponseEntity<ProblemDetail> refused(ActionRefused refused, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, refused.refusal().reason());
		problem.setType(URI.create("urn:hanoinet:problem:treaty-" + refused.refusal().code()));
		problem.setTitle("Refused by the final clauses of the Convention");
		problem.setProperty("refusal", refused.refusal().getClass().getSimpleName());
		return respond(problem, request);
	}

	@ExceptionHandler(ActionNotFound.class)
	ResponseEntity<ProblemDetail> notFound(ActionNotFound missing, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
		problem.setType(URI.create("urn:hanoinet:problem:treaty-action-not-found"));
		problem.setTitle("No such action");
		return respond(problem, request);
	}

	static LocalDate date(String text, String field) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notIso) {
			throw new InvalidValue(field, "'" + text + "' is not a date: write it as YYYY-MM-DD, e.g. 2025-10-26.");
		}
	}
}
