package org.hanoinet.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hanoinet.evidence.EvidenceFixtures.VN_OFFICER;
import static org.hanoinet.evidence.EvidenceFixtures.VN_SUPERVISOR;
import static org.hanoinet.evidence.EvidenceFixtures.breakingAfter;
import static org.hanoinet.evidence.EvidenceFixtures.generated;
import static org.hanoinet.evidence.EvidenceFixtures.sha256;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.hanoinet.TestNodes;
import org.hanoinet.audit.AuditLog;
import org.hanoinet.audit.AuditLogVerifier;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.evidence.internal.EvidenceKeys;
import org.hanoinet.evidence.internal.EvidenceStore;
import org.hanoinet.evidence.internal.JdbcEvidence;
import org.hanoinet.node.NodeKeys;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.node.NodeStartupFailure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A node started with {@code hanoinet.evidence.store=s3} keeps its evidence in a bucket of a real S3-compatible
 * server on 127.0.0.1 (S3Proxy, started by the test): only ciphertext there, the same bytes back, uploads that
 * resume, deletions that leave nothing behind but a verifiable audit log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3EvidenceStorageTests {

	static final int MIB = 1024 * 1024;

	final String run = UUID.randomUUID().toString();

	LocalS3 server;

	String bucket;

	ConfigurableApplicationContext node;

	EvidenceItems evidence;

	Uploads uploads;

	Case request;

	@BeforeAll
	void startAServerAndANodeStoringInIt() throws IOException {
		server = LocalS3.start();
		bucket = server.newBucket();
		node = start("node", Stream.concat(Stream.of("--hanoinet.evidence.chunk-size=1MB"), Stream.of(server.arguments(bucket)))
			.toArray(String[]::new));
		evidence = node.getBean(EvidenceItems.class);
		uploads = node.getBean(Uploads.class);
	}

	@AfterAll
	void stop() throws InterruptedException {
		if (node != null) {
			node.close();
		}
		if (server != null) {
			server.close();
		}
	}

	@BeforeEach
	void aDeliveredRequest() {
		request = EvidenceFixtures.sentPreservation(node.getBean(CaseManagement.class));
	}

	@Test
	void keepsOnlyCiphertextInTheBucketAndGivesTheFileBackByteForByte() throws IOException {
		byte[] secret = "Subscriber: Nguyen Van A, +84 912 345 678, 12 Hang Bai, Hanoi. ".repeat(40_000).getBytes(StandardCharsets.UTF_8);
		UploadId upload = uploads.startUpload(VN_OFFICER, request.id(), "subscriber.txt", "text/plain", secret.length);
		uploads.append(upload, 0, new ByteArrayInputStream(secret));
		EvidenceItem item = uploads.complete(upload);

		assertThat(server.keys(bucket, "evidence/items/" + item.id() + "/")).hasSize(item.chunks()).hasSize(3);
		for (String key : server.keys(bucket, "")) {
			assertThat(new String(server.object(bucket, key), StandardCharsets.ISO_8859_1)).doesNotContain("Nguyen").doesNotContain("Subscriber");
		}
		assertThat(node.getBean(NodeProperties.class).dataDir().resolve("evidence")).doesNotExist();
		assertThat(item.sha256()).isEqualTo(sha256(new ByteArrayInputStream(secret)));
		assertThat(sha256(evidence.download(VN_OFFICER, item.id()))).isEqualTo(item.sha256());
		assertThat(evidence.download(VN_OFFICER, item.id()).readAllBytes()).isEqualTo(secret);
	}

	@Test
	void anUploadCutInTheMiddleResumesFromWhatTheBucketHoldsEvenAfterARestart() throws IOException {
		long size = 3L * MIB + 4321;
		long cut = MIB + 17;
		UploadId upload = uploads.startUpload(VN_OFFICER, request.id(), "disk.img", null, size);

		Throwable broken = catchThrowable(() -> uploads.append(upload, 0, breakingAfter(generated(size, 11), cut)));
		assertThat(broken).isInstanceOf(IOException.class);
		assertThat(uploads.offset(upload)).isEqualTo(cut);
		EvidenceItemId id = uploads.upload(upload).item();
		assertThat(server.keys(bucket, "evidence/items/" + id + "/")).hasSize(1);
		assertThat(server.keys(bucket, "evidence/uploads/" + id + "/")).containsExactly("evidence/uploads/" + id + "/tail");

		Uploads restarted = uploadsAfterARestart();
		InputStream rest = generated(size, 11);
		rest.skipNBytes(cut);
		assertThat(restarted.append(upload, restarted.offset(upload), rest)).isEqualTo(size);
		EvidenceItem item = restarted.complete(upload);

		assertThat(item.sha256()).isEqualTo(sha256(generated(size, 11)));
		assertThat(sha256(evidence.download(VN_OFFICER, item.id()))).isEqualTo(item.sha256());
		assertThat(server.keys(bucket, "evidence/items/" + item.id() + "/")).hasSize(4);
		assertThat(server.keys(bucket, "evidence/uploads/" + item.id() + "/")).isEmpty();
	}

	@Test
	void deletingAnItemRemovesItsObjectsAndLeavesTheAuditLogVerifiable() throws IOException {
		EvidenceItem item = uploaded("mailbox.mbox", 2L * MIB + 99, 5);
		assertThat(server.keys(bucket, "evidence/items/" + item.id() + "/")).hasSize(3);

		EvidenceItem deleted = node.getBean(EvidenceRetention.class).delete(VN_SUPERVISOR, item.id(), "purpose fulfilled");

		assertThat(deleted.status()).isEqualTo(EvidenceStatus.DELETED);
		assertThat(server.keys(bucket, "evidence/items/" + item.id() + "/")).isEmpty();
		AuditLog audit = node.getBean(AuditLog.class);
		audit.issueCheckpoint();
		ByteArrayOutputStream export = new ByteArrayOutputStream();
		audit.export(export);
		String lines = export.toString(StandardCharsets.UTF_8);
		AuditLogVerifier.Verdict verdict = new AuditLogVerifier(node.getBean(NodeKeys.class).publicKey())
			.verify(new BufferedReader(new StringReader(lines)));
		assertThat(verdict.problems()).isEmpty();
		assertThat(lines).contains("evidence.deleted").contains(item.id().toString()).contains(item.sha256());
	}

	@Test
	void retentionRemovesTheObjectsOfItemsWhosePeriodHasEnded() throws IOException {
		EvidenceItem item = uploaded("capture.pcap", 1000, 6);
		EvidenceProperties settings = node.getBean(EvidenceProperties.class);
		EvidenceProperties tenDays = new EvidenceProperties(settings.chunkSize(), settings.store(), settings.s3(),
				new EvidenceProperties.Retention(Duration.ofDays(3650), Map.of("VN.PRESERVATION", Duration.ofDays(10)), Duration.ofHours(1)),
				settings.ingestWorkers(), settings.maxItemSize());

		retentionAt(tenDays, item.addedAt().plus(Duration.ofDays(10))).applyRetention();

		assertThat(evidence.find(item.id()).orElseThrow().status()).isEqualTo(EvidenceStatus.DELETED);
		assertThat(server.keys(bucket, "evidence/items/" + item.id() + "/")).isEmpty();
	}

	@Test
	void aNodeWhoseBucketDoesNotExistRefusesToStartAndSaysWhichSettingToFix() {
		String[] arguments = server.arguments("no-such-bucket");

		Throwable failure = catchThrowable(() -> start("missing-bucket", arguments).close());

		assertThat(Stream.iterate(failure, cause -> cause != null, Throwable::getCause).filter(NodeStartupFailure.class::isInstance)
			.findFirst()).get().extracting(Throwable::getMessage)
			.isEqualTo("The bucket 'no-such-bucket' does not exist at " + server.endpoint() + ": create it, or correct hanoinet.evidence.s3.bucket.");
	}

	private EvidenceItem uploaded(String name, long size, int seed) throws IOException {
		UploadId upload = uploads.startUpload(VN_OFFICER, request.id(), name, null, size);
		uploads.append(upload, 0, generated(size, seed));
		return uploads.complete(upload);
	}

	private Uploads uploadsAfterARestart() {
		Clock clock = Clock.systemUTC();
		return new Uploads(node.getBean(JdbcEvidence.class), node.getBean(EvidenceStore.class), node.getBean(EvidenceKeys.class),
				node.getBean(CaseManagement.class), custodyAt(clock), node.getBean(EvidenceProperties.class), clock,
				node.getBean(PlatformTransactionManager.class));
	}

	private EvidenceRetention retentionAt(EvidenceProperties settings, Instant now) {
		Clock clock = Clock.fixed(now, ZoneOffset.UTC);
		return new EvidenceRetention(node.getBean(JdbcEvidence.class), node.getBean(EvidenceStore.class),
				node.getBean(CaseManagement.class), evidence, custodyAt(clock), settings, clock,
				node.getBean(PlatformTransactionManager.class));
	}

	private ChainOfCustody custodyAt(Clock clock) {
		return new ChainOfCustody(node.getBean(JdbcEvidence.class), node.getBean(NodeKeys.class), node, clock,
				node.getBean(PlatformTransactionManager.class));
	}

	private ConfigurableApplicationContext start(String name, String... arguments) {
		return TestNodes.start("target/test-nodes/s3-" + run + "-" + name, arguments);
	}
}
