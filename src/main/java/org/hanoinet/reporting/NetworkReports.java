package org.hanoinet.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hanoinet.directory.Node;
import org.hanoinet.exchange.MessageKind;
import org.hanoinet.exchange.Outbox;
import org.hanoinet.reporting.internal.JdbcNetworkReports;
import org.hanoinet.reporting.internal.NetworkDirectory;
import org.hanoinet.reporting.internal.NetworkFigures;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.treaty.Participant;
import org.hanoinet.treaty.RegionalGroup;
import org.hanoinet.treaty.TreatyRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network report for the Conference of the States Parties (art. 57), on the secretariat's node: it asks every node
 * of the directory for the signed statistics of the States it serves over a period, over the federation, and adds up
 * the answers that verify against the directory into a report per State, per regional group and per request type.
 */
@Service
public class NetworkReports {

	private final NetworkDirectory directory;

	private final JdbcNetworkReports store;

	private final Outbox outbox;

	private final TreatyRegistry treaty;

	private final ReportingProperties settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NetworkReports(NetworkDirectory directory, JdbcNetworkReports store, Outbox outbox, TreatyRegistry treaty,
			ReportingProperties settings, ApplicationEventPublisher events, Clock clock) {
		this.directory = directory;
		this.store = store;
		this.outbox = outbox;
		this.treaty = treaty;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The period named by {@code text}: a year, a month, or two months joined by two dots.
	 *
	 * @throws InvalidPeriod naming the parameter {@code period}
	 */
	public Period period(String text) {
		return Period.named("period", text, settings.maxMonths());
	}

	/**
	 * Asks every node of the directory that serves a State for that State's signed figures over {@code period}; the
	 * envelopes leave when the caller's transaction commits.
	 *
	 * @throws NotTheSecretariat when this node is not the secretariat
	 */
	@Transactional
	public NetworkRequest request(Period period, String requestedBy) {
		if (!directory.secretariat()) {
			throw new NotTheSecretariat();
		}
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		Map<CountryCode, String> asked = new LinkedHashMap<>();
		Map<String, List<CountryCode>> byNode = new LinkedHashMap<>();
		for (Node node : directory.nodes()) {
			for (CountryCode state : directory.statesOf(node)) {
				// a State is asked of one node: the first the directory lists as serving it
				if (asked.putIfAbsent(state, node.id()) == null) {
					byNode.computeIfAbsent(node.id(), any -> new ArrayList<>()).add(state);
				}
			}
		}
		store.requested(id, period, now, requestedBy, asked);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("request", id.toString());
		body.put("from", period.from().toString());
		body.put("to", period.to().toString());
		byNode.keySet().forEach(node -> outbox.send(node, MessageKind.REPORT_REQUEST, body, null, false));
		events.publishEvent(new NetworkReportRequested(id, period, String.join(",", byNode.keySet()),
				asked.keySet().stream().map(CountryCode::value).collect(Collectors.joining(",")), requestedBy, now));
		return store.request(id).orElseThrow();
	}

	/** The latest requests, newest first, with where each State's answer stands. */
	public List<NetworkRequest> requests(int limit) {
		return store.latest(limit);
	}

	/** One request, with where each State's answer stands. */
	public Optional<NetworkRequest> request(UUID id) {
		return store.request(id);
	}

	/**
	 * The report made of the answers to the latest request for exactly this period.
	 *
	 * @throws NetworkReportNotFound when the secretariat has not asked for this period
	 */
	public NetworkReport report(Period period) {
		NetworkRequest request = store.latest(period).orElseThrow(() -> new NetworkReportNotFound(period));
		return NetworkFigures.report(request, store.answers(request.id()), this::group);
	}

	private RegionalGroup group(CountryCode state) {
		return treaty.participants().all().stream()
			.filter(participant -> participant.alpha2().equals(state))
			.findFirst()
			.map(Participant::group)
			.orElse(null);
	}
}
