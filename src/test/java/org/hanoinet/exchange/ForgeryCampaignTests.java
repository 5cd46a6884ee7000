package org.hanoinet.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The short form of {@code ./hanoinet chaos forge}: two real nodes on loopback, one envelope of each kind of forgery
 * against B's inbox. Every one is refused with its stable code, B keeps nothing of them, and each refusal is a leaf
 * of B's audit log.
 */
class ForgeryCampaignTests {

	@Test
	void everyForgedMisaddressedOrGarbageEnvelopeIsRefusedWithItsCodeAuditedAndChangesNothing() throws Exception {
		ForgeryCampaign.Report report = ForgeryCampaign.run("target/test-nodes/forge-" + UUID.randomUUID(), 1);
		ForgeryCampaign.print(report);

		assertThat(report.outcomes()).hasSizeGreaterThanOrEqualTo(20);
		assertThat(report.outcomes()).allSatisfy(outcome -> assertThat(outcome.refusedAsExpected())
			.as(outcome.kind() + " " + outcome.unexpected()).isEqualTo(outcome.sent()));
		assertThat(report.inboxRowsAfter()).as("nothing forged is kept in B's inbox").isEqualTo(report.inboxRowsBefore());
		assertThat(report.caseEventsAfter()).as("no case event was added at B").isEqualTo(report.caseEventsBefore());
		assertThat(report.chainHeadAfter()).isEqualTo(report.chainHeadBefore());
		assertThat(report.auditedRefusals()).as("each refusal is in B's audit log").isEqualTo(report.sent());
		assertThat(report.recordedRefusals()).isEqualTo(report.sent());
	}
}
