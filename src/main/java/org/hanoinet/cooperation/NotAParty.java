package org.hanoinet.cooperation;

/**
 * A case event reached a node that serves neither the side it is addressed to: the node is no party to the case
 * (for example the first event of a Viet Nam to Ghana case delivered to Brazil's node) and keeps nothing of it.
 */
public class NotAParty extends RuntimeException {

	public NotAParty(String message) {
		super(message);
	}
}
