package org.hanoinet.reporting;

import java.util.List;

import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the network report, under {@code hanoinet.reporting.network}.
 *
 * @param decline the States served by this node that decline to report to the secretariat: the node answers each
 *        request for them with a signed refusal to report instead of their figures
 * @param secretariatNode the id of the node whose report requests this node answers; empty means this node when it
 *        is the secretariat, otherwise the node of the directory reached at {@code hanoinet.directory.secretariat-url}
 */
@ConfigurationProperties("hanoinet.reporting.network")
public record NetworkReportProperties(@DefaultValue({}) List<String> decline, @DefaultValue("") String secretariatNode) {

	public NetworkReportProperties {
		decline = List.copyOf(decline);
		for (String state : decline) {
			try {
				CountryCode.of(state.strip());
			}
			catch (InvalidValue notAState) {
				throw new IllegalArgumentException("hanoinet.reporting.network.decline lists '" + state
						+ "', which is not a State's ISO 3166-1 alpha-2 code such as BR.");
			}
		}
	}

	/** Whether {@code state} declines to report. */
	public boolean declines(CountryCode state) {
		return decline.stream().anyMatch(declining -> declining.strip().equals(state.value()));
	}
}
