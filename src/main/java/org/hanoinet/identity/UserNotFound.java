package org.hanoinet.identity;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No user with this id is visible to the caller (it does not exist, or belongs to another State). */
public class UserNotFound extends ErrorResponseException {

	public UserNotFound(UserId id) {
		super(HttpStatus.NOT_FOUND, problem("No user " + id + " is visible to you.", "user-not-found", "User not found"), null);
	}

	static ProblemDetail problem(String detail, String code, String title) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setType(URI.create("urn:hanoinet:problem:" + code));
		problem.setTitle(title);
		return problem;
	}
}
