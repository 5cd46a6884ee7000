package org.hanoinet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hanoinet.HanoiNetApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A production start (not demo) refuses a data directory whose demo logins are known to anyone who saw them. */
class ProductionStartTests {

	@TempDir
	Path temp;

	@Test
	void aProductionStartRefusesADataDirectoryWithDemoLogins() throws Exception {
		Files.writeString(temp.resolve("demo-credentials.json"), "[]");
		String java = ProcessHandle.current().info().command().orElse("java");
		Path log = temp.resolve("node.log");

		Process node = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
				HanoiNetApplication.class.getName(), "--server.port=0", "--hanoinet.demo=false", "--hanoinet.data-dir=" + temp))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!node.waitFor(90, TimeUnit.SECONDS)) {
			node.destroyForcibly();
			throw new AssertionError("the node neither started nor stopped within 90 s:\n" + Files.readString(log));
		}

		String output = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(node.exitValue()).isNotZero();
		assertThat(output).contains("HanoiNet cannot start. This node holds demo logins")
			.doesNotContain("\tat ", "Tomcat started", "Using generated security password");
	}
}
