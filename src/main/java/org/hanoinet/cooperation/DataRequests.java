package org.hanoinet.cooperation;

import static org.hanoinet.cooperation.Case.required;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.hanoinet.shared.InvalidValue;

/**
 * The acts and rules of the requests for electronic data that go through the 24/7 network (art. 41): expedited
 * preservation of stored data (art. 42), expedited disclosure of preserved traffic data (art. 43) and emergency
 * disclosure (art. 41(3)(e)). Only preservation has acts of its own: the warning that preserving will not secure
 * the data or would harm the investigation, and the request for a further period, which the requested State may
 * grant or decline, one request answered before the next is made (art. 42). The other two follow the common
 * lifecycle of {@link Case}.
 */
final class DataRequests implements RequestFamily {

	private final Case request;

	DataRequests(Case request) {
		this.request = request;
	}

	/**
	 * Preservation: the requested State warns that preserving will not secure the data or would harm the
	 * requesting State's investigation; the requesting State then decides whether to go on (art. 42).
	 */
	void warnPreservationAtRisk(Actor actor, String explanation) {
		request.perform(Act.WARN_PRESERVATION_AT_RISK, actor, Map.of("explanation", required("explanation", explanation)));
	}

	/**
	 * Preservation: the requesting State asks that the data stay preserved for {@code days} more days. This is a
	 * request the requested State may grant or decline; until it grants it the preservation keeps its end (art. 42).
	 * One request is answered before the next is made.
	 */
	void requestPreservationExtension(Actor actor, int days, String reason) {
		request.checkAllowed(Act.EXTEND_PRESERVATION, actor);
		if (extensionRequestPending()) {
			throw new InvalidTransition(request.status(), Act.EXTEND_PRESERVATION,
					"A request for a further period of preservation already awaits the requested State's answer.");
		}
		if (days < 1) {
			throw new InvalidValue("days", "An extension of preservation lasts at least one day.");
		}
		request.perform(Act.EXTEND_PRESERVATION, actor,
				Map.of("days", Integer.toString(days), "reason", required("reason", reason)));
	}

	/**
	 * Preservation: the requested State grants the pending request for a further period, for {@code days} days or,
	 * when null, for the days asked; its preservation period lengthens by as much (art. 42).
	 */
	void grantPreservationExtension(Actor actor, Integer days) {
		request.checkAllowed(Act.GRANT_PRESERVATION_EXTENSION, actor);
		checkExtensionRequested(Act.GRANT_PRESERVATION_EXTENSION);
		if (days == null && pendingExtensionDays().isEmpty()) {
			throw new InvalidValue("days", "Say for how many days the further period of preservation is granted.");
		}
		int granted = days != null ? days : pendingExtensionDays().getAsInt();
		if (granted < 1) {
			throw new InvalidValue("days", "An extension of preservation lasts at least one day.");
		}
		request.perform(Act.GRANT_PRESERVATION_EXTENSION, actor, Map.of("days", Integer.toString(granted)));
	}

	/** Preservation: the requested State declines the pending request for a further period, with its reasons; the period keeps its end (art. 42). */
	void declinePreservationExtension(Actor actor, String reasons) {
		request.checkAllowed(Act.DECLINE_PRESERVATION_EXTENSION, actor);
		checkExtensionRequested(Act.DECLINE_PRESERVATION_EXTENSION);
		request.perform(Act.DECLINE_PRESERVATION_EXTENSION, actor, Map.of("reasons", required("reasons", reasons)));
	}

	/** Whether the requesting State asked for a further period of preservation and the requested State has not answered yet. */
	boolean extensionRequestPending() {
		return pendingExtension() != null;
	}

	/** The days of the further period of preservation asked for and not answered yet, if any. */
	OptionalInt pendingExtensionDays() {
		CaseEvent pending = pendingExtension();
		String days = pending == null ? null : pending.details().get("days");
		return days == null || !days.matches("[1-9][0-9]{0,4}") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(days));
	}

	@Override
	public void checkReceived(CaseEvent event) {
		if (event.act() == Act.EXTEND_PRESERVATION && extensionRequestPending()) {
			throw new InvalidTransition(request.status(), event.act(),
					"A request for a further period of preservation already awaits the requested State's answer.");
		}
		if (event.act() == Act.GRANT_PRESERVATION_EXTENSION || event.act() == Act.DECLINE_PRESERVATION_EXTENSION) {
			checkExtensionRequested(event.act());
		}
	}

	/** A further period is asked for only while none awaits an answer, and answered only while one does. */
	@Override
	public boolean offers(Act act) {
		return switch (act) {
			case EXTEND_PRESERVATION -> !extensionRequestPending();
			case GRANT_PRESERVATION_EXTENSION, DECLINE_PRESERVATION_EXTENSION -> extensionRequestPending();
			default -> true;
		};
	}

	/** The request for a further period still awaiting an answer, or null. */
	private CaseEvent pendingExtension() {
		List<CaseEvent> chain = request.chain();
		for (int index = chain.size() - 1; index >= 0; index--) {
			CaseEvent event = chain.get(index);
			if (event.act() == Act.EXTEND_PRESERVATION) {
				return event;
			}
			if (event.act() == Act.GRANT_PRESERVATION_EXTENSION || event.act() == Act.DECLINE_PRESERVATION_EXTENSION) {
				return null;
			}
		}
		return null;
	}

	private void checkExtensionRequested(Act answer) {
		if (!extensionRequestPending()) {
			throw new InvalidTransition(request.status(), answer,
					"There is no request for a further period of preservation to answer.");
		}
	}
}
