package org.hanoinet.exchange.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.hanoinet.directory.Node;
import org.hanoinet.directory.Nodes;
import org.hanoinet.directory.TrustedDirectory;
import org.hanoinet.exchange.Envelopes;
import org.hanoinet.exchange.EvidenceDownloadRefusal;
import org.hanoinet.exchange.EvidenceManifest;
import org.hanoinet.exchange.EvidenceSignatures;
import org.hanoinet.exchange.MessageKind;
import org.hanoinet.exchange.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pulls the items of incoming evidence packages, chunk by chunk and in order, from the sending node. Every chunk
 * is checked against the SHA-256 the signed manifest names for it before it is stored, so a chunk damaged in
 * transit is fetched again and never stored; the resume point is the evidence store's durable offset, so a cut
 * connection or a restart costs at most the chunk in flight. Failures are retried with exponential backoff and
 * jitter; after {@code max-attempts} failures in a row the item stops as FAILED with its last error. When every
 * item of a package is stored and its whole hash checked, a signed receipt naming the hashes leaves through the
 * outbox. One chunk is held in memory per item being pulled, whatever the item's size.
 */
@Component
class EvidenceTransferPuller implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EvidenceTransferPuller.class);

	static final String CHUNK_PATH = "/federation/v1/evidence/packages/%s/items/%s/chunks/%d";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final EvidenceTransferStore store;

	private final EvidenceSignatures signatures;

	private final Outbox outbox;

	private final TrustedDirectory trusted;

	private final Nodes nodes;

	private final EvidenceTransferProperties settings;

	private final Clock clock;

	private final WakeableThreads threads;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	EvidenceTransferPuller(JdbcClient jdbc, TransactionTemplate transactions, EvidenceTransferStore store,
			EvidenceSignatures signatures, Outbox outbox, TrustedDirectory trusted, Nodes nodes,
			EvidenceTransferProperties settings, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.store = store;
		this.signatures = signatures;
		this.outbox = outbox;
		this.trusted = trusted;
		this.nodes = nodes;
		this.settings = settings;
		this.clock = clock;
		this.threads = new WakeableThreads("evidence-puller-", settings.workers(), this::pullNext, log,
				"Evidence pulling failed unexpectedly");
	}

	/** A package arrived: every puller looks now, since its chunks can be pulled side by side. */
	void wake() {
		threads.wakeAll();
	}

	@Override
	public void start() {
		threads.start();
	}

	@Override
	public void stop() {
		threads.stop();
	}

	@Override
	public boolean isRunning() {
		return threads.isRunning();
	}

	/** Claims one item due for pulling and pulls it as far as it goes; false if none was due. */
	boolean pullNext() {
		Instant now = clock.instant();
		Optional<Claimed> claimed = jdbc.sql("""
				update exchange_evidence_transfers set state = 'FETCHING', claimed_until = :until
				where (package_id, item_id) = (
				    select package_id, item_id from exchange_evidence_transfers
				    where (state = 'PENDING' and next_attempt_at <= :now) or (state = 'FETCHING' and claimed_until < :now)
				    order by next_attempt_at limit 1 for update skip locked)
				returning package_id, item_id, upload_id, attempts, requests, rejected_chunks
				""")
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(now.plus(settings.lease())))
			.query((rs, row) -> new Claimed(rs.getObject("package_id", UUID.class), rs.getObject("item_id", UUID.class),
					rs.getString("upload_id"), rs.getInt("attempts"), rs.getInt("requests"), rs.getInt("rejected_chunks")))
			.optional();
		if (claimed.isEmpty()) {
			return false;
		}
		Progress progress = new Progress(claimed.get());
		try {
			pull(claimed.get(), progress);
		}
		catch (PullFailed failed) {
			fail(claimed.get(), progress, failed.retriable, failed.getMessage());
		}
		catch (RuntimeException unexpected) {
			fail(claimed.get(), progress, true, "Storing failed: " + unexpected.getMessage());
		}
		return true;
	}

	private void pull(Claimed claimed, Progress progress) {
		IncomingPackage incoming = jdbc.sql("select case_id, peer, manifest, links from exchange_evidence_packages where package_id = :id")
			.param("id", claimed.packageId())
			.query((rs, row) -> new IncomingPackage(rs.getObject("case_id", UUID.class), rs.getString("peer"),
					rs.getString("manifest"), rs.getString("links")))
			.single();
		EvidenceManifest manifest = EvidenceSignatures.stored(incoming.manifest());
		EvidenceManifest.Item item = manifest.item(claimed.itemId()).orElseThrow();
		String link = JSON.readValue(incoming.links(), new TypeReference<Map<String, String>>() {
		}).get(item.id().toString());
		Node peer = FederationConfiguration.node(trusted, nodes, incoming.peer())
			.orElseThrow(() -> new PullFailed(true, "Node '" + incoming.peer() + "' is not in the directory."));
		String upload = claimed.uploadId();
		if (upload == null) {
			upload = store.startReceipt(incoming.caseId(), item, incoming.peer());
			String started = upload;
			jdbc.sql("update exchange_evidence_transfers set upload_id = :upload where package_id = :package and item_id = :item")
				.param("upload", started)
				.param("package", claimed.packageId())
				.param("item", claimed.itemId())
				.update();
		}
		long offset = store.offset(upload);
		byte[] chunk = new byte[item.chunkSize()];
		while (offset < item.size()) {
			if (!threads.isRunning()) {
				throw new PullFailed(true, "The node is stopping.");
			}
			int index = (int) (offset / item.chunkSize());
			int skip = (int) (offset % item.chunkSize());
			int length = item.chunkLength(index);
			progress.requests++;
			fetch(peer.endpoint(), manifest.packageId(), item.id(), index, link, chunk, length);
			if (!sha256(chunk, length).equals(item.chunkSha256().get(index))) {
				progress.rejected++;
				throw new PullFailed(true, "Chunk " + index + " arrived with another SHA-256 than the manifest names; it was not stored and is fetched again.");
			}
			store.append(upload, offset, new ByteArrayInputStream(chunk, skip, length - skip));
			offset = (long) index * item.chunkSize() + length;
			advance(claimed, progress, offset);
		}
		EvidenceTransferStore.Stored stored;
		try {
			stored = store.complete(upload);
		}
		catch (RuntimeException refused) {
			// The store discards an upload whose whole hash is wrong: the next attempt starts a new one.
			jdbc.sql("update exchange_evidence_transfers set upload_id = null, bytes_fetched = 0 where package_id = :package and item_id = :item")
				.param("package", claimed.packageId())
				.param("item", claimed.itemId())
				.update();
			throw new PullFailed(true, "The evidence store refused the whole item: " + refused.getMessage());
		}
		if (!stored.sha256().equals(item.sha256())) {
			throw new PullFailed(false, "The whole item has SHA-256 " + stored.sha256() + ", not " + item.sha256() + " as the manifest names.");
		}
		finish(claimed, progress, manifest, incoming, stored);
	}

	private void fetch(URI endpoint, UUID packageId, UUID itemId, int index, String link, byte[] chunk, int length) {
		String path = CHUNK_PATH.formatted(packageId, itemId, index);
		HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(path + "?link=" + URLEncoder.encode(link, StandardCharsets.US_ASCII)))
			.timeout(settings.requestTimeout())
			.header(EvidenceSignatures.PROOF_HEADER, signatures.proof("GET", path, settings.proofLifetime()))
			.header("Accept", "application/octet-stream, application/problem+json")
			.GET()
			.build();
		try {
			HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (response.statusCode() != 200) {
					throw refused(response.statusCode(), new String(body.readNBytes(4096), StandardCharsets.UTF_8));
				}
				int read = body.readNBytes(chunk, 0, length);
				if (read < length) {
					throw new PullFailed(true, "The connection ended after " + read + " of the " + length + " bytes of chunk " + index + ".");
				}
				if (body.read() != -1) {
					throw new PullFailed(true, "Node sent more than the " + length + " bytes of chunk " + index + ".");
				}
			}
		}
		catch (IOException cut) {
			throw new PullFailed(true, "Fetching chunk " + index + " failed: " + cut.getMessage());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new PullFailed(true, "Interrupted while fetching chunk " + index + ".");
		}
	}

	private static PullFailed refused(int status, String body) {
		String code = null;
		String detail = body;
		boolean retriable = status >= 500 || status == 429;
		try {
			JsonNode problem = JSON.readTree(body);
			if (problem.hasNonNull("code")) {
				code = problem.path("code").asString();
				retriable = EvidenceDownloadRefusal.valueOf(code).retriable();
			}
			detail = problem.path("detail").asString(detail);
		}
		catch (RuntimeException notProblem) {
			// keep the raw body as the error
		}
		return new PullFailed(retriable, "HTTP " + status + (code == null ? "" : " " + code) + ": " + detail);
	}

	private void advance(Claimed claimed, Progress progress, long offset) {
		Instant now = clock.instant();
		jdbc.sql("""
				update exchange_evidence_transfers set bytes_fetched = :offset, requests = :requests, rejected_chunks = :rejected,
				    attempts = 0, claimed_until = :until, updated_at = :now where package_id = :package and item_id = :item
				""")
			.param("offset", offset)
			.param("requests", progress.requests)
			.param("rejected", progress.rejected)
			.param("until", Timestamp.from(now.plus(settings.lease())))
			.param("now", Timestamp.from(now))
			.param("package", claimed.packageId())
			.param("item", claimed.itemId())
			.update();
		progress.attempts = 0;
	}

	private void finish(Claimed claimed, Progress progress, EvidenceManifest manifest, IncomingPackage incoming,
			EvidenceTransferStore.Stored stored) {
		transactions.executeWithoutResult(status -> {
			Instant now = clock.instant();
			jdbc.sql("""
					update exchange_evidence_transfers set state = 'RECEIVED', bytes_fetched = size, requests = :requests,
					    rejected_chunks = :rejected, claimed_until = null, stored_item_id = :stored, stored_sha256 = :sha256,
					    updated_at = :now where package_id = :package and item_id = :item
					""")
				.param("requests", progress.requests)
				.param("rejected", progress.rejected)
				.param("stored", stored.itemId())
				.param("sha256", stored.sha256())
				.param("now", Timestamp.from(now))
				.param("package", claimed.packageId())
				.param("item", claimed.itemId())
				.update();
			String packageState = jdbc.sql("select state from exchange_evidence_packages where package_id = :id for update")
				.param("id", claimed.packageId())
				.query(String.class)
				.single();
			long open = jdbc.sql("select count(*) from exchange_evidence_transfers where package_id = :id and state <> 'RECEIVED'")
				.param("id", claimed.packageId())
				.query(Long.class)
				.single();
			if (open > 0 || !"FETCHING".equals(packageState)) {
				return;
			}
			List<Map<String, Object>> items = new ArrayList<>();
			jdbc.sql("select item_id, size, stored_item_id, stored_sha256 from exchange_evidence_transfers where package_id = :id order by position")
				.param("id", claimed.packageId())
				.query((rs, row) -> {
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("id", rs.getString("item_id"));
					entry.put("size", rs.getLong("size"));
					entry.put("sha256", rs.getString("stored_sha256"));
					entry.put("storedItemId", rs.getString("stored_item_id"));
					return entry;
				})
				.list()
				.forEach(items::add);
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("packageId", manifest.packageId().toString());
			body.put("manifestSha256", Envelopes.hash(incoming.manifest()));
			body.put("items", items);
			body.put("receivedAt", now.toString());
			outbox.send(incoming.peer(), MessageKind.EVIDENCE_RECEIPT, body, manifest.caseId(), false);
			jdbc.sql("update exchange_evidence_packages set state = 'RECEIVED', completed_at = :now where package_id = :id")
				.param("now", Timestamp.from(now))
				.param("id", claimed.packageId())
				.update();
		});
	}

	private void fail(Claimed claimed, Progress progress, boolean retriable, String error) {
		int attempts = progress.attempts + 1;
		boolean last = !retriable || attempts >= settings.maxAttempts();
		Instant now = clock.instant();
		String message = error.length() > 1000 ? error.substring(0, 1000) : error;
		jdbc.sql("""
				update exchange_evidence_transfers set state = :state, attempts = :attempts, last_error = :error,
				    requests = :requests, rejected_chunks = :rejected, next_attempt_at = :next, claimed_until = null,
				    updated_at = :now where package_id = :package and item_id = :item
				""")
			.param("state", last ? "FAILED" : "PENDING")
			.param("attempts", attempts)
			.param("error", message)
			.param("requests", progress.requests)
			.param("rejected", progress.rejected)
			.param("next", Timestamp.from(now.plus(backoff(attempts))))
			.param("now", Timestamp.from(now))
			.param("package", claimed.packageId())
			.param("item", claimed.itemId())
			.update();
		if (last) {
			log.warn("Evidence item {} of package {} failed after {} attempts: {}", claimed.itemId(), claimed.packageId(), attempts, message);
		}
	}

	/** The first retry, doubling at each failure up to the longest, each drawn between half and the whole of it. */
	private Duration backoff(int attempts) {
		long ceiling = Math.min(settings.longestRetry().toMillis(), settings.firstRetry().toMillis() << Math.min(attempts - 1, 20));
		return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
	}

	static String sha256(byte[] bytes, int length) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(bytes, 0, length);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException absent) {
			throw new IllegalStateException("Every Java runtime provides SHA-256.", absent);
		}
	}

	private record Claimed(UUID packageId, UUID itemId, String uploadId, int attempts, int requests, int rejected) {
	}

	private record IncomingPackage(UUID caseId, String peer, String manifest, String links) {
	}

	private static final class Progress {

		int attempts;

		int requests;

		int rejected;

		Progress(Claimed claimed) {
			this.attempts = claimed.attempts();
			this.requests = claimed.requests();
			this.rejected = claimed.rejected();
		}
	}

	private static final class PullFailed extends RuntimeException {

		final boolean retriable;

		PullFailed(boolean retriable, String message) {
			super(message);
			this.retriable = retriable;
		}
	}
}
