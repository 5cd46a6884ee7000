package org.hanoinet.identity;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The caller's role or State does not allow the act: a 403 problem {@code urn:hanoinet:problem:forbidden}. */
public class AccessRefused extends ErrorResponseException {

	public AccessRefused(String detail) {
		super(HttpStatus.FORBIDDEN, problem(detail), null);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
		problem.setType(URI.create("urn:hanoinet:problem:forbidden"));
		problem.setTitle("Forbidden");
		return problem;
	}
}
