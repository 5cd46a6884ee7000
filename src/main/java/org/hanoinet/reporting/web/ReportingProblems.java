package org.hanoinet.reporting.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.hanoinet.node.ErrorProblems;
import org.hanoinet.reporting.InvalidPeriod;
import org.hanoinet.reporting.NetworkReportNotFound;
import org.hanoinet.reporting.NotTheSecretariat;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The statistics and network report APIs' refusal of a period as a problem document of its own type,
 * {@code reporting-invalid-period} (400), naming the parameter to change; a report request on a node that is not the
 * secretariat, {@code reporting-not-secretariat} (409); a report of a period nobody asked for,
 * {@code reporting-network-report-not-found} (404). Their other errors are the node's usual problems.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = { ReportingApi.class, NetworkReportApi.class })
class ReportingProblems {

	@ExceptionHandler(NotTheSecretariat.class)
	ResponseEntity<ProblemDetail> notTheSecretariat(NotTheSecretariat refused, HttpServletRequest request) {
		return problem(HttpStatus.CONFLICT, "reporting-not-secretariat", "Not the secretariat", refused.getMessage(), request);
	}

	@ExceptionHandler(NetworkReportNotFound.class)
	ResponseEntity<ProblemDetail> notFound(NetworkReportNotFound absent, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "reporting-network-report-not-found", "No network report", absent.getMessage(), request);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail,
			HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(ErrorProblems.type(type));
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

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
