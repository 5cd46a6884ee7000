package org.hanoinet.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hanoinet.shared.CountryCode;

/**
 * The secretariat's request to every node of the directory for the signed statistics of the States it serves over a
 * period (art. 57), and how far the answers have come.
 *
 * @param id the request's id, which every answer names
 * @param period the months asked for
 * @param requestedAt when the secretariat sent it
 * @param requestedBy the secretariat user or token that sent it
 * @param asked one line per State asked, with the node asked for it and its answer so far
 */
public record NetworkRequest(UUID id, Period period, Instant requestedAt, String requestedBy, List<Asked> asked) {

	public NetworkRequest {
		asked = List.copyOf(asked);
	}

	/**
	 * One State of the request: the node the directory names for it and where its answer stands.
	 *
	 * @param refusal why the last answer received for it was refused, if one was
	 */
	public record Asked(CountryCode state, String node, Standing standing, Instant answeredAt, String refusal) {
	}

	/** Where a State's answer stands. */
	public enum Standing {

		/** Its node answered with its signed figures. */
		REPORTED,

		/** Its node answered with a signed refusal to report. */
		DECLINED,

		/** No answer that verified has arrived. */
		NOT_ANSWERED
	}
}
