package org.hanoinet.evidence;

/**
 * Bytes do not have the hash they must have, or more bytes arrived than announced: the chunk or item was not
 * stored. For an item received from another node, {@link #chunk()} names the chunk to fetch again (or -1 when the
 * whole-file hash differs).
 */
public class IntegrityMismatch extends RuntimeException {

	private final int chunk;

	public IntegrityMismatch(int chunk, String message) {
		super(message);
		this.chunk = chunk;
	}

	/** The chunk whose bytes were refused, or -1 for the whole item. */
	public int chunk() {
		return chunk;
	}
}
