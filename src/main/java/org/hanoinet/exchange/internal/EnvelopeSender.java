package org.hanoinet.exchange.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.hanoinet.directory.Node;
import org.hanoinet.directory.Nodes;
import org.hanoinet.directory.ThisNode;
import org.hanoinet.directory.TrustedDirectory;
import org.hanoinet.exchange.Envelope;
import org.hanoinet.exchange.EnvelopeRefused;
import org.hanoinet.exchange.Envelopes;
import org.hanoinet.exchange.ExchangeProperties;
import org.hanoinet.exchange.MessageKind;
import org.hanoinet.exchange.RefusalCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends leased envelopes to their recipients' inboxes: several to one peer in one request that the peer stores in
 * one commit, to different peers side by side, and to this node's own inbox without HTTP. An envelope is
 * delivered when the recipient's signed receipt, naming the envelope and its hash, verifies; every answer becomes
 * an outcome through {@link DeliveryResults}, which also says which peers are paused.
 */
@Component
class EnvelopeSender {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final Envelopes envelopes;

	private final ThisNode thisNode;

	private final TrustedDirectory trusted;

	private final Nodes nodes;

	/** This node's own inbox, for envelopes between authorities it serves: the same checks, without HTTP. */
	private final FederationInbox inbox;

	private final ExchangeProperties settings;

	private final DeliveryResults results;

	EnvelopeSender(Envelopes envelopes, ThisNode thisNode, TrustedDirectory trusted, Nodes nodes, FederationInbox inbox,
			ExchangeProperties settings, DeliveryResults results) {
		this.envelopes = envelopes;
		this.thisNode = thisNode;
		this.trusted = trusted;
		this.nodes = nodes;
		this.inbox = inbox;
		this.settings = settings;
		this.results = results;
	}

	/**
	 * Sends the envelopes, which belong to different cases, all at once; returns the outcome of each one that was
	 * tried or postponed (none for an envelope whose sending was interrupted: its lease runs out instead).
	 */
	List<DeliveryOutcome> send(List<PendingEnvelope> due) {
		List<DeliveryOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
		// The envelopes leased together belong to different cases (the claim skips any with an earlier one of its
		// case pending), so they may travel at once: several to one peer in one request that the peer stores in one
		// commit, to different peers (or in-process) side by side.
		List<Runnable> deliveries = new ArrayList<>();
		due.stream().collect(Collectors.groupingBy(PendingEnvelope::recipient, LinkedHashMap::new, Collectors.toList()))
			.forEach((recipient, group) -> {
				if (group.size() > 1 && !(settings.inProcessDelivery() && recipient.equals(thisNode.id()))) {
					deliveries.add(() -> deliverBatch(group, outcomes));
				}
				else {
					group.forEach(pending -> deliveries.add(() -> deliver(pending, outcomes)));
				}
			});
		if (deliveries.size() == 1) {
			deliveries.getFirst().run();
		}
		else {
			try (ExecutorService parallel = Executors.newVirtualThreadPerTaskExecutor()) {
				deliveries.forEach(parallel::execute);
			}
		}
		return outcomes;
	}

	/**
	 * Sends several envelopes to one peer in one request ({@link FederationInbox#receiveBatch}); a peer that does
	 * not take batches gets them one by one.
	 */
	private void deliverBatch(List<PendingEnvelope> group, List<DeliveryOutcome> outcomes) {
		PendingEnvelope first = group.getFirst();
		Optional<Node> peer = FederationConfiguration.node(trusted, nodes, first.recipient());
		if (results.paused(first.recipient()) || peer.isEmpty()) {
			group.forEach(pending -> deliver(pending, outcomes));
			return;
		}
		URI inbox = peer.get().endpoint().resolve("/federation/v1/inbox");
		HttpResponse<String> response;
		try {
			response = http.send(HttpRequest.newBuilder(inbox)
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", FederationInbox.BATCH)
				.header("Accept", "application/json, application/problem+json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(group.stream().map(PendingEnvelope::envelope).toList())))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException unreachable) {
			group.forEach(pending -> outcomes.add(results.failed(pending, true, "Cannot reach " + inbox + ": " + reason(unreachable))));
			return;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return;
		}
		if (response.statusCode() == 404 || response.statusCode() == 405 || response.statusCode() == 415) {
			group.forEach(pending -> deliver(pending, outcomes));
			return;
		}
		JsonNode answers = null;
		if (response.statusCode() == 200) {
			try {
				answers = JSON.readTree(response.body());
			}
			catch (RuntimeException notJson) {
				answers = null;
			}
		}
		if (answers == null || !answers.isArray() || answers.size() != group.size()) {
			group.forEach(pending -> outcomes.add(refused(pending, response)));
			return;
		}
		for (int index = 0; index < group.size(); index++) {
			JsonNode answer = answers.get(index);
			PendingEnvelope pending = group.get(index);
			if (answer.hasNonNull("receipt")) {
				outcomes.add(accept(pending, answer.path("receipt").asString()));
				continue;
			}
			String code = answer.path("code").asString("");
			boolean retriable = answer.path("retriable").asBoolean(true);
			String error = "HTTP " + answer.path("status").asInt(response.statusCode()) + (code.isEmpty() ? "" : " " + code) + ": "
					+ answer.path("detail").asString("");
			outcomes.add(results.failed(pending, retriable, error.length() > 1000 ? error.substring(0, 1000) : error));
		}
	}

	private void deliver(PendingEnvelope pending, List<DeliveryOutcome> outcomes) {
		Optional<DeliveryOutcome> postponed = results.whilePaused(pending);
		if (postponed.isPresent()) {
			outcomes.add(postponed.get());
			return;
		}
		if (settings.inProcessDelivery() && pending.recipient().equals(thisNode.id())) {
			outcomes.add(deliverInProcess(pending));
			return;
		}
		Optional<Node> peer = FederationConfiguration.node(trusted, nodes, pending.recipient());
		if (peer.isEmpty()) {
			outcomes.add(results.failed(pending, true, "Node '" + pending.recipient() + "' is not in the directory"));
			return;
		}
		URI inbox = peer.get().endpoint().resolve("/federation/v1/inbox");
		HttpResponse<String> response;
		try {
			response = http.send(HttpRequest.newBuilder(inbox)
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/jose")
				.header("Accept", "application/jose, application/problem+json")
				.POST(HttpRequest.BodyPublishers.ofString(pending.envelope()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException unreachable) {
			outcomes.add(results.failed(pending, true, "Cannot reach " + inbox + ": " + reason(unreachable)));
			return;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return;
		}
		outcomes.add(response.statusCode() == 200 ? accept(pending, response.body()) : refused(pending, response));
	}

	/**
	 * Hands the envelope to this node's own inbox, for authorities both served here: the same verification,
	 * storage, receipt and refusal codes as over HTTP.
	 */
	private DeliveryOutcome deliverInProcess(PendingEnvelope pending) {
		ResponseEntity<?> answer;
		try {
			answer = inbox.receive(pending.envelope());
		}
		catch (RuntimeException failed) {
			return results.failed(pending, true, "In-process delivery failed: " + failed.getMessage());
		}
		if (answer.getStatusCode().value() == 200 && answer.getBody() instanceof String receipt) {
			return accept(pending, receipt);
		}
		String code = null;
		String detail = String.valueOf(answer.getBody());
		boolean retriable = true;
		if (answer.getBody() instanceof ProblemDetail problem && problem.getProperties() != null
				&& problem.getProperties().get("code") instanceof String refusal) {
			code = refusal;
			retriable = RefusalCode.valueOf(refusal).retriable();
			detail = problem.getDetail();
		}
		return results.failed(pending, retriable, "In-process " + answer.getStatusCode().value() + (code == null ? "" : " " + code)
				+ ": " + detail);
	}

	/** Delivered if the receipt is the recipient's, for this envelope and its hash; a failed attempt otherwise. */
	private DeliveryOutcome accept(PendingEnvelope pending, String receipt) {
		try {
			Envelope opened = envelopes.open(receipt, thisNode.id());
			boolean matches = opened.kind() == MessageKind.RECEIPT && opened.sender().equals(pending.recipient())
					&& pending.messageId().toString().equals(opened.body().get("messageId"))
					&& pending.hash().equals(opened.body().get("envelopeHash"));
			if (!matches) {
				return results.failed(pending, true, "The receipt does not name this envelope and its hash");
			}
		}
		catch (EnvelopeRefused invalid) {
			return results.failed(pending, true, "The receipt was refused: " + invalid.code() + " " + invalid.getMessage());
		}
		return results.delivered(pending, receipt);
	}

	private DeliveryOutcome refused(PendingEnvelope pending, HttpResponse<String> response) {
		String code = null;
		String detail = response.body();
		boolean retriable = response.statusCode() >= 500 || response.statusCode() == 429;
		try {
			JsonNode problem = JSON.readTree(response.body());
			if (problem.hasNonNull("code")) {
				code = problem.path("code").asString();
				retriable = RefusalCode.valueOf(code).retriable();
			}
			detail = problem.path("detail").asString(detail);
		}
		catch (RuntimeException notProblem) {
			// keep the raw body as the error
		}
		String error = "HTTP " + response.statusCode() + (code == null ? "" : " " + code) + ": " + detail;
		return results.failed(pending, retriable, error.length() > 1000 ? error.substring(0, 1000) : error);
	}

	/** What went wrong on the way, for the case's users: the JDK's message, or what kind of failure it was. */
	static String reason(IOException unreachable) {
		if (unreachable instanceof HttpTimeoutException) {
			return "no answer within the timeout (the node accepts connections but does not respond)";
		}
		if (unreachable instanceof ConnectException) {
			return "connection refused or failed" + (unreachable.getMessage() == null ? "" : " (" + unreachable.getMessage() + ")");
		}
		return unreachable.getMessage() == null ? unreachable.getClass().getSimpleName() : unreachable.getMessage();
	}
}
