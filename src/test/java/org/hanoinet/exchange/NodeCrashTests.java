package org.hanoinet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.hanoinet.TestNodes;
import org.hanoinet.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The crash campaign in short form: 200 urgent requests from Viet Nam's node to Brazil's, each node killed with
 * SIGKILL once while they flow and started again on its data. Every request reaches Brazil's node exactly once,
 * Brazil's acknowledgement of delivery comes back, both nodes hold the same chain of every case and no envelope is
 * dead. Then Brazil's officer acts on one request and Viet Nam's node sees it.
 */
class NodeCrashTests {

	static final int REQUESTS = 200;

	final Path root = Path.of("target/test-nodes/crash-" + UUID.randomUUID()).toAbsolutePath();

	ProcessNetwork network;

	@AfterEach
	void stopNodes() throws InterruptedException {
		if (network != null) {
			network.close();
		}
	}

	@Test
	void everyRequestArrivesExactlyOnceWhenEitherNodeIsKilledWhileSending() throws Exception {
		network = ProcessNetwork.start(root, List.of(), List.of());
		CrashCampaign.Report report = CrashCampaign.run(network, REQUESTS, 1, line -> { });

		assertThat(report.kills()).extracting(CrashCampaign.Kill::node).containsExactly("Brazil", "Viet Nam");
		assertThat(report.kills().getFirst().waitingAtVietNam()).as("envelopes waiting while Brazil's node was down").isPositive();
		assertThat(report.cases().sent()).isEqualTo(REQUESTS);
		assertThat(report.cases().lost()).as("lost").isZero();
		assertThat(report.cases().doubled()).as("doubled").isZero();
		assertThat(report.cases().identical()).as("identical chains at both nodes").isEqualTo(REQUESTS);
		assertThat(report.deadAtVietNam() + report.deadAtBrazil()).as("dead envelopes").isZero();
		assertThat(network.outbox(network.atBrazil, "delivered")).as("Brazil's acknowledgements of delivery").isEqualTo(REQUESTS);

		String first = network.send(1).getFirst();
		String brazilsOfficer = network.atBrazil.of("BR", Role.DUTY_OFFICER).apiToken();
		String vietNamsOfficer = network.atVietNam.of("VN", Role.DUTY_OFFICER).apiToken();
		await().atMost(Duration.ofSeconds(30)).until(() -> network.atBrazil.get("/api/v1/cases/" + first, brazilsOfficer).statusCode() == 200
				&& TestNodes.json(network.atBrazil.get("/api/v1/cases/" + first, brazilsOfficer)).path("status").asString()
					.equals("DELIVERED"));
		for (String act : List.of("acknowledge", "start-review", "accept", "start-execution", "execute")) {
			assertThat(network.atBrazil.send("POST", "/api/v1/cases/" + first + "/acts/" + act, brazilsOfficer, null).statusCode())
				.as(act).isEqualTo(200);
		}
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TestNodes
			.json(network.atVietNam.get("/api/v1/cases/" + first, vietNamsOfficer)).path("status").asString()).isEqualTo("EXECUTED"));
		assertThat(network.compare(List.of(first)).identical()).as("the executed case's chain at both nodes").isEqualTo(1);
	}
}
