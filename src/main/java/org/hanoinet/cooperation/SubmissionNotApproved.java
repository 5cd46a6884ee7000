package org.hanoinet.cooperation;

/**
 * The first delivery of a case to the other State's node is not an approved submission: it must carry the
 * request's chain up to and including the approval of a supervisor other than the drafter (four-eyes), and
 * nothing drafted before that approval may reach the other State on its own.
 */
public class SubmissionNotApproved extends RuntimeException {

	public SubmissionNotApproved(String message) {
		super(message);
	}
}
