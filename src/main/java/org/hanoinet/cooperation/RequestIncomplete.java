package org.hanoinet.cooperation;

import java.util.List;
import java.util.stream.Collectors;

/** A request cannot go further because something it must carry, or a legal condition, is missing. */
public class RequestIncomplete extends RuntimeException {

	private final List<Missing> missing;

	public RequestIncomplete(List<Missing> missing) {
		super("The request cannot be sent yet: "
				+ missing.stream().map(Missing::message).collect(Collectors.joining(" ")));
		this.missing = List.copyOf(missing);
	}

	/** Everything that is missing, one item each. */
	public List<Missing> missing() {
		return missing;
	}
}
