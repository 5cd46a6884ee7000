package org.hanoinet.evidence;

/** The act is not allowed: an upload that is not complete yet, an item whose bytes were deleted, a missing role. */
public class EvidenceRefused extends RuntimeException {

	private final String code;

	public EvidenceRefused(String code, String message) {
		super(message);
		this.code = code;
	}

	/** Stable code of the refusal, e.g. {@code evidence-upload-incomplete}, {@code evidence-deleted}. */
	public String code() {
		return code;
	}
}
