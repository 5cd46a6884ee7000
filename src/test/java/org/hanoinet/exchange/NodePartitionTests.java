package org.hanoinet.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The partition campaign in short form: Brazil's node frozen (SIGSTOP) for 24 seconds, with Viet Nam's node set to
 * alert its duty officer after 4 seconds instead of a minute, while 12 urgent requests are sent to Brazil.
 */
class NodePartitionTests {

	final Path root = Path.of("target/test-nodes/partition-" + UUID.randomUUID()).toAbsolutePath();

	ProcessNetwork network;

	@AfterEach
	void stopNodes() throws InterruptedException {
		if (network != null) {
			network.close();
		}
	}

	@Test
	void everyUrgentRequestToAFrozenNodeIsEscalatedInTimeShownUndeliveredAndArrivesOnceAfterTheHeal() throws Exception {
		Duration target = Duration.ofSeconds(4);
		network = PartitionCampaign.start(root, target);
		PartitionCampaign.Report report = PartitionCampaign.run(network, 12, Duration.ofSeconds(24), target, line -> { });

		assertThat(report.escalated()).as("requests escalated to Viet Nam's duty officer").isEqualTo(12);
		assertThat(report.escalatedInTarget()).as("escalated within the target").isEqualTo(12);
		assertThat(report.shownUndelivered()).as("cases that said 'not yet delivered' during the partition").isEqualTo(12);
		assertThat(report.shownWithReason()).isEqualTo(12);
		assertThat(report.sampleReason()).as("why, in the sender's words").isNotBlank();
		assertThat(report.cases().identical()).as("identical chains after the heal").isEqualTo(12);
		assertThat(report.cases().lost() + report.cases().doubled() + report.cases().different()).isZero();
		assertThat(report.alertsClosedByDelivery()).as("alerts closed by the delivery").isEqualTo(12);
		assertThat(report.dead()).isZero();
	}
}
