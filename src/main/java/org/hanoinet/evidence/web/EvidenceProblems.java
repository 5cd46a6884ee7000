package org.hanoinet.evidence.web;

import static org.hanoinet.node.ErrorProblems.problem;

import java.net.URI;

import org.hanoinet.cooperation.CaseNotFound;
import org.hanoinet.evidence.EvidenceNotFound;
import org.hanoinet.evidence.EvidenceRefused;
import org.hanoinet.evidence.IntegrityMismatch;
import org.hanoinet.evidence.OffsetMismatch;
import org.hanoinet.identity.AccessRefused;
import org.hanoinet.shared.InvalidValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The evidence API's refusals (also on the pages' upload endpoint) as problem documents with stable types:
 * {@code evidence-not-found} and {@code case-not-found} (404), {@code evidence-offset-mismatch} (409, with the
 * offset to resume from, as tus requires), {@code evidence-integrity-mismatch} (422), {@code evidence-refused}
 * codes (409), {@code invalid-value} (400), {@code forbidden} (403). Every answer carries {@code Tus-Resumable}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = { EvidenceApi.class, EvidenceUploads.class })
class EvidenceProblems {

	@ExceptionHandler(EvidenceNotFound.class)
	ResponseEntity<ProblemDetail> notFound(EvidenceNotFound missing, HttpServletRequest request) {
		return respond(problem(HttpStatus.NOT_FOUND, "evidence-not-found", "No such evidence", missing.getMessage()), request);
	}

	@ExceptionHandler(CaseNotFound.class)
	ResponseEntity<ProblemDetail> caseNotFound(CaseNotFound missing, HttpServletRequest request) {
		return respond(problem(HttpStatus.NOT_FOUND, "case-not-found", "No such case", missing.getMessage()), request);
	}

	@ExceptionHandler(OffsetMismatch.class)
	ResponseEntity<ProblemDetail> offset(OffsetMismatch refused, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "evidence-offset-mismatch", "Wrong offset", refused.getMessage());
		problem.setProperty("offset", refused.expected());
		return respond(problem, request);
	}

	@ExceptionHandler(IntegrityMismatch.class)
	ResponseEntity<ProblemDetail> integrity(IntegrityMismatch refused, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "evidence-integrity-mismatch", "Hash mismatch",
				refused.getMessage());
		problem.setProperty("chunk", refused.chunk());
		return respond(problem, request);
	}

	@ExceptionHandler(EvidenceRefused.class)
	ResponseEntity<ProblemDetail> refused(EvidenceRefused refused, HttpServletRequest request) {
		if (refused.code().equals("evidence-too-large")) {
			return respond(problem(HttpStatus.CONTENT_TOO_LARGE, refused.code(), "File too large", refused.getMessage()), request);
		}
		return respond(problem(HttpStatus.CONFLICT, refused.code(), "Not possible now", refused.getMessage()), request);
	}

	@ExceptionHandler(InvalidValue.class)
	ResponseEntity<ProblemDetail> invalid(InvalidValue invalid, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-value", "Invalid value", invalid.getMessage());
		problem.setProperty("field", invalid.field());
		return respond(problem, request);
	}

	@ExceptionHandler(AccessRefused.class)
	ResponseEntity<ProblemDetail> forbidden(AccessRefused refused, HttpServletRequest request) {
		return respond(refused.getBody(), request);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(EvidenceUploads.TUS_RESUMABLE, EvidenceUploads.TUS_VERSION)
			.body(problem);
	}
}
