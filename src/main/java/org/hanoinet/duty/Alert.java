package org.hanoinet.duty;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.Urgency;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;

/**
 * A duty alert (art. 41): an urgent or emergency request reached a 24/7 point of contact served by this node,
 * and someone there must acknowledge it; until then it climbs the escalation chain.
 *
 * @param id identifies the alert
 * @param caseId the case delivered
 * @param authority the point of contact the request is addressed to
 * @param state the requested State
 * @param requestingState the State that sent the request
 * @param caseType the type of request
 * @param urgency how urgent the request is
 * @param raisedAt when the request was delivered and the alert raised
 * @param step the escalation step reached
 * @param acknowledgedAt when it was acknowledged, or {@code null} while open
 * @param acknowledgedBy who acknowledged it (a username, or the notice of a link), or {@code null}
 * @param acknowledgedVia how it was acknowledged, or {@code null}
 */
public record Alert(UUID id, CaseId caseId, AuthorityId authority, CountryCode state, CountryCode requestingState,
		CaseType caseType, Urgency urgency, Instant raisedAt, EscalationStep step, Instant acknowledgedAt,
		String acknowledgedBy, Acknowledgement acknowledgedVia) {

	/** Whether nobody has acknowledged the alert yet. */
	public boolean open() {
		return acknowledgedAt == null;
	}

	/** The time from the alert to its acknowledgement, if acknowledged. */
	public Optional<Duration> timeToAcknowledge() {
		return open() ? Optional.empty() : Optional.of(Duration.between(raisedAt, acknowledgedAt));
	}

	/** How an alert was acknowledged. */
	public enum Acknowledgement {

		/** One click on the duty page. */
		PAGE,

		/** The signed one-time link of an e-mail or a webhook message. */
		LINK,

		/** The case was acknowledged directly, through its own page or the API. */
		CASE
	}
}
