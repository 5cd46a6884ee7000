package org.hanoinet.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.NodeTest;
import org.hanoinet.directory.ThisNode;
import org.hanoinet.duty.UrgentRequests;
import org.hanoinet.exchange.Envelope;
import org.hanoinet.exchange.Envelopes;
import org.hanoinet.exchange.MessageKind;
import org.hanoinet.exchange.Outbox;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Viet Nam and Brazil are both served by the demo node: their case events still travel as sealed envelopes
 * through the outbox to the node's own inbox (in-process), are stored raw with a signed receipt, and show on the
 * outbox API, while the case exists once; a bad envelope is refused in-process with its stable code.
 */
@NodeTest
class SameNodeExchangeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	NodeProperties node;

	@Autowired
	ThisNode thisNode;

	@Autowired
	Envelopes envelopes;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	DemoLogins demo;

	@BeforeEach
	void readDemoLogins() {
		demo = new DemoLogins(node.dataDir(), port);
	}

	@Test
	void aCaseBetweenTwoAuthoritiesOfThisNodeTravelsAsReceiptedEnvelopesThroughItsOwnInbox() {
		String id = UrgentRequests.sendToBrazil(demo);
		ok(demo.send("POST", "/api/v1/cases/" + id + "/acts/acknowledge", demo.of("BR", Role.DUTY_OFFICER).apiToken(), null));

		List<UUID> sent = jdbc.sql("select message_id from exchange_outbox where case_id = :case order by position")
			.param("case", UUID.fromString(id)).query(UUID.class).list();
		assertThat(sent).as("the opening (draft, submission, approval), the delivery, the acknowledgement").hasSize(3);
		String admin = demo.of("BR", Role.NODE_ADMIN).apiToken();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(delivered(admin, sent)).hasSize(3));

		for (JsonNode entry : delivered(admin, sent)) {
			UUID messageId = UUID.fromString(entry.path("messageId").asString());
			assertThat(entry.path("recipient").asString()).isEqualTo(thisNode.id());
			String envelope = jdbc.sql("select envelope from exchange_outbox where message_id = :id").param("id", messageId)
				.query(String.class).single();
			Envelope receipt = envelopes.open(entry.path("receipt").asString(), thisNode.id());
			assertThat(receipt.kind()).isEqualTo(MessageKind.RECEIPT);
			assertThat(receipt.body()).containsEntry("messageId", messageId.toString())
				.containsEntry("envelopeHash", Envelopes.hash(envelope));
			assertThat(jdbc.sql("select envelope from exchange_inbox where message_id = :id").param("id", messageId)
				.query(String.class).single()).as("the raw envelope is kept as received").isEqualTo(envelope);
		}
		JsonNode seen = ok(demo.send("GET", "/api/v1/cases/" + id, demo.of("VN", Role.DUTY_OFFICER).apiToken(), null));
		assertThat(seen.path("status").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(seen.path("events").size()).as("applying the envelopes adds nothing to the one copy of the case").isEqualTo(5);
		assertThat(seen.path("chainIntact").asBoolean()).isTrue();
	}

	@Test
	void anEnvelopeThatIsNotACaseEventIsRefusedInProcessWithItsCodeAndLeavesNoTrace() {
		UUID id = transactions.execute(status -> outbox.send(thisNode.id(), MessageKind.CASE_EVENT,
				Map.of("not", "a case event"), null, false));
		String admin = demo.of("BR", Role.NODE_ADMIN).apiToken();

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(entries(admin, "dead"))
			.anyMatch(entry -> entry.path("messageId").asString().equals(id.toString())));

		JsonNode dead = entries(admin, "dead").stream()
			.filter(entry -> entry.path("messageId").asString().equals(id.toString())).findFirst().orElseThrow();
		assertThat(dead.path("lastError").asString()).contains("In-process", "SCHEMA_INVALID");
		assertThat(dead.path("attempts").asInt()).as("a final refusal is not retried").isOne();
		assertThat(jdbc.sql("select count(*) from exchange_inbox where message_id = :id").param("id", id).query(Long.class).single())
			.isZero();
	}

	@Test
	void theEnvelopesOfOneCaseFollowEachOtherAtOnceNotAtTheNextIdleLook() {
		// A case's envelopes go one after the other, each once the previous one is delivered. A delivery thread
		// with nothing woken idles for up to a second, so twenty envelopes that each waited for a thread's idle look
		// would take seconds; the thread that delivered one looks again at once.
		UUID caseId = UUID.randomUUID();
		List<UUID> sent = transactions.execute(status -> java.util.stream.IntStream.range(0, 20)
			.mapToObj(index -> outbox.send(thisNode.id(), MessageKind.PING, Map.of("text", "step " + index), caseId, true))
			.toList());
		long start = System.nanoTime();

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> jdbc.sql(
				"select count(*) from exchange_outbox where case_id = :case and state = 'DELIVERED'")
			.param("case", caseId).query(Long.class).single() == sent.size());
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		List<UUID> inDeliveryOrder = jdbc.sql("select message_id from exchange_outbox where case_id = :case order by delivered_at, position")
			.param("case", caseId).query(UUID.class).list();
		assertThat(inDeliveryOrder).as("delivered in the order they were written").isEqualTo(sent);
		assertThat(took).as("twenty envelopes of one case, one after the other").isLessThan(Duration.ofMillis(2_500));
	}

	private List<JsonNode> delivered(String token, List<UUID> ids) {
		List<String> wanted = ids.stream().map(UUID::toString).toList();
		return entries(token, "delivered").stream().filter(entry -> wanted.contains(entry.path("messageId").asString())).toList();
	}

	private List<JsonNode> entries(String token, String state) {
		return ok(demo.send("GET", "/api/v1/exchange/outbox?limit=1000&state=" + state, token, null)).valueStream().toList();
	}

	private JsonNode ok(java.net.http.HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}
}
