package org.hanoinet.identity;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** No API token with this id is visible to the caller. */
public class TokenNotFound extends ErrorResponseException {

	public TokenNotFound(ApiTokenId id) {
		super(HttpStatus.NOT_FOUND, UserNotFound.problem("No API token " + id + " is visible to you.", "token-not-found",
				"API token not found"), null);
	}
}
