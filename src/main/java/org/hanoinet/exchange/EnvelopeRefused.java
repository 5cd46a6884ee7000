package org.hanoinet.exchange;

/** An envelope this node will not accept, with the stable code the sender receives and a sentence saying why. */
public class EnvelopeRefused extends RuntimeException {

	private final RefusalCode code;

	public EnvelopeRefused(RefusalCode code, String detail) {
		super(detail);
		this.code = code;
	}

	/** The stable wire code. */
	public RefusalCode code() {
		return code;
	}
}
