package org.hanoinet.cooperation;

import static org.hanoinet.cooperation.Case.required;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.hanoinet.law.LegalRules;
import org.hanoinet.shared.InvalidValue;

/**
 * The acts and rules of asset recovery: confiscation and provisional measures (art. 50, which applies art. 40
 * mutatis mutandis) and the return or disposal of confiscated property (art. 52). Before lifting a provisional
 * measure the requested State lets the requesting State present its reasons for keeping it, and lifts it only for
 * insufficient evidence, de minimis value or reasons it states (art. 50); a return states the value, the reasonable
 * expenses deducted where this node's rules allow it and any share kept under a sharing arrangement, and the amount
 * returned is the value less both (art. 52).
 */
final class AssetRecovery implements RequestFamily {

	private final Case request;

	AssetRecovery(Case request) {
		this.request = request;
	}

	/** Provisional measures: the requested State invites the requesting State to give reasons for keeping the measure (art. 50). */
	void inviteReasonsToMaintain(Actor actor, String invitation) {
		request.perform(Act.INVITE_REASONS_TO_MAINTAIN, actor, Map.of("invitation", required("invitation", invitation)));
	}

	/** Provisional measures: the requesting State presents its reasons for keeping the measure (art. 50). */
	void presentReasonsToMaintain(Actor actor, String reasons) {
		request.perform(Act.PRESENT_REASONS_TO_MAINTAIN, actor, Map.of("reasons", required("reasons", reasons)));
	}

	/**
	 * Provisional measures: the requested State lifts the measure, on insufficient evidence, de minimis value or
	 * other reasons, and only after it gave the requesting State the chance to argue for keeping it (art. 50).
	 */
	void liftMeasure(Actor actor, Set<RefusalGround> grounds, String reasons) {
		request.checkAllowed(Act.LIFT_MEASURE, actor);
		if (!request.happened(Act.INVITE_REASONS_TO_MAINTAIN)) {
			throw new ActBarred(request.status(), Act.LIFT_MEASURE, "argue-first",
					"Before lifting a provisional measure the requested State must give the requesting State the chance to"
							+ " present its reasons for keeping it (art. 50): invite its reasons first.");
		}
		Set<RefusalGround> given = grounds == null ? Set.of() : grounds;
		for (RefusalGround ground : given) {
			if (ground != RefusalGround.INSUFFICIENT_EVIDENCE && ground != RefusalGround.DE_MINIMIS) {
				throw new InvalidValue("grounds", "A measure is lifted for insufficient evidence or de minimis value (art. 50), not "
						+ ground + ".");
			}
		}
		Map<String, String> details = new TreeMap<>();
		details.put("reasons", required("reasons", reasons));
		if (!given.isEmpty()) {
			details.put("grounds", given.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
		}
		request.perform(Act.LIFT_MEASURE, actor, details);
	}

	/**
	 * Confiscation and return: the requested State decides to return the property to the requesting State or to
	 * dispose of it (art. 52). For a return it states the value, the reasonable expenses it deducts and any share
	 * kept under a sharing arrangement; the amount returned is the value less both, stated in the decision.
	 *
	 * @param expensesDeductible whether this node's rules let the requested State deduct expenses ({@link CooperationRules})
	 */
	void decideReturn(Actor actor, String decision, Amount value, Amount expenses, Amount shared, String sharing,
			String reasons, boolean expensesDeductible) {
		request.checkAllowed(Act.DECIDE_RETURN, actor);
		Map<String, String> details = new TreeMap<>();
		String kind = decision == null ? "RETURN" : decision.strip().toUpperCase(Locale.ROOT);
		if (!kind.equals("RETURN") && !kind.equals("DISPOSAL")) {
			throw new InvalidValue("decision", "The decision is a RETURN to the requesting State or a DISPOSAL, not '" + decision + "'.");
		}
		details.put("decision", kind);
		if (reasons != null && !reasons.isBlank()) {
			details.put("reasons", reasons.strip());
		}
		if (sharing != null && !sharing.isBlank()) {
			details.put("sharing", sharing.strip());
		}
		if (kind.equals("RETURN")) {
			if (value == null) {
				throw new InvalidValue("value", "A return states the value of the property returned.");
			}
			Amount deducted = expenses == null ? new Amount(BigDecimal.ZERO, value.unit()) : expenses;
			if (!expensesDeductible && deducted.value().signum() > 0) {
				throw new InvalidValue("expenses", "This node's rules do not let the requested State deduct expenses from a return ("
						+ LegalRules.cite("bar.expenses-deducted") + ").");
			}
			Amount kept = shared == null ? new Amount(BigDecimal.ZERO, value.unit()) : shared;
			if (!deducted.unit().equals(value.unit()) || !kept.unit().equals(value.unit())) {
				throw new InvalidValue("expenses", "State the value, the expenses and the share in one unit, " + value.unit() + ".");
			}
			if (deducted.value().add(kept.value()).compareTo(value.value()) > 0) {
				throw new InvalidValue("expenses", "The expenses and the share kept (" + deducted + ", " + kept
						+ ") exceed the value of the property (" + value + ").");
			}
			Amount returned = value.minus(deducted).minus(kept);
			details.put("value", value.toString());
			details.put("expenses", deducted.toString());
			if (shared != null) {
				details.put("shared", kept.toString());
			}
			details.put("returned", returned.toString());
			details.put("statement", "Amount returned: " + value + " less reasonable expenses of " + deducted
					+ (shared == null ? "" : " less the share of " + kept + " kept under the sharing arrangement") + " = "
					+ returned + " (art. 52).");
		}
		request.perform(Act.DECIDE_RETURN, actor, details);
	}
}
