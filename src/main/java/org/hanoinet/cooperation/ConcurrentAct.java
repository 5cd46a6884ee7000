package org.hanoinet.cooperation;

/** Someone else acted on the case after it was read; reload it and try again. */
public class ConcurrentAct extends RuntimeException {

	public ConcurrentAct(CaseId id) {
		super("Case " + id + " changed while you were acting on it: reload it and try again.");
	}
}
