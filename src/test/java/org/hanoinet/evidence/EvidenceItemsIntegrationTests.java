package org.hanoinet.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hanoinet.evidence.EvidenceFixtures.BR_OFFICER;
import static org.hanoinet.evidence.EvidenceFixtures.VN_OFFICER;
import static org.hanoinet.evidence.EvidenceFixtures.VN_SUPERVISOR;
import static org.hanoinet.evidence.EvidenceFixtures.breakingAfter;
import static org.hanoinet.evidence.EvidenceFixtures.generated;
import static org.hanoinet.evidence.EvidenceFixtures.sha256;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.hanoinet.audit.AuditLeaf;
import org.hanoinet.audit.AuditLog;
import org.hanoinet.NodeTest;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseNotFound;
import org.hanoinet.evidence.internal.EvidenceKeys;
import org.hanoinet.evidence.internal.EvidenceStore;
import org.hanoinet.evidence.internal.JdbcEvidence;
import org.hanoinet.node.NodeKeys;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

/** Items of any size go in by pieces, resume where they stopped, stay encrypted, and every hand is recorded. */
@NodeTest
class EvidenceItemsIntegrationTests {

	static final int MIB = 1024 * 1024;

	@Autowired
	EvidenceItems evidence;

	@Autowired
	Uploads uploads;

	@Autowired
	EvidenceRetention retention;

	@Autowired
	ChainOfCustody custody;

	@Autowired
	CaseManagement cases;

	@Autowired
	AuditLog audit;

	@Autowired
	NodeProperties node;

	@Autowired
	JdbcEvidence db;

	@Autowired
	EvidenceStore store;

	@Autowired
	EvidenceKeys keys;

	@Autowired
	NodeKeys nodeKeys;

	@Autowired
	EvidenceProperties properties;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	Case request;

	@BeforeEach
	void aDeliveredRequest() {
		request = EvidenceFixtures.sentPreservation(cases);
	}

	@Test
	void storesAFileSentInPiecesWithTheHashOfTheWholeAndOfEachChunk() throws IOException {
		long size = 8L * MIB + 12_345;
		UploadId upload = uploads.startUpload(VN_OFFICER, request.id(), "mailbox.mbox", "application/mbox", size);

		InputStream all = generated(size, 7);
		long offset = uploads.append(upload, 0, new ByteArrayInputStream(all.readNBytes(3 * MIB)));
		offset = uploads.append(upload, offset, new ByteArrayInputStream(all.readNBytes(MIB)));
		offset = uploads.append(upload, offset, all);
		EvidenceItem item = uploads.complete(upload);

		assertThat(offset).isEqualTo(size);
		assertThat(item.size()).isEqualTo(size);
		assertThat(item.sha256()).isEqualTo(sha256(generated(size, 7)));
		assertThat(item.chunkSha256()).hasSize(2);
		assertThat(item.chunkSha256().getFirst()).isEqualTo(sha256(new ByteArrayInputStream(generated(size, 7).readNBytes(8 * MIB))));
		assertThat(sha256(evidence.open(item.id()))).isEqualTo(item.sha256());
		assertThat(sha256(evidence.openChunk(item.id(), 1))).isEqualTo(item.chunkSha256().get(1));
		assertThat(evidence.ofCase(VN_OFFICER, request.id())).extracting(EvidenceItem::id).containsExactly(item.id());
		assertThat(evidence.custody(VN_OFFICER, item.id())).extracting(CustodyEvent::action).containsExactly(CustodyAction.ADDED);
	}

	@Test
	void refusesBytesThatDoNotStartWhereTheStoredBytesEnd() throws IOException {
		UploadId upload = uploads.startUpload(VN_OFFICER, request.id(), "log.txt", "text/plain", 1000);
		uploads.append(upload, 0, generated(400, 1));

		assertThatThrownBy(() -> uploads.append(upload, 300, generated(700, 1))).isInstanceOf(OffsetMismatch.class)
			.satisfies(refused -> assertThat(((OffsetMismatch) refused).expected()).isEqualTo(400));
		assertThat(uploads.offset(upload)).isEqualTo(400);
	}

	@Test
	void keepsTheBytesReadBeforeAConnectionBrokeAndResumesAfterThemEvenAfterARestart() throws IOException {
		long size = 9L * MIB;
		UploadId upload = uploads.startUpload(VN_OFFICER, request.id(), "disk.img", null, size);

		assertThatThrownBy(() -> uploads.append(upload, 0, breakingAfter(generated(size, 3), 5 * MIB + 17)))
			.isInstanceOf(IOException.class);
		assertThat(uploads.offset(upload)).isEqualTo(5L * MIB + 17);

		Uploads restarted = new Uploads(db, store, keys, cases, custody, properties, Clock.systemUTC(), transactions);
		InputStream rest = generated(size, 3);
		rest.skipNBytes(5L * MIB + 17);
		restarted.append(upload, restarted.offset(upload), rest);
		EvidenceItem item = restarted.complete(upload);

		assertThat(item.sha256()).isEqualTo(sha256(generated(size, 3)));
		assertThat(sha256(evidence.open(item.id()))).isEqualTo(item.sha256());
	}

	@Test
	void keepsOnlyCiphertextOnDisk() throws IOException {
		byte[] secret = "Subscriber: Nguyen Van A, +84 912 345 678. ".repeat(2000).getBytes();
		UploadId upload = uploads.startUpload(VN_OFFICER, request.id(), "subscriber.txt", "text/plain", secret.length);
		uploads.append(upload, 0, new ByteArrayInputStream(secret));
		EvidenceItem item = uploads.complete(upload);

		List<Path> files;
		try (Stream<Path> walk = Files.walk(node.dataDir().resolve("evidence/items/" + item.id()))) {
			files = walk.filter(Files::isRegularFile).toList();
		}
		assertThat(files).hasSize(1);
		assertThat(new String(Files.readAllBytes(files.getFirst()))).doesNotContain("Nguyen");
		assertThat(evidence.openChunk(item.id(), 0).readAllBytes()).isEqualTo(secret);
	}

	@Test
	void aReceiptRefusesACorruptedChunkAndAcceptsItSentAgain() throws IOException {
		int chunk = 64 * 1024;
		long size = 3L * chunk + 100;
		List<String> chunkHashes = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			InputStream bytes = generated(size, 5);
			bytes.skipNBytes((long) i * chunk);
			chunkHashes.add(sha256(new ByteArrayInputStream(bytes.readNBytes((int) Math.min(chunk, size - (long) i * chunk)))));
		}
		UploadId receipt = uploads.startReceipt(request.id(), "capture.pcap", "application/vnd.tcpdump.pcap", size, chunk,
				sha256(generated(size, 5)), chunkHashes, "peer-node-key");

		byte[] corrupted = generated(size, 5).readAllBytes();
		corrupted[chunk + 10] ^= 1;
		assertThatThrownBy(() -> uploads.append(receipt, 0, new ByteArrayInputStream(corrupted)))
			.isInstanceOf(IntegrityMismatch.class)
			.satisfies(refused -> assertThat(((IntegrityMismatch) refused).chunk()).isEqualTo(1));
		assertThat(uploads.offset(receipt)).isEqualTo(chunk);

		InputStream rest = generated(size, 5);
		rest.skipNBytes(chunk);
		uploads.append(receipt, chunk, rest);
		EvidenceItem item = uploads.complete(receipt);

		assertThat(item.sha256()).isEqualTo(sha256(generated(size, 5)));
		assertThat(item.chunkSha256()).isEqualTo(chunkHashes);
		assertThat(item.holder()).isEqualTo(request.requesting().state());
		assertThat(evidence.custody(item.id())).singleElement().satisfies(event -> {
			assertThat(event.action()).isEqualTo(CustodyAction.RECEIVED);
			assertThat(event.details()).containsEntry("fromNode", "peer-node-key");
		});
	}

	@Test
	void aReceiptWhoseWholeHashDiffersIsNotStored() throws IOException {
		UploadId receipt = uploads.startReceipt(request.id(), "a.bin", null, 1000, 64 * 1024, "0".repeat(64), null, "peer");
		uploads.append(receipt, 0, generated(1000, 2));

		assertThatThrownBy(() -> uploads.complete(receipt)).isInstanceOf(IntegrityMismatch.class);
		assertThatThrownBy(() -> uploads.offset(receipt)).isInstanceOf(EvidenceNotFound.class);
	}

	@Test
	void anotherStateSeesNeitherTheItemsNorTheUploadsOfACase() throws IOException {
		UploadId upload = uploads.startUpload(VN_OFFICER, request.id(), "a.txt", "text/plain", 10);
		uploads.append(upload, 0, generated(10, 1));
		EvidenceItem item = uploads.complete(upload);

		assertThat(evidence.ofCase(BR_OFFICER, request.id())).isEmpty();
		assertThatThrownBy(() -> evidence.get(BR_OFFICER, item.id())).isInstanceOf(EvidenceNotFound.class);
		assertThatThrownBy(() -> evidence.download(BR_OFFICER, item.id())).isInstanceOf(EvidenceNotFound.class);
		assertThatThrownBy(() -> uploads.startUpload(new org.hanoinet.cooperation.Actor(
				org.hanoinet.shared.AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000003"), org.hanoinet.shared.CountryCode.of("TH"),
				"th", false), request.id(), "x", null, 1)).isInstanceOf(CaseNotFound.class);
	}

	@Test
	void recordsEveryHandInAHashChainAndInTheAuditLog() throws IOException {
		UploadId upload = uploads.startUpload(VN_OFFICER, request.id(), "a.txt", "text/plain", 10);
		uploads.append(upload, 0, generated(10, 1));
		EvidenceItem item = uploads.complete(upload);
		evidence.get(VN_OFFICER, item.id());
		evidence.download(VN_OFFICER, item.id()).close();
		custody.recordCustody(item.id(), CustodyAction.OFFERED, EvidenceItems.NODE_ACTOR, null, java.util.Map.of("package", "p-1"));

		List<CustodyEvent> chain = evidence.custody(VN_OFFICER, item.id());
		assertThat(chain).extracting(CustodyEvent::action)
			.containsExactly(CustodyAction.ADDED, CustodyAction.VIEWED, CustodyAction.DOWNLOADED, CustodyAction.OFFERED);
		for (int i = 0; i < chain.size(); i++) {
			CustodyEvent event = chain.get(i);
			assertThat(event.previousHash()).isEqualTo(i == 0 ? "0".repeat(64) : chain.get(i - 1).hash());
			assertThat(event.hash()).isEqualTo(ChainOfCustody.custodyHash(event.item(), event.sequence(), event.action(), event.who(),
					event.node(), event.at(), event.itemSha256(), event.details(), event.previousHash()));
			assertThat(event.itemSha256()).isEqualTo(item.sha256());
		}
		assertThat(audit.search(item.id().toString(), 10)).extracting(AuditLeaf::type)
			.containsExactlyInAnyOrder("evidence.added", "evidence.viewed", "evidence.downloaded", "evidence.offered");
	}

	@Test
	void deletingDestroysTheBytesAndTheKeyButKeepsTheHashes() throws IOException {
		UploadId upload = uploads.startUpload(VN_OFFICER, request.id(), "a.txt", "text/plain", 10);
		uploads.append(upload, 0, generated(10, 1));
		EvidenceItem item = uploads.complete(upload);

		EvidenceItem deleted = retention.delete(VN_SUPERVISOR, item.id(), "no longer needed");

		assertThat(deleted.status()).isEqualTo(EvidenceStatus.DELETED);
		assertThat(deleted.sha256()).isEqualTo(item.sha256());
		assertThat(db.wrappedKey(item.id())).isEmpty();
		assertThat(node.dataDir().resolve("evidence/items/" + item.id())).doesNotExist();
		assertThatThrownBy(() -> evidence.openChunk(item.id(), 0)).isInstanceOf(EvidenceRefused.class);
		assertThat(evidence.custody(item.id()).getLast().action()).isEqualTo(CustodyAction.DELETED);
	}

	@Test
	void destroysItemsWhoseRetentionPeriodForTheirStateAndCaseTypeHasEnded() throws IOException {
		UploadId upload = uploads.startUpload(VN_OFFICER, request.id(), "a.txt", "text/plain", 10);
		uploads.append(upload, 0, generated(10, 1));
		EvidenceItem item = uploads.complete(upload);
		EvidenceProperties tenDays = new EvidenceProperties(properties.chunkSize(), "filesystem", properties.s3(),
				new EvidenceProperties.Retention(java.time.Duration.ofDays(3650), java.util.Map.of("VN.PRESERVATION", java.time.Duration.ofDays(10)),
						java.time.Duration.ofHours(1)), properties.ingestWorkers(), properties.maxItemSize());

		retentionAt(tenDays, item.addedAt().plus(java.time.Duration.ofDays(9))).applyRetention();
		assertThat(evidence.find(item.id()).orElseThrow().status()).isEqualTo(EvidenceStatus.STORED);

		retentionAt(tenDays, item.addedAt().plus(java.time.Duration.ofDays(10))).applyRetention();
		assertThat(evidence.find(item.id()).orElseThrow().status()).isEqualTo(EvidenceStatus.DELETED);
		assertThat(evidence.custody(item.id()).getLast()).satisfies(event -> {
			assertThat(event.action()).isEqualTo(CustodyAction.DELETED);
			assertThat(event.who()).isEqualTo(EvidenceItems.NODE_ACTOR);
		});
	}

	private EvidenceRetention retentionAt(EvidenceProperties settings, java.time.Instant now) {
		Clock at = Clock.fixed(now, java.time.ZoneOffset.UTC);
		return new EvidenceRetention(db, store, cases, evidence, new ChainOfCustody(db, nodeKeys, events, at, transactions), settings,
				at, transactions);
	}
}
