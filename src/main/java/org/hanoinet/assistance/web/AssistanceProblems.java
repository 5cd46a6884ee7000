package org.hanoinet.assistance.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.hanoinet.assistance.ActOfOtherSide;
import org.hanoinet.assistance.AlreadyMatched;
import org.hanoinet.assistance.InvalidTransition;
import org.hanoinet.assistance.MatchNotFound;
import org.hanoinet.node.ErrorProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The register API's refusals as problem documents with stable types: {@code assistance-invalid-transition} and
 * {@code assistance-already-matched} (409), {@code assistance-act-of-other-side} (403) and
 * {@code assistance-match-not-found} (404). Bad input is the node's usual {@code invalid-value} (400) naming the field.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = AssistanceApi.class)
class AssistanceProblems {

	@ExceptionHandler(InvalidTransition.class)
	ResponseEntity<ProblemDetail> invalid(InvalidTransition refused, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "assistance-invalid-transition", "Act not allowed now", refused.getMessage());
		problem.setProperty("matchStatus", refused.from());
		problem.setProperty("act", refused.act());
		return respond(problem, request);
	}

	@ExceptionHandler(AlreadyMatched.class)
	ResponseEntity<ProblemDetail> matched(AlreadyMatched refused, HttpServletRequest request) {
		return respond(problem(HttpStatus.CONFLICT, "assistance-already-matched", "Already matched", refused.getMessage()), request);
	}

	@ExceptionHandler(ActOfOtherSide.class)
	ResponseEntity<ProblemDetail> otherSide(ActOfOtherSide refused, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "assistance-act-of-other-side", "Act of the other State",
				refused.getMessage());
		problem.setProperty("act", refused.act());
		return respond(problem, request);
	}

	@ExceptionHandler(MatchNotFound.class)
	ResponseEntity<ProblemDetail> notFound(MatchNotFound missing, HttpServletRequest request) {
		return respond(problem(HttpStatus.NOT_FOUND, "assistance-match-not-found", "No such match", missing.getMessage()), request);
	}

	private static ProblemDetail problem(HttpStatus status, String code, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(ErrorProblems.type(code));
		problem.setTitle(title);
		return problem;
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
