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
 * and someone there must acknowledge it; until then it climbs the escalation chain. A {@link Kind#PING_TEST}
 * alert is the periodic test message of a peer point of contact: it has no case, case type or urgency.
 *
 * @param id identifies the alert
 * @param caseId the case delivered, or {@code null} for a ping test
 * @param authority the point of contact the request is addressed to
 * @param state the requested State
 * @param requestingState the State that sent the request (or the ping)
 * @param caseType the type of request, or {@code null} for a ping test
 * @param urgency how urgent the request is, or {@code null} for a ping test
 * @param raisedAt when the request was delivered and the alert raised
 * @param step the escalation step reached
 * @param acknowledgedAt when it was acknowledged, or {@code null} while open
 * @param acknowledgedBy who acknowledged it (a username, or the notice of a link), or {@code null}
 * @param acknowledgedVia how it was acknowledged, or {@code null}
 * @param undelivered for an {@link Kind#UNDELIVERED_ENVELOPE} alert, the envelope and whom to call; otherwise {@code null}
 */
public record Alert(UUID id, CaseId caseId, AuthorityId authority, CountryCode state, CountryCode requestingState,
		CaseType caseType, Urgency urgency, Instant raisedAt, EscalationStep step, Instant acknowledgedAt,
		String acknowledgedBy, Acknowledgement acknowledgedVia, Undelivered undelivered) {

	/** An alert of a request or a ping test. */
	public Alert(UUID id, CaseId caseId, AuthorityId authority, CountryCode state, CountryCode requestingState,
			CaseType caseType, Urgency urgency, Instant raisedAt, EscalationStep step, Instant acknowledgedAt,
			String acknowledgedBy, Acknowledgement acknowledgedVia) {
		this(id, caseId, authority, state, requestingState, caseType, urgency, raisedAt, step, acknowledgedAt, acknowledgedBy,
				acknowledgedVia, null);
	}

	/**
	 * An urgent envelope of this node that the peer node has not received in time (art. 41): the sending side's
	 * officer reaches the peer State's 24/7 point of contact by its fallback phone.
	 *
	 * @param messageId the envelope's message id
	 * @param peerNode the node it is addressed to
	 * @param peerState the State whose authority should receive it, if known
	 * @param peerPhone the telephone of that State's 24/7 point of contact in the directory, if any
	 * @param deliveredAt when the envelope finally arrived, or {@code null} while it has not
	 */
	public record Undelivered(UUID messageId, String peerNode, CountryCode peerState, String peerPhone, Instant deliveredAt) {
	}

	/** What the alert is about: a request, a ping test (which has no case), or an undelivered envelope. */
	public Kind kind() {
		if (undelivered != null) {
			return Kind.UNDELIVERED_ENVELOPE;
		}
		return caseId == null ? Kind.PING_TEST : Kind.REQUEST;
	}

	/** Whether nobody has acknowledged the alert yet. */
	public boolean open() {
		return acknowledgedAt == null;
	}

	/** The time from the alert to its acknowledgement, if acknowledged. */
	public Optional<Duration> timeToAcknowledge() {
		return open() ? Optional.empty() : Optional.of(Duration.between(raisedAt, acknowledgedAt));
	}

	/** What raised an alert. */
	public enum Kind {

		/** An urgent or emergency request delivered to the point of contact. */
		REQUEST,

		/** A ping test from a peer State's point of contact. */
		PING_TEST,

		/** An urgent envelope of this node stayed undelivered to the peer node. */
		UNDELIVERED_ENVELOPE
	}

	/** How an alert was acknowledged. */
	public enum Acknowledgement {

		/** One click on the duty page. */
		PAGE,

		/** The signed one-time link of an e-mail or a webhook message. */
		LINK,

		/** The case was acknowledged directly, through its own page or the API. */
		CASE,

		/** The undelivered envelope finally arrived: the node closed the alert. */
		DELIVERED
	}
}
