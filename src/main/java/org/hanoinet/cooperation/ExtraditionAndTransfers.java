package org.hanoinet.cooperation;

import static org.hanoinet.cooperation.Case.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The acts and rules of the requests that move a person or proceedings: extradition and provisional arrest (art.
 * 37), the transfer of sentenced persons (art. 38) and the transfer of criminal proceedings (art. 39). After a
 * refusal solely because the person sought is a national of the requested State, the requesting State may ask it
 * to prosecute instead ("extradite or prosecute", art. 37); the requested State may offer to surrender its
 * national on condition of their return to serve the sentence, recorded as conditions of art. 40 form in
 * {@link MutualLegalAssistance} (art. 37); and once a transfer is accepted the requesting State hands over the
 * file of the sentence or of the proceedings (arts. 38 and 39). The grounds of refusal are the type's.
 */
final class ExtraditionAndTransfers implements RequestFamily {

	private final Case request;

	ExtraditionAndTransfers(Case request) {
		this.request = request;
	}

	/**
	 * Extradition refused solely because the person sought is a national of the requested State: the requesting
	 * State asks that State to submit the case to its own prosecutors, in the linked transfer of proceedings
	 * {@code proceedingsTransfer} (art. 37, "extradite or prosecute").
	 */
	void requestProsecutionInstead(Actor actor, CaseId proceedingsTransfer) {
		request.checkAllowed(Act.REQUEST_PROSECUTION_INSTEAD, actor);
		Set<RefusalGround> refusedOn = request.assistance().refusalGrounds();
		if (!refusedOn.equals(Set.of(RefusalGround.NATIONAL_OF_REQUESTED_STATE))) {
			throw new ActBarred(request.status(), Act.REQUEST_PROSECUTION_INSTEAD, "not-solely-nationality",
					"Prosecution instead of extradition can be asked only after a refusal solely because the person is a national"
							+ " of the requested State (art. 37); this refusal rests on " + refusedOn + ".");
		}
		if (request.happened(Act.REQUEST_PROSECUTION_INSTEAD)) {
			throw new ActBarred(request.status(), Act.REQUEST_PROSECUTION_INSTEAD, "already-requested",
					"Prosecution instead of extradition was already asked for in this case.");
		}
		request.perform(Act.REQUEST_PROSECUTION_INSTEAD, actor, Map.of("proceedingsTransfer", proceedingsTransfer.toString()));
	}

	/**
	 * Extradition: the requested State offers to surrender its national on condition that the person is returned to
	 * it to serve the sentence imposed; {@code further} adds terms. Recorded as conditions the requesting State must
	 * accept to be bound (art. 37).
	 */
	void offerConditionalSurrender(Actor actor, String further) {
		String requestedState = request.requested().state().value();
		List<String> conditions = new ArrayList<>();
		conditions.add("The person sought, a national of " + requestedState + ", is surrendered on condition of being returned to "
				+ requestedState + " to serve the sentence imposed (art. 37).");
		if (further != null && !further.isBlank()) {
			conditions.add(further.strip());
		}
		request.assistance().offer(Act.OFFER_CONDITIONAL_SURRENDER, actor, conditions, Map.of("conditionalSurrender", "true"));
	}

	/** Transfers: the requesting State hands over the file of the sentence or the proceedings, described (arts. 38 and 39). */
	void handOverFile(Actor actor, String file) {
		request.perform(Act.HAND_OVER_FILE, actor, Map.of("file", required("file", file)));
	}
}
