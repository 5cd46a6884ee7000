package org.hanoinet.cooperation;

import static org.hanoinet.cooperation.Case.required;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.hanoinet.law.LegalRules;
import org.hanoinet.shared.InvalidValue;

/**
 * The acts and rules of mutual legal assistance (art. 40, and arts. 44 to 46, which are requests under it), which
 * every other type borrows with the grounds its own article sets (art. 50 applies art. 40 mutatis mutandis): the
 * consultation of the requesting State, postponement after it, refusal on the grounds of the type, with the closed
 * list of art. 40 refused on only after a consultation, assistance on conditions that bind the requesting State
 * once it accepts them (an offer of conditional surrender under art. 37 is such an offer), the status request the
 * requested State must answer, and the notices that confidentiality cannot be kept and that the assistance is no
 * longer needed. It holds the case's conditions and its pending status request.
 */
final class MutualLegalAssistance implements RequestFamily {

	private final Case request;

	private boolean statusRequestPending;

	private List<String> offeredConditions = List.of();

	private List<String> bindingConditions = List.of();

	MutualLegalAssistance(Case request) {
		this.request = request;
	}

	void restore(boolean statusRequestPending, List<String> offeredConditions, List<String> bindingConditions) {
		this.statusRequestPending = statusRequestPending;
		this.offeredConditions = List.copyOf(offeredConditions);
		this.bindingConditions = List.copyOf(bindingConditions);
	}

	/**
	 * The requested State consults the requesting State: it must before postponing, and before refusing mutual legal
	 * assistance on the closed list of art. 40; before any other refusal it may (art. 40).
	 */
	void consult(Actor actor, String subject) {
		request.perform(Act.CONSULT, actor, Map.of("subject", required("subject", subject)));
	}

	/** The requested State offers to assist on the given conditions, which bind the requesting State once it accepts them. */
	void acceptWithConditions(Actor actor, List<String> conditions) {
		if (conditions == null || conditions.isEmpty() || conditions.stream().anyMatch(c -> c == null || c.isBlank())) {
			throw new InvalidValue("conditions", "Name each condition on which assistance is offered.");
		}
		offer(Act.ACCEPT_WITH_CONDITIONS, actor, conditions, Map.of());
	}

	/**
	 * Performs {@code act}, an offer of {@code conditions} with {@code more} details besides them, and keeps the
	 * conditions as offered until the requesting State accepts them.
	 */
	void offer(Act act, Actor actor, List<String> conditions, Map<String, String> more) {
		Map<String, String> details = conditionDetails(conditions);
		details.putAll(more);
		request.perform(act, actor, details);
		offeredConditions = List.copyOf(conditions);
	}

	/** The requesting State accepts the conditions offered and is bound by them (art. 40). */
	void acceptConditions(Actor actor) {
		request.perform(Act.ACCEPT_CONDITIONS, actor, conditionDetails(offeredConditions));
		bindingConditions = offeredConditions;
	}

	/** The requested State postpones execution after consultation, with its reasons (art. 40). */
	void postpone(Actor supervisor, String reasons) {
		request.checkAllowed(Act.POSTPONE, supervisor);
		Sides.checkSupervisor(supervisor);
		request.perform(Act.POSTPONE, supervisor, Map.of("reasons", required("reasons", reasons)));
	}

	/** The requested State takes a postponed request up again. */
	void resume(Actor actor) {
		request.perform(Act.RESUME, actor, Map.of());
	}

	/**
	 * The requested State refuses, on grounds this type of request may be refused on and with written reasons (art.
	 * 40). A refusal of mutual legal assistance on the closed list of art. 40 comes only from a consultation; on any
	 * other ground, and for the other types, the requested State may refuse straight from its review.
	 */
	void refuse(Actor supervisor, Set<RefusalGround> grounds, String reasons) {
		refuse(supervisor, grounds, reasons, Set.of(), null);
	}

	/** The same, by a requested State whose reservations allow it the grounds {@code reserved}. */
	void refuse(Actor supervisor, Set<RefusalGround> grounds, String reasons, Set<RefusalGround> reserved) {
		refuse(supervisor, grounds, reasons, reserved, null);
	}

	/**
	 * The same, by a requested State whose reservations allow it the grounds {@code reserved} besides those of the
	 * type (see {@link CaseType#groundsByReservation()}). A refusal of mutual legal assistance for lack of dual
	 * criminality says whether assistance involving no coercive action can still be given ({@code nonCoercive}: "none"
	 * or "possible"); where it can, the requested State gives it and reports a partial execution instead (the UNCAC
	 * 46(9)(b) pattern).
	 */
	void refuse(Actor supervisor, Set<RefusalGround> grounds, String reasons, Set<RefusalGround> reserved,
			String nonCoercive) {
		request.checkAllowed(Act.REFUSE, supervisor);
		Sides.checkSupervisor(supervisor);
		if (grounds == null || grounds.isEmpty()) {
			throw new InvalidValue("grounds", "A refusal must name at least one ground of art. 40.");
		}
		CaseType type = request.type();
		for (RefusalGround ground : grounds) {
			if (type.groundsByReservation().contains(ground) && !reserved.contains(ground)) {
				throw new InvalidValue("grounds", "A request of type " + type + " (art. " + type.article() + ") is refused on "
						+ ground + " only by a State that made a reservation for it (" + LegalRules.cite(type.groundRule(ground))
						+ "); the treaty registry records none for " + request.requested().state().value() + ".");
			}
			if (!type.refusalGrounds().contains(ground) && !type.groundsByReservation().contains(ground)) {
				throw new InvalidValue("grounds", "A request of type " + type + " (art. " + type.article()
						+ ") cannot be refused on the ground " + ground + ".");
			}
		}
		checkConsulted(grounds);
		String written = required("reasons", reasons);
		Map<String, String> details = new TreeMap<>(Map.of("grounds",
				grounds.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), "reasons", written));
		if (asksAboutNonCoerciveAssistance(grounds)) {
			details.put("nonCoercive", checkNonCoercive(nonCoercive));
		}
		request.perform(Act.REFUSE, supervisor, details);
	}

	/** Whether a refusal on {@code grounds} must say if assistance involving no coercive action can still be given. */
	boolean asksAboutNonCoerciveAssistance(Set<RefusalGround> grounds) {
		CaseType type = request.type();
		return grounds.contains(RefusalGround.NO_DUAL_CRIMINALITY) && type.servesSeriousCrimeEvidence()
				&& type.lifecycle().contains(CaseStatus.PARTIALLY_EXECUTED);
	}

	private String checkNonCoercive(String answer) {
		String given = answer == null ? "" : answer.strip().toLowerCase(java.util.Locale.ROOT);
		return switch (given) {
			case "none" -> given;
			case "possible" -> throw new ActBarred(request.status(), Act.REFUSE, "non-coercive-first", "Assistance that"
					+ " involves no coercive action can be given despite the lack of dual criminality ("
					+ LegalRules.cite("bar.non-coercive-first") + "): give it and report a partial execution instead of"
					+ " refusing the whole request.");
			default -> throw new InvalidValue("nonCoercive", "A refusal for lack of dual criminality says whether assistance"
					+ " involving no coercive action can still be given: 'none', or 'possible' to give it in part ("
					+ LegalRules.cite("bar.non-coercive-first") + ").");
		};
	}

	/** The requesting State tells the requested State that the assistance is no longer needed (art. 40). */
	void notifyNoLongerNeeded(Actor actor, String reason) {
		request.perform(Act.NOTIFY_NO_LONGER_NEEDED, actor, Map.of("reason", required("reason", reason)));
	}

	/** The requesting State asks where its request stands; the requested State must answer. */
	void requestStatus(Actor actor) {
		request.perform(Act.REQUEST_STATUS, actor, Map.of());
		statusRequestPending = true;
	}

	/** The requested State answers the pending status request. */
	void answerStatus(Actor actor, String answer) {
		request.checkAllowed(Act.ANSWER_STATUS, actor);
		if (!statusRequestPending) {
			throw new InvalidTransition(request.status(), Act.ANSWER_STATUS,
					"There is no status request to answer in this case.");
		}
		request.perform(Act.ANSWER_STATUS, actor, Map.of("answer", required("answer", answer)));
		statusRequestPending = false;
	}

	/** The requested State informs that it cannot keep the request confidential (art. 40). */
	void notifyConfidentialityNotKept(Actor actor, String explanation) {
		request.perform(Act.NOTIFY_CONFIDENTIALITY_NOT_KEPT, actor, Map.of("explanation", required("explanation", explanation)));
	}

	/** The grounds of the latest refusal in this case, empty when it was not refused. */
	Set<RefusalGround> refusalGrounds() {
		List<CaseEvent> chain = request.chain();
		for (int index = chain.size() - 1; index >= 0; index--) {
			CaseEvent event = chain.get(index);
			if (event.act() == Act.REFUSE) {
				return groundsOf(event);
			}
		}
		return Set.of();
	}

	/**
	 * The grounds the requested State may refuse on now: those of the type, less the closed list of art. 40 while it
	 * has not opened a consultation on a mutual legal assistance request.
	 */
	Set<RefusalGround> refusableGrounds() {
		Set<RefusalGround> grounds = EnumSet.noneOf(RefusalGround.class);
		grounds.addAll(request.type().refusalGrounds());
		if (request.status() != CaseStatus.CONSULTATION) {
			grounds.removeAll(request.type().groundsNeedingConsultation());
		}
		return grounds;
	}

	/** The conditions offered by the requested State and not yet accepted. */
	List<String> offeredConditions() {
		return offeredConditions;
	}

	/** The conditions the requesting State accepted and is bound by. */
	List<String> bindingConditions() {
		return bindingConditions;
	}

	/** Whether the requesting State asked for the status and the requested State has not answered yet. */
	boolean statusRequestPending() {
		return statusRequestPending;
	}

	@Override
	public void checkReceived(CaseEvent event) {
		if (event.act() == Act.REFUSE) {
			checkConsulted(groundsOf(event));
		}
	}

	@Override
	public void applyReceived(CaseEvent event) {
		switch (event.act()) {
			case REQUEST_STATUS -> statusRequestPending = true;
			case ANSWER_STATUS -> statusRequestPending = false;
			case ACCEPT_WITH_CONDITIONS, OFFER_CONDITIONAL_SURRENDER -> offeredConditions = event.details().entrySet().stream()
				.filter(detail -> detail.getKey().startsWith("condition."))
				.sorted(java.util.Comparator.comparingInt(detail -> Integer.parseInt(detail.getKey().substring(10))))
				.map(java.util.Map.Entry::getValue)
				.toList();
			case ACCEPT_CONDITIONS -> bindingConditions = offeredConditions;
			default -> {
			}
		}
	}

	/** No status request is answered that nobody made, and no refusal offered while every ground needs a consultation. */
	@Override
	public boolean offers(Act act) {
		return switch (act) {
			case ANSWER_STATUS -> statusRequestPending;
			case REFUSE -> !refusableGrounds().isEmpty();
			default -> true;
		};
	}

	/** A refusal on the closed list of art. 40 of a mutual legal assistance request comes only from a consultation. */
	private void checkConsulted(Set<RefusalGround> grounds) {
		CaseStatus status = request.status();
		if (status == CaseStatus.CONSULTATION) {
			return;
		}
		CaseType type = request.type();
		List<String> unconsulted = grounds.stream()
			.filter(type.groundsNeedingConsultation()::contains)
			.map(Enum::name)
			.sorted()
			.toList();
		if (!unconsulted.isEmpty()) {
			throw new ActBarred(status, Act.REFUSE, "consult-first", "A request of type " + type + " (art. " + type.article()
					+ ") is refused on " + String.join(", ", unconsulted) + " only after consulting the requesting State"
					+ " (art. 40): open a consultation first, or refuse on a ground outside the closed list.");
		}
	}

	/** The grounds a refusal names; a ground the Convention does not know, as from a forged event, is an {@link InvalidValue}. */
	private static Set<RefusalGround> groundsOf(CaseEvent event) {
		Set<RefusalGround> grounds = EnumSet.noneOf(RefusalGround.class);
		for (String ground : event.details().getOrDefault("grounds", "").split(",")) {
			if (!ground.isBlank()) {
				grounds.add(RefusalGround.of(ground));
			}
		}
		return grounds;
	}

	private static Map<String, String> conditionDetails(List<String> conditions) {
		Map<String, String> details = new TreeMap<>();
		for (int index = 0; index < conditions.size(); index++) {
			details.put("condition." + (index + 1), conditions.get(index));
		}
		return details;
	}
}
