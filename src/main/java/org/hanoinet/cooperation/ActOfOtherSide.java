package org.hanoinet.cooperation;

/** An authority attempted an act that belongs to the other side of the case (e.g. the requesting side refusing). */
public class ActOfOtherSide extends RuntimeException {

	public ActOfOtherSide(Act act, Side owner) {
		super("Only the " + owner.name().toLowerCase(java.util.Locale.ROOT) + " side of a case may " + act + ".");
	}
}
