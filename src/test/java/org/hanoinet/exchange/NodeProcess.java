package org.hanoinet.exchange;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hanoinet.HanoiNetApplication;

/**
 * A HanoiNet node in a JVM process of its own, on a fixed loopback port and data directory, so that a test
 * can kill it with SIGKILL and start it again on the same data, as an operator's machine would.
 */
final class NodeProcess {

	private final Path dataDir;

	private final int port;

	private final List<String> arguments;

	private Process process;

	private int starts;

	NodeProcess(Path dataDir, String... arguments) {
		this.dataDir = dataDir;
		this.port = freePort();
		this.arguments = List.of(arguments);
	}

	/** Starts the node and waits until it says it is ready and its health endpoint answers. */
	NodeProcess start() throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				HanoiNetApplication.class.getName(), "--server.port=" + port, "--hanoinet.data-dir=" + dataDir));
		command.addAll(arguments);
		Files.createDirectories(dataDir);
		Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + (++starts) + ".log");
		process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		Process started = process;
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
			if (!started.isAlive()) {
				throw new AssertionError("The node stopped while starting:\n" + Files.readString(log));
			}
			return Files.readString(log).contains(" is ready") && healthy();
		});
		return this;
	}

	/** Kills the node's JVM at once (SIGKILL), with whatever it was doing. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	/** Freezes the node's JVM (SIGSTOP): its sockets stay open, nothing answers; {@link #thaw} lets it go on. */
	void freeze() throws IOException, InterruptedException {
		signal("STOP");
	}

	/** Lets a frozen node go on (SIGCONT) from where it stopped. */
	void thaw() throws IOException, InterruptedException {
		signal("CONT");
	}

	private void signal(String name) throws IOException, InterruptedException {
		Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
		if (kill.waitFor() != 0) {
			throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
		}
	}

	/** Stops the node in order. */
	void stop() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	int port() {
		return port;
	}

	Path dataDir() {
		return dataDir;
	}

	/** The node's raw Ed25519 public key, read from the public half of its key file. */
	byte[] rawPublicKey() throws IOException {
		byte[] x509 = Files.readAllBytes(dataDir.resolve("keys/node-signing.key.pub"));
		return Arrays.copyOfRange(x509, x509.length - 32, x509.length);
	}

	private boolean healthy() {
		try {
			HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
					HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException notYet) {
			return false;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
