package org.hanoinet.node.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hanoinet.HanoiNetApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts real node processes with bad settings, as an operator would, and checks what they see: one
 * sentence naming the problem, no stack trace, and a non-zero exit code.
 */
class StartupFailureTests {

	@TempDir
	Path temp;

	@Test
	void aPortThatIsNotANumberStopsTheNodeWithOneSentence() throws Exception {
		Outcome outcome = startNode("--server.port=80a0", "--hanoinet.data-dir=" + temp);

		assertThat(outcome.exitCode()).isNotZero();
		assertThat(outcome.output()).contains("HanoiNet cannot start. The port '80a0' is not valid: give a number from 1 to 65535");
		assertThat(outcome.output()).doesNotContain("\tat ", "Exception");
	}

	@Test
	void aDataDirectoryThatCannotBeWrittenStopsTheNodeWithOneSentence() throws Exception {
		Path aFile = Files.writeString(temp.resolve("not-a-directory"), "x");
		Path unusable = aFile.resolve("data");

		Outcome outcome = startNode("--server.port=0", "--hanoinet.data-dir=" + unusable);

		assertThat(outcome.exitCode()).isNotZero();
		assertThat(outcome.output()).contains("HanoiNet cannot start. The data directory " + unusable + " cannot be written");
		assertThat(outcome.output()).doesNotContain("\tat ", "Exception");
	}

	@Test
	void anUnreachableDatabaseStopsTheNodeWithOneSentence() throws Exception {
		Outcome outcome = startNode("--server.port=0", "--hanoinet.data-dir=" + temp,
				"--hanoinet.database.url=jdbc:postgresql://127.0.0.1:9/hanoinet", "--hanoinet.database.user=hanoinet",
				"--hanoinet.database.password=secret");

		assertThat(outcome.exitCode()).isNotZero();
		assertThat(outcome.output())
			.contains("HanoiNet cannot start. Cannot connect to the database at jdbc:postgresql://127.0.0.1:9/hanoinet as user 'hanoinet'")
			.contains("Check HANOINET_DATABASE_URL");
		assertThat(outcome.output()).doesNotContain("\tat ", "Exception", "secret");
		assertThat(temp.resolve("postgres")).doesNotExist();
	}

	private Outcome startNode(String... args) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
				HanoiNetApplication.class.getName()));
		command.addAll(List.of(args));
		Path log = temp.resolve("node-" + System.nanoTime() + ".log");
		Process node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!node.waitFor(90, TimeUnit.SECONDS)) {
			node.destroyForcibly();
			throw new AssertionError("the node neither started nor stopped within 90 s:\n" + Files.readString(log));
		}
		return new Outcome(node.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
	}

	record Outcome(int exitCode, String output) {
	}
}
