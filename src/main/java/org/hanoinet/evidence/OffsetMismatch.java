package org.hanoinet.evidence;

/**
 * An append did not start where the stored bytes end (a lost response, a second client): nothing was stored;
 * the client asks for the offset again and resumes from there (tus answers 409 Conflict).
 */
public class OffsetMismatch extends RuntimeException {

	private final long expected;

	private final long given;

	public OffsetMismatch(UploadId upload, long expected, long given) {
		super("Upload " + upload + " continues at byte " + expected + ", not at byte " + given + ".");
		this.expected = expected;
		this.given = given;
	}

	/** Where the upload continues. */
	public long expected() {
		return expected;
	}

	/** Where the refused append started. */
	public long given() {
		return given;
	}
}
