package org.hanoinet.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.hanoinet.HanoiNetApplication;
import org.hanoinet.TestNodes;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A 2 GiB file goes into a node whose JVM heap is capped at 256 MiB, in one streamed PATCH, and comes out with
 * the SHA-256 the client computed while sending it, and the node's peak resident memory stays far below the
 * file's size: the node never holds the file, only a few chunks at a time. About 20 s, with 2 GiB of disk.
 */
class LargeUploadTests {

	static final long SIZE = 2L * 1024 * 1024 * 1024;

	final Path dataDir = Path.of("target/test-nodes/large-upload-" + UUID.randomUUID()).toAbsolutePath();

	final HttpClient http = HttpClient.newHttpClient();

	Process node;

	@AfterEach
	void stopTheNodeAndRemoveItsFiles() throws Exception {
		if (node != null) {
			node.destroy();
			node.waitFor();
		}
		if (Files.exists(dataDir)) {
			try (Stream<Path> files = Files.walk(dataDir)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	@Test
	void storesATwoGigabyteFileWithTheRightHashInANodeWithA256MegabyteHeap() throws Exception {
		int port = freePort();
		node = start(port);
		DemoLogins logins = new DemoLogins(dataDir, port);
		String officer = logins.of("VN", Role.DUTY_OFFICER).apiToken();
		String caseId = TestNodes.sendPreservation(logins).path("id").asString();

		HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cases/"
				+ caseId + "/evidence/uploads"))
			.header("Authorization", "Bearer " + officer)
			.header("Tus-Resumable", "1.0.0")
			.header("Upload-Length", Long.toString(SIZE))
			.header("Upload-Metadata", "filename " + Base64.getEncoder().encodeToString("disk.img".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

		// The PATCH is written on a plain socket: the JDK's HttpClient publishes an InputStream body about twenty
		// times slower than the node takes it, which made this test take minutes, and HttpURLConnection has no PATCH.
		MessageDigest sent = MessageDigest.getInstance("SHA-256");
		String location = created.headers().firstValue("Location").orElseThrow();
		Map<String, String> answer;
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout((int) Duration.ofMinutes(5).toMillis());
			OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 20);
			out.write(("PATCH " + URI.create(location).getRawPath() + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
					+ "\r\nAuthorization: Bearer " + officer + "\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\n"
					+ "Content-Type: application/offset+octet-stream\r\nContent-Length: " + SIZE + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			try (InputStream bytes = new DigestInputStream(EvidenceFixtures.generated(SIZE, 1), sent)) {
				bytes.transferTo(out);
			}
			out.flush();
			answer = responseHead(socket.getInputStream());
		}
		long peakRssMiB = peakRssKiB(node) / 1024;

		assertThat(answer.get("status")).startsWith("HTTP/1.1 204");
		assertThat(answer.get("upload-offset")).isEqualTo(Long.toString(SIZE));
		assertThat(answer.get("evidence-sha256")).isEqualTo(HexFormat.of().formatHex(sent.digest()));
		assertThat(node.isAlive()).isTrue();
		assertThat(peakRssMiB).as("peak resident memory of the node, in MiB, for a 2,048 MiB file").isLessThan(768);
	}

	/** The status line (key {@code status}) and the headers (lower-case names) of an HTTP/1.1 response. */
	private static Map<String, String> responseHead(InputStream in) throws IOException {
		Map<String, String> head = new HashMap<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
		head.put("status", reader.readLine());
		for (String line; (line = reader.readLine()) != null && !line.isEmpty();) {
			int colon = line.indexOf(':');
			head.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
		}
		return head;
	}

	/** The most memory the process has held resident so far (VmHWM), in KiB. */
	private static long peakRssKiB(Process process) throws IOException {
		return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))
			.stream()
			.filter(line -> line.startsWith("VmHWM:"))
			.mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
			.findFirst()
			.orElseThrow();
	}

	private Process start(int port) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Files.createDirectories(dataDir);
		Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
		Process started = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				HanoiNetApplication.class.getName(), "--server.port=" + port, "--hanoinet.data-dir=" + dataDir))
			.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
			if (!started.isAlive()) {
				throw new AssertionError("The node stopped while starting:\n" + Files.readString(log));
			}
			return Files.readString(log).contains(" is ready");
		});
		return started;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
