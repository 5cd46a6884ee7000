package org.hanoinet.evidence;

/** No such evidence item or upload, or none the caller's State may see (the two are not told apart). */
public class EvidenceNotFound extends RuntimeException {

	public EvidenceNotFound(Object id) {
		super("There is no evidence item or upload " + id + " that you may see.");
	}
}
