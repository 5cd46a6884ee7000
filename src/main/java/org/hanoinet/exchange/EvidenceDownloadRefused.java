package org.hanoinet.exchange;

/** A request for a chunk of evidence this node will not serve, with the stable code the asking node receives. */
public class EvidenceDownloadRefused extends RuntimeException {

	private final EvidenceDownloadRefusal code;

	public EvidenceDownloadRefused(EvidenceDownloadRefusal code, String detail) {
		super(detail);
		this.code = code;
	}

	/** The stable wire code. */
	public EvidenceDownloadRefusal code() {
		return code;
	}
}
