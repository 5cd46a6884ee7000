package org.hanoinet.reporting;

/** The secretariat has not asked the network for this period yet, so there is no report of it. */
public class NetworkReportNotFound extends RuntimeException {

	public NetworkReportNotFound(Period period) {
		super("No network report covers " + period.from() + " to " + period.to()
				+ " on this node: the secretariat asks the nodes for it with POST /api/v1/reporting/network/requests.");
	}
}
