package org.hanoinet.exchange.internal;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hanoinet.directory.ThisNode;
import org.hanoinet.exchange.Envelope;
import org.hanoinet.exchange.EnvelopeReceived;
import org.hanoinet.exchange.EnvelopeRefused;
import org.hanoinet.exchange.Envelopes;
import org.hanoinet.exchange.MessageKind;
import org.hanoinet.exchange.RefusalCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /federation/v1/inbox}: another node delivers a signed envelope. The envelope is checked, kept
 * raw as signed, handed to the module it concerns in the same transaction, and answered with this node's
 * signed receipt (message id, SHA-256 of the envelope as received, time of receipt). The same envelope sent
 * again gets the same receipt; another envelope reusing a message id is refused as REPLAYED. Every refusal, alone
 * or in a batch, is answered with its stable code and recorded by {@link InboundRefusals}: in the audit log and for
 * the node administrator.
 */
@RestController
@Tag(name = "Federation", description = "Node-to-node exchange of signed envelopes")
class FederationInbox {

	private final Envelopes envelopes;

	private final ThisNode thisNode;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final InboundRefusals refusals;

	FederationInbox(Envelopes envelopes, ThisNode thisNode, JdbcClient jdbc, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock, InboundRefusals refusals) {
		this.refusals = refusals;
		this.envelopes = envelopes;
		this.thisNode = thisNode;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	@PostMapping(path = "/federation/v1/inbox", consumes = { "application/jose", MediaType.TEXT_PLAIN_VALUE },
			produces = { "application/jose", MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "Deliver a signed envelope; the answer is this node's signed receipt")
	ResponseEntity<?> receive(@RequestBody(required = false) String compact) {
		Envelope[] opened = new Envelope[1];
		try {
			Envelope envelope = envelopes.open(compact, thisNode.id());
			opened[0] = envelope;
			if (envelope.kind() == MessageKind.RECEIPT) {
				throw new EnvelopeRefused(RefusalCode.SCHEMA_INVALID, "Receipts come back in the answer, not to the inbox.");
			}
			String hash = Envelopes.hash(compact.strip());
			String receipt = transactions.execute(status -> store(envelope, compact.strip(), hash));
			return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/jose")).body(receipt);
		}
		catch (EnvelopeRefused refused) {
			refusals.record(compact, opened[0], refused);
			return problem(refused);
		}
	}

	private String store(Envelope envelope, String compact, String hash) {
		Optional<Stored> earlier = jdbc.sql("select envelope_hash, receipt from exchange_inbox where message_id = :id for update")
			.param("id", envelope.messageId())
			.query((rs, row) -> new Stored(rs.getString("envelope_hash"), rs.getString("receipt")))
			.optional();
		if (earlier.isPresent()) {
			if (earlier.get().hash().equals(hash)) {
				return earlier.get().receipt();
			}
			throw new EnvelopeRefused(RefusalCode.REPLAYED,
					"Message id " + envelope.messageId() + " was already received with other content.");
		}
		Instant now = clock.instant();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("messageId", envelope.messageId().toString());
		body.put("envelopeHash", hash);
		body.put("receivedAt", now.toString());
		String receipt = envelopes.seal(new Envelope(UUID.randomUUID(), thisNode.id(), envelope.sender(), now,
				now.plus(Duration.ofDays(365)), MessageKind.RECEIPT, body));
		int inserted = jdbc.sql("""
				insert into exchange_inbox (message_id, sender, kind, envelope, envelope_hash, receipt, received_at)
				values (:id, :sender, :kind, :envelope, :hash, :receipt, :now) on conflict (message_id) do nothing
				""")
			.param("id", envelope.messageId())
			.param("sender", envelope.sender())
			.param("kind", envelope.kind().name())
			.param("envelope", compact)
			.param("hash", hash)
			.param("receipt", receipt)
			.param("now", Timestamp.from(now))
			.update();
		if (inserted == 0) {
			throw new EnvelopeRefused(RefusalCode.REPLAYED, "Message id " + envelope.messageId() + " arrived twice at once.");
		}
		events.publishEvent(new EnvelopeReceived(envelope, hash));
		return receipt;
	}

	/** The media type of a batch of envelopes: a JSON array of compact JWS strings. */
	static final String BATCH = "application/hanoinet-envelopes+json";

	/** The most envelopes one batch may carry. */
	static final int MAX_BATCH = 100;

	private static final tools.jackson.databind.json.JsonMapper BATCH_JSON = tools.jackson.databind.json.JsonMapper.builder().build();

	/**
	 * Several envelopes at once, as a JSON array of compact JWS: each is checked and stored exactly as by
	 * {@link #receive}, in one transaction with a savepoint per envelope, so one commit covers the batch and a
	 * refused envelope leaves no trace while the others stand. The answer lists, in the same order, either
	 * {@code {"receipt": ...}} or the refusal's {@code status}, {@code code}, {@code retriable} and {@code detail}.
	 */
	@PostMapping(path = "/federation/v1/inbox", consumes = BATCH,
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "Deliver several signed envelopes at once; the answer lists each one's receipt or refusal")
	ResponseEntity<?> receiveBatch(@RequestBody(required = false) String batch) {
		java.util.List<String> compacts;
		try {
			compacts = BATCH_JSON.readValue(batch == null ? "" : batch, new tools.jackson.core.type.TypeReference<java.util.List<String>>() {
			});
		}
		catch (tools.jackson.core.JacksonException notArray) {
			return problem(new EnvelopeRefused(RefusalCode.SCHEMA_INVALID, "A batch is a JSON array of compact JWS envelopes."));
		}
		if (compacts == null || compacts.isEmpty() || compacts.size() > MAX_BATCH || compacts.contains(null)) {
			return problem(new EnvelopeRefused(RefusalCode.SCHEMA_INVALID,
					"A batch holds from 1 to " + MAX_BATCH + " compact JWS envelopes."));
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(receiveAll(compacts));
	}

	private java.util.List<Map<String, Object>> receiveAll(java.util.List<String> compacts) {
		java.util.List<Map<String, Object>> results = new java.util.ArrayList<>(java.util.Collections.nCopies(compacts.size(), null));
		Envelope[] opened = new Envelope[compacts.size()];
		for (int index = 0; index < compacts.size(); index++) {
			try {
				opened[index] = envelopes.open(compacts.get(index), thisNode.id());
				if (opened[index].kind() == MessageKind.RECEIPT) {
					throw new EnvelopeRefused(RefusalCode.SCHEMA_INVALID, "Receipts come back in the answer, not to the inbox.");
				}
			}
			catch (EnvelopeRefused refused) {
				refusals.record(compacts.get(index), null, refused);
				opened[index] = null;
				results.set(index, refusal(refused));
			}
		}
		EnvelopeRefused[] refusedInStore = new EnvelopeRefused[compacts.size()];
		TransactionTemplate savepoint = new TransactionTemplate(transactions.getTransactionManager());
		savepoint.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
		transactions.executeWithoutResult(status -> {
			for (int index = 0; index < compacts.size(); index++) {
				if (opened[index] == null) {
					continue;
				}
				Envelope envelope = opened[index];
				String compact = compacts.get(index).strip();
				try {
					results.set(index, Map.of("receipt", savepoint.execute(nested -> store(envelope, compact, Envelopes.hash(compact)))));
				}
				catch (EnvelopeRefused refused) {
					refusedInStore[index] = refused;
					results.set(index, refusal(refused));
				}
			}
		});
		for (int index = 0; index < compacts.size(); index++) {
			if (refusedInStore[index] != null) {
				refusals.record(compacts.get(index), opened[index], refusedInStore[index]);
			}
		}
		return results;
	}

	private static Map<String, Object> refusal(EnvelopeRefused refused) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("status", problem(refused).getStatusCode().value());
		result.put("code", refused.code().name());
		result.put("retriable", refused.code().retriable());
		result.put("detail", refused.getMessage());
		return result;
	}

	static ResponseEntity<ProblemDetail> problem(EnvelopeRefused refused) {
		HttpStatus status = switch (refused.code()) {
			case REPLAYED -> HttpStatus.CONFLICT;
			case NOT_ADDRESSED_TO_THIS_NODE -> HttpStatus.MISDIRECTED_REQUEST;
			case UNKNOWN_SENDER, UNKNOWN_KEY, KEY_EXPIRED, SIGNATURE_INVALID -> HttpStatus.UNAUTHORIZED;
			case SENDER_NOT_SERVING_AUTHORITY -> HttpStatus.FORBIDDEN;
			case SEQUENCE_GAP, CHAIN_CONFLICT -> HttpStatus.CONFLICT;
			case SCHEMA_INVALID, EXPIRED -> HttpStatus.BAD_REQUEST;
			case MANIFEST_INVALID, RECEIPT_MISMATCH, AGGREGATE_INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
			case NOT_A_PARTY, NOT_APPROVED, NOT_FROM_SECRETARIAT -> HttpStatus.FORBIDDEN;
			case ACT_NOT_ALLOWED -> HttpStatus.CONFLICT;
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
		problem.setType(URI.create("urn:hanoinet:federation:" + refused.code().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
		problem.setTitle("Envelope refused");
		problem.setProperty("code", refused.code().name());
		problem.setProperty("retriable", refused.code().retriable());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private record Stored(String hash, String receipt) {
	}
}
