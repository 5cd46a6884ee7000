package org.hanoinet.cooperation.web;

import static org.hanoinet.node.ErrorProblems.problem;
import static org.hanoinet.node.ErrorProblems.respond;


import org.hanoinet.cooperation.ActOfOtherSide;
import org.hanoinet.cooperation.ApprovalRefused;
import org.hanoinet.cooperation.CaseNotFound;
import org.hanoinet.cooperation.ConcurrentAct;
import org.hanoinet.cooperation.InvalidTransition;
import org.hanoinet.cooperation.RequestIncomplete;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The cases API's refusals as problem documents with stable types: {@code case-not-found} (404),
 * {@code case-invalid-transition} and {@code case-changed-concurrently} (409), {@code case-act-of-other-side} and
 * {@code case-approval-refused} (403), {@code case-request-incomplete} (422, with every missing item).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = CaseApi.class)
class CaseProblems {

	@ExceptionHandler(CaseNotFound.class)
	ResponseEntity<ProblemDetail> notFound(CaseNotFound missing, HttpServletRequest request) {
		return respond(problem(HttpStatus.NOT_FOUND, "case-not-found", "No such case", missing.getMessage()), request);
	}

	@ExceptionHandler(org.hanoinet.cooperation.ActBarred.class)
	ResponseEntity<ProblemDetail> barred(org.hanoinet.cooperation.ActBarred refused, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "case-act-barred", "Act barred by a rule of the case",
				refused.getMessage());
		problem.setProperty("rule", refused.code());
		problem.setProperty("caseStatus", refused.from());
		problem.setProperty("act", refused.act());
		return respond(problem, request);
	}

	@ExceptionHandler(InvalidTransition.class)
	ResponseEntity<ProblemDetail> invalid(InvalidTransition refused, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "case-invalid-transition", "Act not allowed now",
				refused.getMessage());
		problem.setProperty("caseStatus", refused.from());
		problem.setProperty("act", refused.act());
		return respond(problem, request);
	}

	@ExceptionHandler(ConcurrentAct.class)
	ResponseEntity<ProblemDetail> concurrent(ConcurrentAct refused, HttpServletRequest request) {
		return respond(problem(HttpStatus.CONFLICT, "case-changed-concurrently", "Case changed meanwhile",
				refused.getMessage()), request);
	}

	@ExceptionHandler(ActOfOtherSide.class)
	ResponseEntity<ProblemDetail> otherSide(ActOfOtherSide refused, HttpServletRequest request) {
		return respond(problem(HttpStatus.FORBIDDEN, "case-act-of-other-side", "Act of the other side", refused.getMessage()),
				request);
	}

	@ExceptionHandler(ApprovalRefused.class)
	ResponseEntity<ProblemDetail> approval(ApprovalRefused refused, HttpServletRequest request) {
		return respond(problem(HttpStatus.FORBIDDEN, "case-approval-refused", "Approval refused", refused.getMessage()),
				request);
	}

	@ExceptionHandler(RequestIncomplete.class)
	ResponseEntity<ProblemDetail> incomplete(RequestIncomplete refused, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "case-request-incomplete",
				"Request incomplete or inadmissible", refused.getMessage());
		problem.setProperty("missing", refused.missing());
		return respond(problem, request);
	}
}
