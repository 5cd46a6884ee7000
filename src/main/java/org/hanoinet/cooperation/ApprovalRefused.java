package org.hanoinet.cooperation;

/** An outgoing request cannot be approved by this person: approval needs a supervisor other than the drafter (four-eyes). */
public class ApprovalRefused extends RuntimeException {

	public ApprovalRefused(String message) {
		super(message);
	}
}
