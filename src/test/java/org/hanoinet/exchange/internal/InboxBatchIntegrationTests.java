package org.hanoinet.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.NodeTest;
import org.hanoinet.directory.DirectoryManagement;
import org.hanoinet.directory.Secretariat;
import org.hanoinet.directory.ThisNode;
import org.hanoinet.exchange.Envelope;
import org.hanoinet.exchange.Envelopes;
import org.hanoinet.exchange.MessageKind;
import org.hanoinet.exchange.Outbox;
import org.hanoinet.exchange.OutboxEntry;
import org.hanoinet.node.NodeKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several envelopes in one request to the inbox: each gets its own receipt or refusal, stored in one commit,
 * and a refused one leaves no trace while the others stand; the delivery worker sends envelopes leased
 * together to one peer that way.
 */
@NodeTest
class InboxBatchIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Envelopes envelopes;

	@Autowired
	ThisNode thisNode;

	@Autowired
	NodeKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	Secretariat secretariat;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void eachEnvelopeOfABatchGetsItsReceiptOrItsRefusalAndARefusedOneLeavesNoTrace() throws Exception {
		UUID first = UUID.randomUUID();
		UUID forgedId = UUID.randomUUID();
		UUID last = UUID.randomUUID();
		String sealed = envelopes.seal(envelope(forgedId, thisNode.id()));
		String[] parts = sealed.split("\\.");
		String forged = parts[0] + "." + parts[1] + "." + (parts[2].startsWith("A") ? "B" : "A") + parts[2].substring(1);
		String firstEnvelope = envelopes.seal(envelope(first, thisNode.id()));

		HttpResponse<String> response = post(json.writeValueAsString(List.of(firstEnvelope, forged,
				envelopes.seal(envelope(last, thisNode.id())))));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode results = json.readTree(response.body());
		assertThat(results.size()).isEqualTo(3);
		Envelope receipt = envelopes.open(results.get(0).path("receipt").asString(), thisNode.id());
		assertThat(receipt.body()).containsEntry("messageId", first.toString())
			.containsEntry("envelopeHash", Envelopes.hash(firstEnvelope));
		assertThat(results.get(1).path("code").asString()).isEqualTo("SIGNATURE_INVALID");
		assertThat(results.get(1).path("status").asInt()).isEqualTo(401);
		assertThat(results.get(1).path("retriable").asBoolean()).isFalse();
		assertThat(results.get(2).path("receipt").asString()).isNotBlank();
		assertThat(jdbc.sql("select message_id from exchange_inbox where message_id in (:ids)")
			.param("ids", List.of(first, forgedId, last)).query(UUID.class).list()).containsExactlyInAnyOrder(first, last);
		assertThat(post("{\"not\":\"a batch\"}").statusCode()).isEqualTo(400);
	}

	@Test
	void envelopesLeasedTogetherForOnePeerTravelInOneBatchAndAreRefusedOneByOne() {
		String alias = "node-alias-" + UUID.randomUUID().toString().substring(0, 8);
		directory.registerNode(alias, URI.create("http://127.0.0.1:" + port), keys.rawPublicKey(), List.of(), "test");
		secretariat.publish("test");
		List<UUID> ids = transactions.execute(status -> List.of(
				outbox.send(alias, MessageKind.PING, Map.of("text", "one"), null, false),
				outbox.send(alias, MessageKind.PING, Map.of("text", "two"), null, false),
				outbox.send(alias, MessageKind.PING, Map.of("text", "three"), null, false)));

		await().atMost(Duration.ofSeconds(10)).until(() -> entries(ids).stream().allMatch(entry -> entry.state().equals("DEAD")));

		assertThat(entries(ids)).allSatisfy(entry -> assertThat(entry.lastError())
			.contains("HTTP 421 NOT_ADDRESSED_TO_THIS_NODE", alias));
	}

	private List<OutboxEntry> entries(List<UUID> ids) {
		return outbox.latest(null, 1000).stream().filter(entry -> ids.contains(entry.messageId())).toList();
	}

	private Envelope envelope(UUID id, String recipient) {
		Instant now = clock.instant();
		return new Envelope(id, thisNode.id(), recipient, now, now.plusSeconds(300), MessageKind.PING, Map.of("text", "batch"));
	}

	private HttpResponse<String> post(String body) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/federation/v1/inbox"))
			.header("Content-Type", FederationInbox.BATCH)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
