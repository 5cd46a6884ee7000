package org.hanoinet.clocks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.hanoinet.TestNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator who sets a preservation period shorter than the Convention allows sees why the node will not start. */
class ClocksStartupTests {

	@TempDir
	Path temp;

	@Test
	void aPreservationPeriodShorterThanSixtyDaysStopsTheNodeWithOneSentence() throws Exception {
		TestNodes.Exit node = TestNodes.runUntilStopped(temp.resolve("node.log"), "--server.port=0",
				"--hanoinet.data-dir=" + temp.resolve("data"), "--hanoinet.clocks.preservation.period=P30D");

		assertThat(node.exitCode()).isNotZero();
		assertThat(node.output()).contains("HanoiNet cannot start. hanoinet.clocks.preservation.period is 30 days, but article 42"
				+ " of the Convention requires preservation for at least 60 days: set P60D or more.")
			.doesNotContain("\tat ", "Tomcat started");
	}
}
