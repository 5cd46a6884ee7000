package org.hanoinet.evidence;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.LegacyMd5Plugin;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A real S3-compatible server for tests: S3Proxy (in-memory storage, AWS signatures checked) in a JVM process of
 * its own on 127.0.0.1, so that its Jetty and Jackson never meet the node's. The build copies its jar to
 * {@code target/s3proxy/} (maven-dependency-plugin, phase generate-test-resources); without it the test is
 * skipped and says why.
 */
public final class LocalS3 implements AutoCloseable {

	public static final String ACCESS_KEY = "hanoinet-test-access";

	public static final String SECRET_KEY = "hanoinet-test-secret-key";

	public static final String REGION = "us-east-1";

	static final Path JAR = Path.of("target/s3proxy/s3proxy.jar");

	private final Process process;

	private final URI endpoint;

	private final S3Client client;

	private LocalS3(Process process, URI endpoint) {
		this.process = process;
		this.endpoint = endpoint;
		this.client = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(endpoint)
			.forcePathStyle(true)
			.region(Region.of(REGION))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
			.addPlugin(LegacyMd5Plugin.create())
			.build();
	}

	/** Starts the server and waits (at most a minute) until it accepts connections. */
	public static LocalS3 start() throws IOException {
		Assumptions.assumeTrue(Files.isRegularFile(JAR), "No S3-compatible server to test against: " + JAR.toAbsolutePath()
				+ " is missing; the Maven build copies S3Proxy there (run the tests with ./mvnw or ./hanoinet test).");
		int port = freePort();
		Path directory = Path.of("target/test-s3/" + UUID.randomUUID()).toAbsolutePath();
		Files.createDirectories(directory);
		Path settings = directory.resolve("s3proxy.conf");
		Files.writeString(settings, String.join("\n",
				"s3proxy.endpoint=http://127.0.0.1:" + port,
				"s3proxy.authorization=aws-v2-or-v4",
				"s3proxy.identity=" + ACCESS_KEY,
				"s3proxy.credential=" + SECRET_KEY,
				"jclouds.provider=transient-nio2",
				"jclouds.identity=" + ACCESS_KEY,
				"jclouds.credential=" + SECRET_KEY, ""));
		Path log = directory.resolve("s3proxy.log");
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(List.of(java, "-Xmx192m", "-XX:TieredStopAtLevel=1", "-DLOG_LEVEL=warn", "-jar",
				JAR.toAbsolutePath().toString(), "--properties", settings.toString()))
			.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
				if (!process.isAlive()) {
					throw new AssertionError("S3Proxy stopped while starting:\n" + Files.readString(log));
				}
				return accepts(port);
			});
		}
		catch (RuntimeException | AssertionError failed) {
			process.destroyForcibly();
			throw failed;
		}
		return new LocalS3(process, URI.create("http://127.0.0.1:" + port));
	}

	public URI endpoint() {
		return endpoint;
	}

	/** A client of the server with its credentials, to look into the buckets as an operator would. */
	public S3Client client() {
		return client;
	}

	/** Creates a bucket with a fresh name and returns the name. */
	public String newBucket() {
		String bucket = "evidence-" + UUID.randomUUID().toString().substring(0, 8);
		client.createBucket(request -> request.bucket(bucket));
		return bucket;
	}

	/** The keys of the objects under the prefix, in key order (every page). */
	public List<String> keys(String bucket, String prefix) {
		return client.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents().stream().map(S3Object::key)
			.toList();
	}

	/** The stored bytes of an object, as the store holds them. */
	public byte[] object(String bucket, String key) {
		return client.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray();
	}

	/** The settings of a node that stores its evidence in the bucket, under {@code evidence/}. */
	public EvidenceProperties.S3 settings(String bucket) {
		return new EvidenceProperties.S3(endpoint, REGION, bucket, ACCESS_KEY, SECRET_KEY, "evidence/");
	}

	/** The same settings as command-line arguments of a node. */
	public String[] arguments(String bucket) {
		return new String[] { "--hanoinet.evidence.store=s3", "--hanoinet.evidence.s3.endpoint=" + endpoint,
				"--hanoinet.evidence.s3.region=" + REGION, "--hanoinet.evidence.s3.bucket=" + bucket,
				"--hanoinet.evidence.s3.access-key=" + ACCESS_KEY, "--hanoinet.evidence.s3.secret-key=" + SECRET_KEY };
	}

	@Override
	public void close() throws InterruptedException {
		client.close();
		process.destroy();
		if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			return true;
		}
		catch (IOException notYet) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
