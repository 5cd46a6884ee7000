package org.hanoinet.assistance;

/** No match with this id concerns the caller's State. */
public class MatchNotFound extends RuntimeException {

	public MatchNotFound(MatchId id) {
		super("No match " + id + " of technical assistance concerns your State.");
	}
}
