package org.hanoinet.assistance;

/** The need and the offer are already matched, and that match was not declined. */
public class AlreadyMatched extends RuntimeException {

	public AlreadyMatched(NeedId need, OfferId offer) {
		super("The need " + need + " and the offer " + offer + " are already matched; a new match is proposed only after"
				+ " the earlier one was declined.");
	}
}
