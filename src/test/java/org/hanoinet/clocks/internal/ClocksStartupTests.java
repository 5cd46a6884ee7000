package org.hanoinet.clocks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hanoinet.HanoiNetApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator who sets a preservation period shorter than the Convention allows sees why the node will not start. */
class ClocksStartupTests {

	@TempDir
	Path temp;

	@Test
	void aPreservationPeriodShorterThanSixtyDaysStopsTheNodeWithOneSentence() throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Path log = temp.resolve("node.log");

		Process node = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
				HanoiNetApplication.class.getName(), "--server.port=0", "--hanoinet.data-dir=" + temp.resolve("data"),
				"--hanoinet.clocks.preservation.period=P30D"))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!node.waitFor(90, TimeUnit.SECONDS)) {
			node.destroyForcibly();
			throw new AssertionError("the node neither started nor stopped within 90 s:\n" + Files.readString(log));
		}

		String output = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(node.exitValue()).isNotZero();
		assertThat(output).contains("HanoiNet cannot start. hanoinet.clocks.preservation.period is 30 days, but article 42"
				+ " of the Convention requires preservation for at least 60 days: set P60D or more.")
			.doesNotContain("\tat ", "Tomcat started");
	}
}
