package org.hanoinet.cooperation;

import static org.hanoinet.cooperation.Case.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hanoinet.law.LegalRules;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;

/**
 * The acts and rules of the police channel and of information sent without a prior request. Police-to-police
 * inquiries (art. 47) set no form, time limits or grounds of their own and have no acts beyond the common
 * lifecycle of {@link Case}. Spontaneous information (arts. 40(4)-(5) and 51) binds its receiver, who is the
 * requested side: it discloses exculpatory information only after notifying the sender (art. 40(5)), and forwards
 * the information to a third State against a use limit or a request for confidentiality only with the sender's
 * authorization for that State (arts. 36 and 40(5)).
 */
final class SpontaneousInformation implements RequestFamily {

	private final Case request;

	SpontaneousInformation(Case request) {
		this.request = request;
	}

	/** Spontaneous information: the receiver notifies the sender that it intends to disclose exculpatory information (art. 40). */
	void notifyExculpatoryDisclosure(Actor actor, String information) {
		request.perform(Act.NOTIFY_EXCULPATORY_DISCLOSURE, actor, Map.of("information", required("information", information)));
	}

	/**
	 * Spontaneous information: the receiver discloses exculpatory information, which it may do only after notifying
	 * the sender (art. 40), unless, in an exceptional case, advance notice was not possible: it then says why, and the
	 * disclosure, which reaches the sender at once, is the notice without delay the models ask for (UNTOC 18(5),
	 * UNCAC 46(5)).
	 *
	 * @param exceptional why advance notice was not possible; null or blank when it was
	 */
	void discloseExculpatory(Actor actor, String information, String exceptional) {
		request.checkAllowed(Act.DISCLOSE_EXCULPATORY, actor);
		String disclosed = required("information", information);
		boolean notified = request.happened(Act.NOTIFY_EXCULPATORY_DISCLOSURE);
		if (notified || exceptional == null || exceptional.isBlank()) {
			if (!notified) {
				throw new ActBarred(request.status(), Act.DISCLOSE_EXCULPATORY, "notify-first",
						"Exculpatory information received in confidence is disclosed only after the sender was notified ("
								+ LegalRules.cite("bar.notify-first") + "): notify the sender first, or, in an exceptional"
								+ " case where advance notice is not possible, say why in the field 'exceptional'.");
			}
			request.perform(Act.DISCLOSE_EXCULPATORY, actor, Map.of("information", disclosed));
			return;
		}
		request.perform(Act.DISCLOSE_EXCULPATORY, actor, Map.of("information", disclosed, "exceptional",
				required("exceptional", exceptional)));
	}

	/** Spontaneous information: the sender authorizes the receiver to forward it to {@code thirdState} (arts. 36 and 40). */
	void authorizeForwarding(Actor actor, CountryCode thirdState) {
		checkThirdState(thirdState);
		request.perform(Act.AUTHORIZE_FORWARDING, actor, Map.of("thirdState", thirdState.value()));
	}

	/**
	 * Spontaneous information: the receiver forwards it to {@code thirdState}. Barred while the sender limited its
	 * use or asked for confidentiality, unless the sender authorized forwarding to that State (arts. 36 and 40).
	 */
	void forwardToThirdState(Actor actor, CountryCode thirdState, String purpose) {
		request.checkAllowed(Act.FORWARD_TO_THIRD_STATE, actor);
		checkThirdState(thirdState);
		RequestContents contents = request.contents();
		List<String> limits = new ArrayList<>();
		if (contents.conditions().limitedUse()) {
			limits.add("its use is limited to the proceedings it concerns");
		}
		if (contents.conditions().confidential()) {
			limits.add("it is to be kept confidential");
		}
		if (contents.answer(FormElement.USE_LIMITS) != null) {
			limits.add("the sender set these limits: " + contents.answer(FormElement.USE_LIMITS));
		}
		if (contents.answer(FormElement.PERSONAL_DATA) != null) {
			limits.add("it contains personal data, which goes to a third State only with the sender's prior authorization ("
					+ LegalRules.cite("bar.personal-data") + ")");
		}
		boolean authorized = request.chain().stream().anyMatch(event -> event.act() == Act.AUTHORIZE_FORWARDING
				&& thirdState.value().equals(event.details().get("thirdState")));
		if (!limits.isEmpty() && !authorized) {
			throw new ActBarred(request.status(), Act.FORWARD_TO_THIRD_STATE, "use-limit", "The information cannot be forwarded to "
					+ thirdState.value() + ": " + String.join("; ", limits) + ". It binds the receiver; only the sender's prior"
					+ " authorization for that State lifts the limit (arts. 36 and 40).");
		}
		request.perform(Act.FORWARD_TO_THIRD_STATE, actor,
				Map.of("thirdState", thirdState.value(), "purpose", required("purpose", purpose)));
	}

	private void checkThirdState(CountryCode thirdState) {
		if (thirdState == null) {
			throw new InvalidValue("thirdState", "Name the third State.");
		}
		if (thirdState.equals(request.requesting().state()) || thirdState.equals(request.requested().state())) {
			throw new InvalidValue("thirdState", "A third State is neither of the two States of the case.");
		}
	}
}
