package org.hanoinet.reporting.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.hanoinet.node.ErrorProblems;
import org.hanoinet.reporting.InvalidPeriod;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The statistics API's refusal of a period as a problem document of its own type, {@code reporting-invalid-period}
 * (400), naming the parameter to change; its other errors are the node's usual problems.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ReportingApi.class)
class ReportingProblems {

	@ExceptionHandler(InvalidPeriod.class)
	ResponseEntity<ProblemDetail> invalidPeriod(InvalidPeriod invalid, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
		problem.setType(ErrorProblems.type("reporting-invalid-period"));
		problem.setTitle("Invalid period");
		problem.setProperty("field", invalid.field());
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
