package org.hanoinet.cooperation;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;

/**
 * A cooperation case: one request from a requesting State to a requested State under Chapter V, and every
 * legal act that follows it, kept as a hash-chained log of {@link CaseEvent}s. Each act is one method, owned
 * by one side; an act the case's type does not allow in its current state is an {@link InvalidTransition}.
 */
public final class Case {

	/** Acts only a supervisor performs: the four-eyes approval, and the decisions to refuse or postpone. */
	private static final Set<Act> SUPERVISOR_ACTS = Set.of(Act.APPROVE, Act.RETURN_FOR_CHANGES, Act.REFUSE, Act.POSTPONE);

	private final CaseId id;

	private final CaseType type;

	private final Party requesting;

	private final Party requested;

	private final Clock clock;

	private final List<CaseEvent> events = new ArrayList<>();

	private CaseStatus status;

	private int persisted;

	private String drafter;

	private boolean statusRequestPending;

	private List<String> offeredConditions = List.of();

	private List<String> bindingConditions = List.of();

	private RequestContents contents;

	private Case(CaseId id, CaseType type, Party requesting, Party requested, Clock clock) {
		if (type == null) {
			throw new InvalidValue("type", "A case needs a type of request.");
		}
		if (requesting == null || requested == null) {
			throw new InvalidValue("requested", "A case needs a requesting and a requested side.");
		}
		if (requesting.state().equals(requested.state())) {
			throw new InvalidValue("requested", "The requested State must differ from the requesting State.");
		}
		this.id = id;
		this.type = type;
		this.requesting = requesting;
		this.requested = requested;
		this.clock = clock;
	}

	/** The requesting authority starts a draft request; {@code drafter} belongs to the requesting authority. */
	public static Case draft(CaseId id, CaseType type, Party requesting, Party requested, RequestContents contents,
			Actor drafter, Clock clock) {
		Case draft = new Case(id, type, requesting, requested, clock);
		draft.status = CaseStatus.DRAFT;
		draft.contents = contents == null ? new RequestContents(null, null, null, null, null, null, null) : contents;
		draft.checkSide(Act.DRAFT, drafter);
		draft.drafter = drafter.user();
		Map<String, String> details = new TreeMap<>(draft.contents.canonical());
		details.put("requestingState", requesting.state().value());
		details.put("requestingAuthority", requesting.authority().toString());
		details.put("requestedState", requested.state().value());
		details.put("requestedAuthority", requested.authority().toString());
		draft.record(Act.DRAFT, drafter, details);
		return draft;
	}

	/**
	 * A case as stored: its fields and its chain of events, without replaying the acts. The chain is checked,
	 * so a case whose stored events were altered is never handed out as intact.
	 */
	public static Case restore(CaseId id, CaseType type, Party requesting, Party requested, RequestContents contents,
			CaseStatus status, String drafter, boolean statusRequestPending, List<String> offeredConditions,
			List<String> bindingConditions, List<CaseEvent> events, Clock clock) {
		Case stored = new Case(id, type, requesting, requested, clock);
		stored.contents = contents;
		stored.status = status;
		stored.drafter = drafter;
		stored.statusRequestPending = statusRequestPending;
		stored.offeredConditions = List.copyOf(offeredConditions);
		stored.bindingConditions = List.copyOf(bindingConditions);
		stored.events.addAll(events);
		EventChain.firstBreak(events).ifPresent(broken -> {
			throw new IllegalStateException("The stored chain of case " + id + " is broken: " + broken);
		});
		stored.persisted = events.size();
		return stored;
	}

	/**
	 * The counterpart's node reports an act of its side: the event must be the next link of this chain (its
	 * sequence number and previous hash), performed by the other side's authority, allowed by the type in the
	 * current state, and lead to the state it says. The event is kept exactly as received, so both nodes hold
	 * the same chain.
	 */
	public void receive(CaseEvent event) {
		if (event.sequence() != events.size() + 1L) {
			throw new ChainMismatch("Event " + event.sequence() + " of case " + id + " arrived, but the next expected is "
					+ (events.size() + 1) + ".", event.sequence() > events.size() + 1L);
		}
		if (events.isEmpty() != (event.act() == Act.DRAFT)) {
			throw new ChainMismatch("Event " + event.sequence() + " of case " + id + " is a " + event.act()
					+ ": a case's chain starts with its draft, and only there.", false);
		}
		String head = events.isEmpty() ? CaseEvent.GENESIS : events.getLast().hash();
		if (!event.previousHash().equals(head) || !event.caseId().equals(id) || event.type() != type) {
			throw new ChainMismatch("Event " + event.sequence() + " of case " + id + " does not follow this node's chain.", false);
		}
		Side side = event.actorAuthority().equals(requesting.authority()) ? Side.REQUESTING
				: event.actorAuthority().equals(requested.authority()) ? Side.REQUESTED : null;
		boolean sideOk = side == event.act().side() || (side == null && event.act().side() != null
				&& isSupervisorAct(event.act()));
		if (!sideOk) {
			throw new ActOfOtherSide(event.act(), event.act().side());
		}
		if (event.act() != Act.DRAFT && !type.allows(event.act(), status)) {
			throw new InvalidTransition(status, event.act());
		}
		if (event.act() == Act.REFUSE) {
			checkConsulted(groundsOf(event));
		}
		if (event.act() == Act.EXTEND_PRESERVATION && extensionRequestPending()) {
			throw new InvalidTransition(status, event.act(),
					"A request for a further period of preservation already awaits the requested State's answer.");
		}
		if (event.act() == Act.GRANT_PRESERVATION_EXTENSION || event.act() == Act.DECLINE_PRESERVATION_EXTENSION) {
			checkExtensionRequested(event.act());
		}
		CaseStatus after = event.act() == Act.DRAFT ? CaseStatus.DRAFT : event.act().next(status);
		if (after != event.status()) {
			throw new ChainMismatch("Event " + event.sequence() + " says the case became " + event.status() + " but "
					+ event.act() + " from " + status + " leads to " + after + ".", false);
		}
		switch (event.act()) {
			case DRAFT -> drafter = event.actorUser();
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
		status = after;
		events.add(event);
	}

	/**
	 * The copy of a case that another State's node opened, before its first event arrives here; the events
	 * then come one by one through {@link #receive}.
	 */
	public static Case mirror(CaseId id, CaseType type, Party requesting, Party requested, RequestContents contents,
			Clock clock) {
		Case copy = new Case(id, type, requesting, requested, clock);
		copy.contents = contents;
		return copy;
	}

	/** The drafter changes what the draft says; the new contents are recorded in the chain. */
	public void edit(Actor actor, RequestContents changed) {
		if (changed == null) {
			throw new InvalidValue("contents", "The changed request is missing.");
		}
		perform(Act.EDIT_DRAFT, actor, changed.canonical());
		contents = changed;
	}

	/** What is still missing before the request can be sent: required elements, answers of the wrong form. */
	public List<Missing> missing() {
		return contents.missing(type);
	}

	/** The drafter hands a complete request to a supervisor of the requesting State. */
	public void submitForApproval(Actor actor) {
		checkAllowed(Act.SUBMIT_FOR_APPROVAL, actor);
		List<Missing> missing = missing();
		if (!missing.isEmpty()) {
			throw new RequestIncomplete(missing);
		}
		perform(Act.SUBMIT_FOR_APPROVAL, actor, Map.of());
	}

	/** A supervisor sends the draft back with the reasons. */
	public void returnForChanges(Actor supervisor, String reasons) {
		checkSupervisor(supervisor);
		perform(Act.RETURN_FOR_CHANGES, supervisor, Map.of("reasons", required("reasons", reasons)));
	}

	/** A supervisor other than the drafter approves the request, which is thereby sent (four-eyes). */
	public void approve(Actor supervisor) {
		checkAllowed(Act.APPROVE, supervisor);
		checkSupervisor(supervisor);
		if (supervisor.user().equals(drafter)) {
			throw new ApprovalRefused("The drafter of a request cannot approve it: another supervisor must (four-eyes).");
		}
		Map<String, String> details = new TreeMap<>();
		details.put("urgency", contents.urgency().name());
		details.put("requestingState", requesting.state().value());
		details.put("requestedState", requested.state().value());
		details.put("contentsHash", contentsHash());
		if (contents.follows() != null) {
			details.put("follows", contents.follows().toString());
		}
		perform(Act.APPROVE, supervisor, details);
	}

	/** The request reached the requested authority. */
	public void recordDelivery(Actor actor) {
		perform(Act.RECORD_DELIVERY, actor, Map.of());
	}

	/** The requested authority confirms receipt. */
	public void acknowledge(Actor actor) {
		perform(Act.ACKNOWLEDGE, actor, Map.of());
	}

	/** The requested authority starts examining the request. */
	public void startReview(Actor actor) {
		perform(Act.START_REVIEW, actor, Map.of());
	}

	/** The requested authority asks for additional information. */
	public void requestInformation(Actor actor, String question) {
		perform(Act.REQUEST_INFORMATION, actor, Map.of("question", required("question", question)));
	}

	/** The requesting authority supplies the information asked for. */
	public void provideInformation(Actor actor, String answer) {
		perform(Act.PROVIDE_INFORMATION, actor, Map.of("answer", required("answer", answer)));
	}

	/**
	 * The requested State consults the requesting State: it must before postponing, and before refusing mutual legal
	 * assistance on the closed list of art. 40; before any other refusal it may (art. 40).
	 */
	public void consult(Actor actor, String subject) {
		perform(Act.CONSULT, actor, Map.of("subject", required("subject", subject)));
	}

	/** The requested State agrees to assist. */
	public void accept(Actor actor) {
		perform(Act.ACCEPT, actor, Map.of());
	}

	/** The requested State offers to assist on the given conditions, which bind the requesting State once it accepts them. */
	public void acceptWithConditions(Actor actor, List<String> conditions) {
		if (conditions == null || conditions.isEmpty() || conditions.stream().anyMatch(c -> c == null || c.isBlank())) {
			throw new InvalidValue("conditions", "Name each condition on which assistance is offered.");
		}
		perform(Act.ACCEPT_WITH_CONDITIONS, actor, conditionDetails(conditions));
		offeredConditions = List.copyOf(conditions);
	}

	/** The requesting State accepts the conditions offered and is bound by them (art. 40). */
	public void acceptConditions(Actor actor) {
		perform(Act.ACCEPT_CONDITIONS, actor, conditionDetails(offeredConditions));
		bindingConditions = offeredConditions;
	}

	/** The requested State postpones execution after consultation, with its reasons (art. 40). */
	public void postpone(Actor supervisor, String reasons) {
		checkAllowed(Act.POSTPONE, supervisor);
		checkSupervisor(supervisor);
		perform(Act.POSTPONE, supervisor, Map.of("reasons", required("reasons", reasons)));
	}

	/** The requested State takes a postponed request up again. */
	public void resume(Actor actor) {
		perform(Act.RESUME, actor, Map.of());
	}

	/**
	 * The requested State refuses, on grounds this type of request may be refused on and with written reasons (art.
	 * 40). A refusal of mutual legal assistance on the closed list of art. 40 comes only from a consultation; on any
	 * other ground, and for the other types, the requested State may refuse straight from its review.
	 */
	public void refuse(Actor supervisor, Set<RefusalGround> grounds, String reasons) {
		checkAllowed(Act.REFUSE, supervisor);
		checkSupervisor(supervisor);
		if (grounds == null || grounds.isEmpty()) {
			throw new InvalidValue("grounds", "A refusal must name at least one ground of art. 40.");
		}
		for (RefusalGround ground : grounds) {
			if (!type.refusalGrounds().contains(ground)) {
				throw new InvalidValue("grounds", "A request of type " + type + " (art. " + type.article()
						+ ") cannot be refused on the ground " + ground + ".");
			}
		}
		checkConsulted(grounds);
		String written = required("reasons", reasons);
		perform(Act.REFUSE, supervisor, Map.of("grounds",
				grounds.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), "reasons", written));
	}

	/** The requested State starts carrying out the request. */
	public void startExecution(Actor actor) {
		perform(Act.START_EXECUTION, actor, Map.of());
	}

	/** The requested State reports that part of the assistance was given. */
	public void reportPartialExecution(Actor actor, String summary) {
		perform(Act.REPORT_PARTIAL_EXECUTION, actor, Map.of("summary", required("summary", summary)));
	}

	/** The requested State reports that the assistance was given in full (for preservation: the data are preserved). */
	public void execute(Actor actor) {
		perform(Act.EXECUTE, actor, Map.of());
	}

	/** The requesting authority closes the case. */
	public void close(Actor actor) {
		perform(Act.CLOSE, actor, Map.of());
	}

	/** The requesting authority abandons a request it has not sent, saying why. */
	public void withdraw(Actor actor, String reason) {
		perform(Act.WITHDRAW, actor, Map.of("reason", required("reason", reason)));
	}

	/** The requesting State tells the requested State that the assistance is no longer needed (art. 40). */
	public void notifyNoLongerNeeded(Actor actor, String reason) {
		perform(Act.NOTIFY_NO_LONGER_NEEDED, actor, Map.of("reason", required("reason", reason)));
	}

	/**
	 * Preservation: the requested State warns that preserving will not secure the data or would harm the
	 * requesting State's investigation; the requesting State then decides whether to go on (art. 42).
	 */
	public void warnPreservationAtRisk(Actor actor, String explanation) {
		perform(Act.WARN_PRESERVATION_AT_RISK, actor, Map.of("explanation", required("explanation", explanation)));
	}

	/**
	 * Preservation: the requesting State asks that the data stay preserved for {@code days} more days. This is a
	 * request the requested State may grant or decline; until it grants it the preservation keeps its end (art. 42).
	 * One request is answered before the next is made.
	 */
	public void requestPreservationExtension(Actor actor, int days, String reason) {
		checkAllowed(Act.EXTEND_PRESERVATION, actor);
		if (extensionRequestPending()) {
			throw new InvalidTransition(status, Act.EXTEND_PRESERVATION,
					"A request for a further period of preservation already awaits the requested State's answer.");
		}
		if (days < 1) {
			throw new InvalidValue("days", "An extension of preservation lasts at least one day.");
		}
		perform(Act.EXTEND_PRESERVATION, actor, Map.of("days", Integer.toString(days), "reason", required("reason", reason)));
	}

	/**
	 * Preservation: the requested State grants the pending request for a further period, for {@code days} days or,
	 * when null, for the days asked; its preservation period lengthens by as much (art. 42).
	 */
	public void grantPreservationExtension(Actor actor, Integer days) {
		checkAllowed(Act.GRANT_PRESERVATION_EXTENSION, actor);
		checkExtensionRequested(Act.GRANT_PRESERVATION_EXTENSION);
		if (days == null && pendingExtensionDays().isEmpty()) {
			throw new InvalidValue("days", "Say for how many days the further period of preservation is granted.");
		}
		int granted = days != null ? days : pendingExtensionDays().getAsInt();
		if (granted < 1) {
			throw new InvalidValue("days", "An extension of preservation lasts at least one day.");
		}
		perform(Act.GRANT_PRESERVATION_EXTENSION, actor, Map.of("days", Integer.toString(granted)));
	}

	/** Preservation: the requested State declines the pending request for a further period, with its reasons; the period keeps its end (art. 42). */
	public void declinePreservationExtension(Actor actor, String reasons) {
		checkAllowed(Act.DECLINE_PRESERVATION_EXTENSION, actor);
		checkExtensionRequested(Act.DECLINE_PRESERVATION_EXTENSION);
		perform(Act.DECLINE_PRESERVATION_EXTENSION, actor, Map.of("reasons", required("reasons", reasons)));
	}

	/** Whether the requesting State asked for a further period of preservation and the requested State has not answered yet. */
	public boolean extensionRequestPending() {
		return pendingExtension() != null;
	}

	/** The days of the further period of preservation asked for and not answered yet, if any. */
	public java.util.OptionalInt pendingExtensionDays() {
		CaseEvent pending = pendingExtension();
		String days = pending == null ? null : pending.details().get("days");
		return days == null || !days.matches("[1-9][0-9]{0,4}") ? java.util.OptionalInt.empty()
				: java.util.OptionalInt.of(Integer.parseInt(days));
	}

	/** The request for a further period still awaiting an answer, or null. */
	private CaseEvent pendingExtension() {
		for (int index = events.size() - 1; index >= 0; index--) {
			CaseEvent event = events.get(index);
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
			throw new InvalidTransition(status, answer, "There is no request for a further period of preservation to answer.");
		}
	}

	/** The requesting State asks where its request stands; the requested State must answer. */
	public void requestStatus(Actor actor) {
		perform(Act.REQUEST_STATUS, actor, Map.of());
		statusRequestPending = true;
	}

	/** The requested State answers the pending status request. */
	public void answerStatus(Actor actor, String answer) {
		checkAllowed(Act.ANSWER_STATUS, actor);
		if (!statusRequestPending) {
			throw new InvalidTransition(status, Act.ANSWER_STATUS, "There is no status request to answer in this case.");
		}
		perform(Act.ANSWER_STATUS, actor, Map.of("answer", required("answer", answer)));
		statusRequestPending = false;
	}

	/** The requested State informs that it cannot keep the request confidential (art. 40). */
	public void notifyConfidentialityNotKept(Actor actor, String explanation) {
		perform(Act.NOTIFY_CONFIDENTIALITY_NOT_KEPT, actor, Map.of("explanation", required("explanation", explanation)));
	}

	// Part 2 (#10): the acts of extradition, transfers, spontaneous information, joint investigations and asset recovery.

	/**
	 * Extradition refused solely because the person sought is a national of the requested State: the requesting
	 * State asks that State to submit the case to its own prosecutors, in the linked transfer of proceedings
	 * {@code proceedingsTransfer} (art. 37, "extradite or prosecute").
	 */
	public void requestProsecutionInstead(Actor actor, CaseId proceedingsTransfer) {
		checkAllowed(Act.REQUEST_PROSECUTION_INSTEAD, actor);
		if (!refusalGrounds().equals(Set.of(RefusalGround.NATIONAL_OF_REQUESTED_STATE))) {
			throw new ActBarred(status, Act.REQUEST_PROSECUTION_INSTEAD, "not-solely-nationality",
					"Prosecution instead of extradition can be asked only after a refusal solely because the person is a national"
							+ " of the requested State (art. 37); this refusal rests on " + refusalGrounds() + ".");
		}
		if (happened(Act.REQUEST_PROSECUTION_INSTEAD)) {
			throw new ActBarred(status, Act.REQUEST_PROSECUTION_INSTEAD, "already-requested",
					"Prosecution instead of extradition was already asked for in this case.");
		}
		perform(Act.REQUEST_PROSECUTION_INSTEAD, actor, Map.of("proceedingsTransfer", proceedingsTransfer.toString()));
	}

	/**
	 * Extradition: the requested State offers to surrender its national on condition that the person is returned to
	 * it to serve the sentence imposed; {@code further} adds terms. Recorded as conditions the requesting State must
	 * accept to be bound (art. 37).
	 */
	public void offerConditionalSurrender(Actor actor, String further) {
		List<String> conditions = new ArrayList<>();
		conditions.add("The person sought, a national of " + requested.state().value()
				+ ", is surrendered on condition of being returned to " + requested.state().value()
				+ " to serve the sentence imposed (art. 37).");
		if (further != null && !further.isBlank()) {
			conditions.add(further.strip());
		}
		Map<String, String> details = conditionDetails(conditions);
		details.put("conditionalSurrender", "true");
		perform(Act.OFFER_CONDITIONAL_SURRENDER, actor, details);
		offeredConditions = List.copyOf(conditions);
	}

	/** Transfers: the requesting State hands over the file of the sentence or the proceedings, described (arts. 38 and 39). */
	public void handOverFile(Actor actor, String file) {
		perform(Act.HAND_OVER_FILE, actor, Map.of("file", required("file", file)));
	}

	/**
	 * Joint investigation: the requested State agrees on terms: the duration in days, the participants, and the
	 * State where the team works, whose sovereignty is fully respected (art. 48).
	 */
	public void agreeJointInvestigation(Actor actor, Integer durationDays, String participants, String workState) {
		if (durationDays == null || durationDays < 1) {
			throw new InvalidValue("days", "The agreement states the duration of the joint investigation: at least one day.");
		}
		String where = required("workState", workState);
		perform(Act.AGREE_JOINT_INVESTIGATION, actor, Map.of("durationDays", durationDays.toString(), "participants",
				required("participants", participants), "workState", where, "sovereignty",
				"The team works in " + where + " under the law of that State, whose sovereignty is fully respected (art. 48)."));
	}

	/** Spontaneous information: the receiver notifies the sender that it intends to disclose exculpatory information (art. 40). */
	public void notifyExculpatoryDisclosure(Actor actor, String information) {
		perform(Act.NOTIFY_EXCULPATORY_DISCLOSURE, actor, Map.of("information", required("information", information)));
	}

	/** Spontaneous information: the receiver discloses exculpatory information, which it may do only after notifying the sender (art. 40). */
	public void discloseExculpatory(Actor actor, String information) {
		checkAllowed(Act.DISCLOSE_EXCULPATORY, actor);
		if (!happened(Act.NOTIFY_EXCULPATORY_DISCLOSURE)) {
			throw new ActBarred(status, Act.DISCLOSE_EXCULPATORY, "notify-first",
					"Exculpatory information received in confidence is disclosed only after the sender was notified (art. 40):"
							+ " notify the sender first.");
		}
		perform(Act.DISCLOSE_EXCULPATORY, actor, Map.of("information", required("information", information)));
	}

	/** Spontaneous information: the sender authorizes the receiver to forward it to {@code thirdState} (arts. 36 and 40). */
	public void authorizeForwarding(Actor actor, CountryCode thirdState) {
		checkThirdState(thirdState);
		perform(Act.AUTHORIZE_FORWARDING, actor, Map.of("thirdState", thirdState.value()));
	}

	/**
	 * Spontaneous information: the receiver forwards it to {@code thirdState}. Barred while the sender limited its
	 * use or asked for confidentiality, unless the sender authorized forwarding to that State (arts. 36 and 40).
	 */
	public void forwardToThirdState(Actor actor, CountryCode thirdState, String purpose) {
		checkAllowed(Act.FORWARD_TO_THIRD_STATE, actor);
		checkThirdState(thirdState);
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
		boolean authorized = events.stream().anyMatch(event -> event.act() == Act.AUTHORIZE_FORWARDING
				&& thirdState.value().equals(event.details().get("thirdState")));
		if (!limits.isEmpty() && !authorized) {
			throw new ActBarred(status, Act.FORWARD_TO_THIRD_STATE, "use-limit", "The information cannot be forwarded to "
					+ thirdState.value() + ": " + String.join("; ", limits) + ". It binds the receiver; only the sender's prior"
					+ " authorization for that State lifts the limit (arts. 36 and 40).");
		}
		perform(Act.FORWARD_TO_THIRD_STATE, actor, Map.of("thirdState", thirdState.value(), "purpose", required("purpose", purpose)));
	}

	/** Provisional measures: the requested State invites the requesting State to give reasons for keeping the measure (art. 50). */
	public void inviteReasonsToMaintain(Actor actor, String invitation) {
		perform(Act.INVITE_REASONS_TO_MAINTAIN, actor, Map.of("invitation", required("invitation", invitation)));
	}

	/** Provisional measures: the requesting State presents its reasons for keeping the measure (art. 50). */
	public void presentReasonsToMaintain(Actor actor, String reasons) {
		perform(Act.PRESENT_REASONS_TO_MAINTAIN, actor, Map.of("reasons", required("reasons", reasons)));
	}

	/**
	 * Provisional measures: the requested State lifts the measure, on insufficient evidence, de minimis value or
	 * other reasons, and only after it gave the requesting State the chance to argue for keeping it (art. 50).
	 */
	public void liftMeasure(Actor actor, Set<RefusalGround> grounds, String reasons) {
		checkAllowed(Act.LIFT_MEASURE, actor);
		if (!happened(Act.INVITE_REASONS_TO_MAINTAIN)) {
			throw new ActBarred(status, Act.LIFT_MEASURE, "argue-first",
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
		perform(Act.LIFT_MEASURE, actor, details);
	}

	/**
	 * Confiscation and return: the requested State decides to return the property to the requesting State or to
	 * dispose of it (art. 52). For a return it states the value, the reasonable expenses it deducts and any share
	 * kept under a sharing arrangement; the amount returned is the value less both, stated in the decision.
	 *
	 * @param expensesDeductible whether this node's rules let the requested State deduct expenses ({@link CooperationRules})
	 */
	public void decideReturn(Actor actor, String decision, Amount value, Amount expenses, Amount shared, String sharing,
			String reasons, boolean expensesDeductible) {
		checkAllowed(Act.DECIDE_RETURN, actor);
		Map<String, String> details = new TreeMap<>();
		String kind = decision == null ? "RETURN" : decision.strip().toUpperCase(java.util.Locale.ROOT);
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
			Amount deducted = expenses == null ? new Amount(java.math.BigDecimal.ZERO, value.unit()) : expenses;
			if (!expensesDeductible && deducted.value().signum() > 0) {
				throw new InvalidValue("expenses", "This node's rules do not let the requested State deduct expenses from a return (art. 52).");
			}
			Amount kept = shared == null ? new Amount(java.math.BigDecimal.ZERO, value.unit()) : shared;
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
		perform(Act.DECIDE_RETURN, actor, details);
	}

	/** The grounds of the latest refusal in this case, empty when it was not refused. */
	public Set<RefusalGround> refusalGrounds() {
		for (int index = events.size() - 1; index >= 0; index--) {
			CaseEvent event = events.get(index);
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
	public Set<RefusalGround> refusableGrounds() {
		Set<RefusalGround> grounds = java.util.EnumSet.noneOf(RefusalGround.class);
		grounds.addAll(type.refusalGrounds());
		if (status != CaseStatus.CONSULTATION) {
			grounds.removeAll(type.groundsNeedingConsultation());
		}
		return grounds;
	}

	/** A refusal on the closed list of art. 40 of a mutual legal assistance request comes only from a consultation. */
	private void checkConsulted(Set<RefusalGround> grounds) {
		if (status == CaseStatus.CONSULTATION) {
			return;
		}
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
		Set<RefusalGround> grounds = java.util.EnumSet.noneOf(RefusalGround.class);
		for (String ground : event.details().getOrDefault("grounds", "").split(",")) {
			if (!ground.isBlank()) {
				grounds.add(RefusalGround.of(ground));
			}
		}
		return grounds;
	}

	/** Whether the act was performed in this case before. */
	public boolean happened(Act act) {
		return events.stream().anyMatch(event -> event.act() == act);
	}

	private void checkThirdState(CountryCode thirdState) {
		if (thirdState == null) {
			throw new InvalidValue("thirdState", "Name the third State.");
		}
		if (thirdState.equals(requesting.state()) || thirdState.equals(requested.state())) {
			throw new InvalidValue("thirdState", "A third State is neither of the two States of the case.");
		}
	}

	public CaseId id() {
		return id;
	}

	public CaseType type() {
		return type;
	}

	public Party requesting() {
		return requesting;
	}

	public Party requested() {
		return requested;
	}

	public CaseStatus status() {
		return status;
	}

	/** What the request says. */
	public RequestContents contents() {
		return contents;
	}

	/** The SHA-256 of the request's canonical contents, recorded when the request is approved and sent. */
	public String contentsHash() {
		StringBuilder text = new StringBuilder();
		contents.canonical().forEach((name, value) -> text.append(name).append('=').append(value.length()).append(':')
			.append(value).append('\n'));
		return Hashes.sha256(text.toString());
	}

	/** The conditions offered by the requested State and not yet accepted. */
	public List<String> offeredConditions() {
		return offeredConditions;
	}

	/** The events recorded since the case was created or restored, which storage has still to write. */
	public List<CaseEvent> unsavedEvents() {
		return List.copyOf(events.subList(persisted, events.size()));
	}

	/** Storage wrote every event so far. */
	public void markSaved() {
		persisted = events.size();
	}

	/** The user id of the person who drafted the request. */
	public String drafter() {
		return drafter;
	}

	/** Whether the requesting State asked for the status and the requested State has not answered yet. */
	public boolean statusRequestPending() {
		return statusRequestPending;
	}

	/** The conditions the requesting State accepted and is bound by. */
	public List<String> bindingConditions() {
		return bindingConditions;
	}

	/** The acts performed so far, in order, as the case's hash chain. */
	public List<CaseEvent> events() {
		return List.copyOf(events);
	}

	/**
	 * The acts {@code actor} may perform now: those of their side that the type allows in this state, leaving out
	 * those reserved to a supervisor when they are not one, the approval of their own draft, answering a status
	 * request nobody made, a refusal when no ground is open without a consultation, and asking for a further period
	 * of preservation while one awaits an answer, or answering one nobody asked for.
	 */
	public List<Act> allowedActs(Actor actor) {
		Side side = sideOf(actor);
		if (side == null) {
			return List.of();
		}
		return java.util.Arrays.stream(Act.values())
			.filter(act -> act != Act.DRAFT && act.side() == side && type.allows(act, status))
			.filter(act -> actor.supervisor() || !SUPERVISOR_ACTS.contains(act))
			.filter(act -> act != Act.APPROVE || !actor.user().equals(drafter))
			.filter(act -> act != Act.ANSWER_STATUS || statusRequestPending)
			.filter(act -> act != Act.REFUSE || !refusableGrounds().isEmpty())
			.filter(act -> act != Act.EXTEND_PRESERVATION || !extensionRequestPending())
			.filter(act -> act != Act.GRANT_PRESERVATION_EXTENSION && act != Act.DECLINE_PRESERVATION_EXTENSION
					|| extensionRequestPending())
			.toList();
	}

	/** Whether the act is allowed now by the case's type and state, whoever performs it. */
	public boolean allows(Act act) {
		return type.allows(act, status);
	}

	/**
	 * The side of the case that {@code actor} acts for, if either: the side whose authority they belong to, or,
	 * for a supervisor, the side of their State (a supervisor oversees all their State's authorities).
	 */
	public Side sideOf(Actor actor) {
		if (actor.authority().equals(requesting.authority())) {
			return Side.REQUESTING;
		}
		if (actor.authority().equals(requested.authority())) {
			return Side.REQUESTED;
		}
		if (actor.supervisor() && actor.state().equals(requesting.state())) {
			return Side.REQUESTING;
		}
		if (actor.supervisor() && actor.state().equals(requested.state())) {
			return Side.REQUESTED;
		}
		return null;
	}

	private void perform(Act act, Actor actor, Map<String, String> details) {
		checkAllowed(act, actor);
		status = act.next(status);
		record(act, actor, details);
	}

	private void checkAllowed(Act act, Actor actor) {
		if (!type.allows(act, status)) {
			throw new InvalidTransition(status, act);
		}
		checkSide(act, actor);
	}

	private void checkSide(Act act, Actor actor) {
		if (actor == null) {
			throw new InvalidValue("actor", "Every act needs the person performing it.");
		}
		if (sideOf(actor) != act.side()) {
			throw new ActOfOtherSide(act, act.side());
		}
	}

	/** Acts a supervisor of the State may perform for any of its authorities. */
	private static boolean isSupervisorAct(Act act) {
		return SUPERVISOR_ACTS.contains(act);
	}

	private static void checkSupervisor(Actor actor) {
		if (!actor.supervisor()) {
			throw new ApprovalRefused("Only a supervisor may approve requests, refusals and postponements.");
		}
	}

	private void record(Act act, Actor actor, Map<String, String> details) {
		String previousHash = events.isEmpty() ? CaseEvent.GENESIS : events.getLast().hash();
		SortedMap<String, String> sorted = new TreeMap<>(details);
		events.add(new CaseEvent(UUID.randomUUID(), id, events.size() + 1L, type, act, status, actor.authority(),
				actor.user(), clock.instant().truncatedTo(ChronoUnit.MICROS), sorted, previousHash));
	}

	private static Map<String, String> conditionDetails(List<String> conditions) {
		Map<String, String> details = new TreeMap<>();
		for (int index = 0; index < conditions.size(); index++) {
			details.put("condition." + (index + 1), conditions.get(index));
		}
		return details;
	}

	private static String required(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidValue(field, "Write the " + field + ": it is required for this act.");
		}
		return text.strip();
	}
}
