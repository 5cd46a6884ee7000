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
import java.util.Map;
import java.util.UUID;

import org.hanoinet.NodeTest;
import org.hanoinet.TestNodeKeys;
import org.hanoinet.directory.DirectoryManagement;
import org.hanoinet.directory.Secretariat;
import org.hanoinet.directory.ThisNode;
import org.hanoinet.exchange.Envelope;
import org.hanoinet.exchange.Envelopes;
import org.hanoinet.exchange.MessageKind;
import org.hanoinet.exchange.Outbox;
import org.hanoinet.exchange.OutboxEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The node's outbox delivering to its own inbox (in process, through the code a peer's POST reaches): a signed
 * receipt comes back and is kept; bad envelopes, posted to {@code /federation/v1/inbox} over loopback HTTP too,
 * are refused with their code and leave nothing behind.
 */
@NodeTest
class FederationInboxIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Outbox outbox;

	@Autowired
	Envelopes envelopes;

	@Autowired
	ThisNode thisNode;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	Secretariat secretariat;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anEnvelopeWrittenInATransactionIsDeliveredAndItsSignedReceiptKept() {
		UUID id = transactions.execute(status -> outbox.send(thisNode.id(), MessageKind.PING,
				Map.of("text", "ping test"), null, true));

		await().atMost(Duration.ofSeconds(10)).until(() -> entry(id).state().equals("DELIVERED"));

		OutboxEntry delivered = entry(id);
		Envelope receipt = envelopes.open(delivered.receipt(), thisNode.id());
		String sent = jdbc.sql("select envelope from exchange_outbox where message_id = :id").param("id", id).query(String.class).single();
		assertThat(receipt.kind()).isEqualTo(MessageKind.RECEIPT);
		assertThat(receipt.body()).containsEntry("messageId", id.toString()).containsEntry("envelopeHash", Envelopes.hash(sent));
		assertThat(jdbc.sql("select envelope from exchange_inbox where message_id = :id").param("id", id).query(String.class).single())
			.isEqualTo(sent);
	}

	@Test
	void anEnvelopeThatIsNotCommittedIsNeverSent() {
		UUID[] id = new UUID[1];
		transactions.executeWithoutResult(status -> {
			id[0] = outbox.send(thisNode.id(), MessageKind.PING, Map.of("text", "rolled back"), null, false);
			status.setRollbackOnly();
		});

		assertThat(outbox.latest(null, 1000)).extracting(OutboxEntry::messageId).doesNotContain(id[0]);
	}

	@Test
	void theSameEnvelopeTwiceGetsTheSameReceiptButAReusedMessageIdIsARefusedReplay() {
		UUID id = UUID.randomUUID();
		String first = envelopes.seal(envelope(id, thisNode.id(), "first"));

		HttpResponse<String> once = post(first);
		HttpResponse<String> twice = post(first);
		HttpResponse<String> replay = post(envelopes.seal(envelope(id, thisNode.id(), "other content")));

		assertThat(once.statusCode()).isEqualTo(200);
		assertThat(twice.body()).isEqualTo(once.body());
		assertRefused(replay, 409, "REPLAYED", false);
		assertThat(jdbc.sql("select count(*) from exchange_inbox where message_id = :id").param("id", id).query(Long.class).single())
			.isOne();
	}

	@Test
	void refusesForgedMisaddressedAndMalformedEnvelopesWithoutTrace() {
		UUID forgedId = UUID.randomUUID();
		String sealed = envelopes.seal(envelope(forgedId, thisNode.id(), "original"));
		String[] parts = sealed.split("\\.");
		String forged = parts[0] + "." + parts[1] + "." + (parts[2].startsWith("A") ? "B" : "A") + parts[2].substring(1);
		UUID elsewhereId = UUID.randomUUID();

		assertRefused(post(forged), 401, "SIGNATURE_INVALID", false);
		assertRefused(post(envelopes.seal(envelope(elsewhereId, "node-elsewhere", "x"))), 421, "NOT_ADDRESSED_TO_THIS_NODE", false);
		assertRefused(post("{\"not\":\"a jws\"}"), 400, "SCHEMA_INVALID", false);
		assertThat(jdbc.sql("select count(*) from exchange_inbox where message_id in (:ids)")
			.param("ids", java.util.List.of(forgedId, elsewhereId)).query(Long.class).single()).isZero();
	}

	@Test
	void refusesAnUnknownKeyAndAKeyPastItsEndOverHttpAndAcceptsTheCurrentOne() {
		TestNodeKeys peer = new TestNodeKeys();
		String peerId = "node-peer-" + UUID.randomUUID().toString().substring(0, 8);
		directory.registerNode(peerId, URI.create("http://127.0.0.1:9"), peer.rawPublicKey(), java.util.List.of(), "test");
		secretariat.publish("test");
		Envelopes fromPeer = new Envelopes(peer, id -> java.util.Optional.empty(), clock);
		Envelopes fromImpostor = new Envelopes(new TestNodeKeys(), id -> java.util.Optional.empty(), clock);
		UUID oldKeyId = UUID.randomUUID();
		String signedWithOldKey = fromPeer.seal(envelope(oldKeyId, peerId, thisNode.id(), "before rotation"));

		assertThat(post(fromPeer.seal(envelope(UUID.randomUUID(), peerId, thisNode.id(), "current key"))).statusCode()).isEqualTo(200);
		assertRefused(post(fromImpostor.seal(envelope(UUID.randomUUID(), peerId, thisNode.id(), "unknown key"))), 401,
				"UNKNOWN_KEY", true);

		Instant oldKeyEnds = clock.instant().plusMillis(500);
		directory.rotateNodeKey(peerId, new TestNodeKeys().rawPublicKey(), oldKeyEnds, "test");
		secretariat.publish("test");
		await().atMost(Duration.ofSeconds(5)).until(() -> clock.instant().isAfter(oldKeyEnds));

		assertRefused(post(signedWithOldKey), 401, "KEY_EXPIRED", false);
		assertThat(jdbc.sql("select count(*) from exchange_inbox where message_id = :id").param("id", oldKeyId)
			.query(Long.class).single()).isZero();
	}

	@Test
	void anUndeliverableEnvelopeStaysPendingWithItsLastError() {
		UUID id = transactions.execute(status -> outbox.send("node-nowhere", MessageKind.PING, Map.of(), null, false));

		await().atMost(Duration.ofSeconds(10)).until(() -> entry(id).attempts() > 0);

		OutboxEntry pending = entry(id);
		assertThat(pending.state()).isEqualTo("PENDING");
		assertThat(pending.lastError()).contains("node-nowhere", "not in the directory");
		assertThat(pending.nextAttemptAt()).isAfter(pending.createdAt());
	}

	private OutboxEntry entry(UUID id) {
		return outbox.latest(null, 1000).stream().filter(entry -> entry.messageId().equals(id)).findFirst().orElseThrow();
	}

	private Envelope envelope(UUID id, String recipient, String text) {
		return envelope(id, thisNode.id(), recipient, text);
	}

	private Envelope envelope(UUID id, String sender, String recipient, String text) {
		Instant now = clock.instant();
		return new Envelope(id, sender, recipient, now, now.plusSeconds(300), MessageKind.PING, Map.of("text", text));
	}

	private HttpResponse<String> post(String body) {
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/federation/v1/inbox"))
				.header("Content-Type", "application/jose")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception failed) {
			throw new IllegalStateException(failed);
		}
	}

	private void assertRefused(HttpResponse<String> response, int status, String code, boolean retriable) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("code").asString()).isEqualTo(code);
		assertThat(problem.path("retriable").asBoolean()).isEqualTo(retriable);
		assertThat(problem.path("detail").asString()).isNotBlank();
	}
}
