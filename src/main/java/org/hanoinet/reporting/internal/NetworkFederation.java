package org.hanoinet.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.directory.Node;
import org.hanoinet.exchange.Envelope;
import org.hanoinet.exchange.EnvelopeReceived;
import org.hanoinet.exchange.EnvelopeRefused;
import org.hanoinet.exchange.MessageKind;
import org.hanoinet.exchange.Outbox;
import org.hanoinet.exchange.RefusalCode;
import org.hanoinet.node.NodeKeys;
import org.hanoinet.reporting.NetworkAnswerReceived;
import org.hanoinet.reporting.NetworkAnswerRefused;
import org.hanoinet.reporting.NetworkReportAnswered;
import org.hanoinet.reporting.NetworkReportProperties;
import org.hanoinet.reporting.NetworkRequest;
import org.hanoinet.reporting.Period;
import org.hanoinet.reporting.Statistics;
import org.hanoinet.reporting.internal.AggregateSignatures.Aggregate;
import org.hanoinet.reporting.internal.AggregateSignatures.AggregateRefused;
import org.hanoinet.shared.CountryCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The network report over the federation, in the inbox's transaction of each envelope. A node answers the report
 * requests of the secretariat's node, and only of it ({@code NOT_FROM_SECRETARIAT}), with one signed aggregate per
 * State it serves: its exported statistics, or its refusal to report. The secretariat keeps an answer only when every
 * aggregate in it verifies against the directory's key of the node that sent it, names that node, a State it was
 * asked for and the period of the request; otherwise the whole answer is refused ({@code AGGREGATE_INVALID}) and the
 * refusal recorded in a transaction of its own.
 */
@Component
class NetworkFederation {

	private final NetworkDirectory directory;

	private final JdbcNetworkReports store;

	private final Statistics statistics;

	private final AggregateSignatures signatures;

	private final NetworkReportProperties settings;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	NetworkFederation(NetworkDirectory directory, JdbcNetworkReports store, Statistics statistics, NodeKeys keys,
			NetworkReportProperties settings, Outbox outbox, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this.directory = directory;
		this.store = store;
		this.statistics = statistics;
		this.signatures = new AggregateSignatures(keys);
		this.settings = settings;
		this.outbox = outbox;
		this.events = events;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@EventListener
	void receive(EnvelopeReceived received) {
		if (received.envelope().kind() == MessageKind.REPORT_REQUEST) {
			answer(received.envelope());
		}
		else if (received.envelope().kind() == MessageKind.REPORT_ANSWER) {
			take(received.envelope());
		}
	}

	private void answer(Envelope request) {
		String secretariat = directory.secretariatNode().orElse(null);
		if (!request.sender().equals(secretariat)) {
			throw new EnvelopeRefused(RefusalCode.NOT_FROM_SECRETARIAT, "Node '" + request.sender()
					+ "' is not the secretariat's node" + (secretariat == null ? "" : " ('" + secretariat + "')")
					+ ": this node sends its statistics to the secretariat only.");
		}
		UUID id;
		Period period;
		try {
			id = UUID.fromString((String) request.body().get("request"));
			period = new Period(YearMonth.parse((String) request.body().get("from")), YearMonth.parse((String) request.body().get("to")));
		}
		catch (ClassCastException | NullPointerException | IllegalArgumentException | DateTimeParseException malformed) {
			throw new EnvelopeRefused(RefusalCode.SCHEMA_INVALID, "A report request names its id and its first and last month (YYYY-MM).");
		}
		if (store.answered(id)) {
			return;
		}
		Instant now = clock.instant();
		List<String> aggregates = new ArrayList<>();
		List<CountryCode> reported = new ArrayList<>();
		List<CountryCode> declined = new ArrayList<>();
		for (CountryCode state : directory.servedHere()) {
			if (settings.declines(state)) {
				aggregates.add(signatures.seal(id, directory.thisNode(), state, period, now, null));
				declined.add(state);
			}
			else {
				Object figures = StatisticsExport.json(statistics.of(state, period), statistics.threshold());
				aggregates.add(signatures.seal(id, directory.thisNode(), state, period, now, figures));
				reported.add(state);
			}
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("request", id.toString());
		body.put("aggregates", aggregates);
		outbox.send(request.sender(), MessageKind.REPORT_ANSWER, body, null, false);
		store.answered(id, request.sender(), period, reported, declined, now);
		events.publishEvent(new NetworkReportAnswered(id, request.sender(), period, codes(reported), codes(declined), now));
	}

	private void take(Envelope answer) {
		UUID id;
		List<String> compacts = new ArrayList<>();
		try {
			id = UUID.fromString((String) answer.body().get("request"));
			for (Object aggregate : (List<?>) answer.body().get("aggregates")) {
				compacts.add((String) aggregate);
			}
		}
		catch (ClassCastException | NullPointerException | IllegalArgumentException malformed) {
			throw new EnvelopeRefused(RefusalCode.SCHEMA_INVALID, "A report answer names its request and carries a list of signed aggregates.");
		}
		Instant now = clock.instant();
		List<Aggregate> verified = new ArrayList<>();
		try {
			NetworkRequest request = store.request(id)
				.orElseThrow(() -> new AggregateRefused("this node sent no report request " + id));
			Map<CountryCode, String> asked = store.asked(id);
			Node sender = directory.node(answer.sender())
				.orElseThrow(() -> new AggregateRefused("node '" + answer.sender() + "' is not in the directory"));
			for (String compact : compacts) {
				Aggregate aggregate = AggregateSignatures.open(compact, sender, now);
				if (!aggregate.request().equals(id)) {
					throw new AggregateRefused("an aggregate answers request " + aggregate.request() + " inside the answer to " + id);
				}
				if (!aggregate.period().equals(request.period())) {
					throw new AggregateRefused("the aggregate for " + aggregate.state().value() + " covers " + aggregate.period().from() + " to "
							+ aggregate.period().to() + ", not the period asked, " + request.period().from() + " to " + request.period().to());
				}
				if (!sender.id().equals(asked.get(aggregate.state()))) {
					throw new AggregateRefused("node '" + sender.id() + "' was not asked for the figures of " + aggregate.state().value()
							+ (asked.containsKey(aggregate.state()) ? ", which node '" + asked.get(aggregate.state()) + "' serves" : ""));
				}
				verified.add(aggregate);
			}
		}
		catch (AggregateRefused refused) {
			String reason = refused.getMessage();
			ownTransaction.executeWithoutResult(status -> {
				store.refused(id, answer.sender(), reason, now);
				events.publishEvent(new NetworkAnswerRefused(id, answer.sender(), reason, now));
			});
			throw new EnvelopeRefused(RefusalCode.AGGREGATE_INVALID, "The report answer is refused: " + reason + ".");
		}
		for (int index = 0; index < verified.size(); index++) {
			Aggregate aggregate = verified.get(index);
			String hash = AggregateSignatures.hash(compacts.get(index));
			if (store.answer(id, aggregate.state(), answer.sender(), aggregate.declined(), compacts.get(index), hash, now)) {
				events.publishEvent(new NetworkAnswerReceived(id, answer.sender(), aggregate.state().value(), aggregate.declined(), hash, now));
			}
		}
	}

	private static String codes(List<CountryCode> states) {
		return String.join(",", states.stream().map(CountryCode::value).toList());
	}
}
