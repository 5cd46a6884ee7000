package org.hanoinet.node.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hanoinet.TestNodes;
import org.hanoinet.TestNodes.Exit;
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
		Exit outcome = startNode("--server.port=80a0", "--hanoinet.data-dir=" + temp);

		assertThat(outcome.exitCode()).isNotZero();
		assertThat(outcome.output()).contains("HanoiNet cannot start. The port '80a0' is not valid: give a number from 1 to 65535");
		assertThat(outcome.output()).doesNotContain("\tat ", "Exception");
	}

	@Test
	void aDataDirectoryThatCannotBeWrittenStopsTheNodeWithOneSentence() throws Exception {
		Path aFile = Files.writeString(temp.resolve("not-a-directory"), "x");
		Path unusable = aFile.resolve("data");

		Exit outcome = startNode("--server.port=0", "--hanoinet.data-dir=" + unusable);

		assertThat(outcome.exitCode()).isNotZero();
		assertThat(outcome.output()).contains("HanoiNet cannot start. The data directory " + unusable + " cannot be written");
		assertThat(outcome.output()).doesNotContain("\tat ", "Exception");
	}

	@Test
	void anUnreachableDatabaseStopsTheNodeWithOneSentence() throws Exception {
		Exit outcome = startNode("--server.port=0", "--hanoinet.data-dir=" + temp,
				"--hanoinet.database.url=jdbc:postgresql://127.0.0.1:9/hanoinet", "--hanoinet.database.user=hanoinet",
				"--hanoinet.database.password=secret");

		assertThat(outcome.exitCode()).isNotZero();
		assertThat(outcome.output())
			.contains("HanoiNet cannot start. Cannot connect to the database at jdbc:postgresql://127.0.0.1:9/hanoinet as user 'hanoinet'")
			.contains("Check HANOINET_DATABASE_URL");
		assertThat(outcome.output()).doesNotContain("\tat ", "Exception", "secret");
		assertThat(temp.resolve("postgres")).doesNotExist();
	}

	private Exit startNode(String... args) throws IOException, InterruptedException {
		return TestNodes.runUntilStopped(temp.resolve("node-" + System.nanoTime() + ".log"), args);
	}
}
