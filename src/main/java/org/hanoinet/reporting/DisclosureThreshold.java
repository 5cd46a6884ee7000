package org.hanoinet.reporting;

/**
 * The rule for figures that leave the node (the statistics API and its CSV): a count below the threshold is
 * given as {@code "< threshold"}, and a time or a volume measured on fewer items than the threshold is not given
 * at all, so that no single case can be inferred from what another State or the Conference receives (art. 36).
 *
 * @param value the smallest count given as it is
 */
public record DisclosureThreshold(int value) {

	public DisclosureThreshold {
		if (value < 1) {
			throw new IllegalArgumentException("A disclosure threshold is at least 1, not " + value + ".");
		}
	}

	/** Whether a count is too small to leave the node as it is. */
	public boolean below(long count) {
		return count > 0 && count < value;
	}

	/** The count as it leaves the node: the number itself, or the text {@code "< threshold"}. */
	public Object shown(long count) {
		return below(count) ? masked() : (Object) count;
	}

	/** What a count below the threshold is shown as, e.g. {@code "< 5"}. */
	public String masked() {
		return "< " + value;
	}
}
