package org.hanoinet.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.hanoinet.evidence.EvidenceProperties;
import org.hanoinet.evidence.LocalS3;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.node.NodeStartupFailure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The S3 store against a real S3-compatible server on 127.0.0.1 (S3Proxy), without a node around it. */
class S3StoreTests {

	static LocalS3 server;

	@TempDir
	Path dataDir;

	String bucket;

	S3Store store;

	@BeforeAll
	static void startTheServer() throws IOException {
		server = LocalS3.start();
	}

	@AfterAll
	static void stopTheServer() throws InterruptedException {
		if (server != null) {
			server.close();
		}
	}

	@BeforeEach
	void aBucket() {
		bucket = server.newBucket();
		store = new S3Store(server.settings(bucket), 2);
	}

	@AfterEach
	void closeTheStore() {
		store.close();
	}

	@Test
	void keepsExactlyTheGivenBytesUnderTheKeyPrefixAndReadsThemBack() throws IOException {
		byte[] buffer = "sealed chunk bytes, then the rest of the buffer".getBytes(StandardCharsets.UTF_8);

		store.put("items/a/0000000000", buffer, 18);

		assertThat(server.keys(bucket, "")).containsExactly("evidence/items/a/0000000000");
		assertThat(new String(server.object(bucket, "evidence/items/a/0000000000"), StandardCharsets.UTF_8)).isEqualTo("sealed chunk bytes");
		assertThat(new String(store.get("items/a/0000000000"), StandardCharsets.UTF_8)).isEqualTo("sealed chunk bytes");
	}

	@Test
	void replacesAnObjectStoredAgainUnderTheSameKey() throws IOException {
		store.put("uploads/a/tail", "first".getBytes(StandardCharsets.UTF_8), 5);
		store.put("uploads/a/tail", "second".getBytes(StandardCharsets.UTF_8), 6);

		assertThat(new String(store.get("uploads/a/tail"), StandardCharsets.UTF_8)).isEqualTo("second");
	}

	@Test
	void reportsAMissingObjectAsTheFilesystemStoreDoes() throws IOException {
		FileSystemStore files = new FileSystemStore(dataDir);

		assertThatThrownBy(() -> files.get("items/a/0000000000")).isInstanceOf(NoSuchFileException.class);
		assertThatThrownBy(() -> store.get("items/a/0000000000")).isInstanceOf(NoSuchFileException.class)
			.hasMessageContaining("evidence/items/a/0000000000");
		store.delete("items/a/0000000000");
	}

	@Test
	void deletesEveryObjectUnderAPrefixBatchByBatchAndNothingElse() throws IOException {
		byte[] bytes = new byte[] { 1, 2, 3 };
		for (int index = 0; index < 7; index++) {
			store.put("items/x/" + String.format("%010d", index), bytes, 3);
		}
		store.put("items/xy/0000000000", bytes, 3);
		store.put("uploads/x/tail", bytes, 3);

		store.deleteAll("items/x/");

		assertThat(server.keys(bucket, "evidence/items/x/")).isEmpty();
		assertThat(server.keys(bucket, "")).containsExactly("evidence/items/xy/0000000000", "evidence/uploads/x/tail");
	}

	@Test
	void refusesToStartWhenTheBucketDoesNotExist() {
		assertThatThrownBy(() -> start(server.settings("no-such-bucket"))).isInstanceOf(NodeStartupFailure.class)
			.hasMessage("The bucket 'no-such-bucket' does not exist at " + server.endpoint()
					+ ": create it, or correct hanoinet.evidence.s3.bucket.");
	}

	@Test
	void refusesToStartWithASecretKeyTheStoreDoesNotAccept() {
		EvidenceProperties.S3 wrongSecret = new EvidenceProperties.S3(server.endpoint(), LocalS3.REGION, bucket, LocalS3.ACCESS_KEY,
				"not-the-secret", "evidence/");

		assertThatThrownBy(() -> start(wrongSecret)).isInstanceOf(NodeStartupFailure.class)
			.hasMessageContaining("refuses the access key '" + LocalS3.ACCESS_KEY + "'")
			.hasMessageContaining("correct hanoinet.evidence.s3.access-key and hanoinet.evidence.s3.secret-key");
	}

	@Test
	void refusesToStartWithoutTheSettingsItNeeds() {
		assertThatThrownBy(() -> start(new EvidenceProperties.S3(server.endpoint(), LocalS3.REGION, null, LocalS3.ACCESS_KEY,
				LocalS3.SECRET_KEY, "evidence/"))).isInstanceOf(NodeStartupFailure.class)
			.hasMessage("hanoinet.evidence.store=s3 needs hanoinet.evidence.s3.bucket: set it to the name of an existing bucket.");
		assertThatThrownBy(() -> start(new EvidenceProperties.S3(server.endpoint(), LocalS3.REGION, bucket, LocalS3.ACCESS_KEY, " ",
				"evidence/"))).isInstanceOf(NodeStartupFailure.class)
			.hasMessage("hanoinet.evidence.store=s3 needs hanoinet.evidence.s3.secret-key: set it to the secret of that access key.");
		assertThatThrownBy(() -> start(new EvidenceProperties.S3(java.net.URI.create("ftp://127.0.0.1:9000"), LocalS3.REGION, bucket,
				LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY, "evidence/"))).isInstanceOf(NodeStartupFailure.class)
			.hasMessageStartingWith("hanoinet.evidence.s3.endpoint must be an http or https URL");
	}

	@Test
	void startsOnAnExistingBucketWithTheRightCredentials() throws IOException {
		EvidenceStore started = start(server.settings(bucket));

		assertThat(started).isInstanceOf(S3Store.class);
		started.put("items/b/0000000000", new byte[] { 42 }, 1);
		assertThat(server.keys(bucket, "evidence/items/b/")).containsExactly("evidence/items/b/0000000000");
		((S3Store) started).close();
	}

	private EvidenceStore start(EvidenceProperties.S3 settings) {
		EvidenceProperties properties = new EvidenceProperties(DataSize.ofMegabytes(8), "s3", settings,
				new EvidenceProperties.Retention(Duration.ofDays(1825), Map.of(), Duration.ofHours(1)), 2, DataSize.ofGigabytes(64));
		return new StoreConfiguration().evidenceStore(properties,
				new NodeProperties("test", dataDir, false, new NodeProperties.Database(null, null, null)));
	}
}
