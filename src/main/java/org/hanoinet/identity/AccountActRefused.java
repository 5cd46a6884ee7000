package org.hanoinet.identity;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An administrator's act on a user that would leave the node without a way in: locking or deactivating oneself,
 * taking away the last node administrator of a State, or acting on a deactivated account. A 409 problem
 * {@code urn:hanoinet:problem:account-act-refused} whose {@code reason} the pages translate.
 */
public class AccountActRefused extends ErrorResponseException {

	private final Reason reason;

	public AccountActRefused(Reason reason) {
		super(HttpStatus.CONFLICT, problem(reason), null);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	/** The key of the message in the identity bundles. */
	public String messageKey() {
		return "identity.users.refused." + reason.code;
	}

	private static ProblemDetail problem(Reason reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, reason.detail);
		problem.setType(URI.create("urn:hanoinet:problem:account-act-refused"));
		problem.setTitle("Act on the account refused");
		problem.setProperty("reason", reason.code);
		return problem;
	}

	/** Why the act is refused. */
	public enum Reason {

		/** An administrator would lock their own account and could no longer sign in to unlock it. */
		OWN_LOCK("own-lock", "You cannot lock your own account: another node administrator must do it."),

		/** An administrator would deactivate their own account. */
		OWN_DEACTIVATION("own-deactivation", "You cannot deactivate your own account: another node administrator must do it."),

		/** The State would be left without an active node administrator who can sign in. */
		LAST_ADMINISTRATOR("last-administrator",
				"This is the last active node administrator of your State: make another user a node administrator first."),

		/** The account is deactivated: it can no longer be changed, only its tokens listed. */
		DEACTIVATED("deactivated", "This account is deactivated: it can no longer be changed.");

		private final String code;

		private final String detail;

		Reason(String code, String detail) {
			this.code = code;
			this.detail = detail;
		}

		public String code() {
			return code;
		}

		public String detail() {
			return detail;
		}
	}
}
