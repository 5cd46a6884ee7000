package org.hanoinet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.hanoinet.TestNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A production start (not demo) refuses a data directory whose demo logins are known to anyone who saw them. */
class ProductionStartTests {

	@TempDir
	Path temp;

	@Test
	void aProductionStartRefusesADataDirectoryWithDemoLogins() throws Exception {
		Files.writeString(temp.resolve("demo-credentials.json"), "[]");
		TestNodes.Exit node = TestNodes.runUntilStopped(temp.resolve("node.log"), "--server.port=0", "--hanoinet.demo=false",
				"--hanoinet.data-dir=" + temp);

		assertThat(node.exitCode()).isNotZero();
		assertThat(node.output()).contains("HanoiNet cannot start. This node holds demo logins")
			.doesNotContain("\tat ", "Tomcat started", "Using generated security password");
	}
}
