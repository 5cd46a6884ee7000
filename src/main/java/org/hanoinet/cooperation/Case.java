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
		CaseStatus after = event.act() == Act.DRAFT ? CaseStatus.DRAFT : event.act().next(status);
		if (after != event.status()) {
			throw new ChainMismatch("Event " + event.sequence() + " says the case became " + event.status() + " but "
					+ event.act() + " from " + status + " leads to " + after + ".", false);
		}
		switch (event.act()) {
			case DRAFT -> drafter = event.actorUser();
			case REQUEST_STATUS -> statusRequestPending = true;
			case ANSWER_STATUS -> statusRequestPending = false;
			case ACCEPT_WITH_CONDITIONS -> offeredConditions = event.details().entrySet().stream()
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

	/** The requested State consults the requesting State, as it must before refusing or postponing (art. 40). */
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
	 * The requested State refuses after consultation, on grounds this type of request may be refused on and
	 * with written reasons (art. 40).
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

	/** Preservation: the requesting State asks that the data stay preserved for {@code days} more days. */
	public void extendPreservation(Actor actor, int days, String reason) {
		if (days < 1) {
			throw new InvalidValue("days", "An extension of preservation lasts at least one day.");
		}
		perform(Act.EXTEND_PRESERVATION, actor, Map.of("days", Integer.toString(days), "reason", required("reason", reason)));
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
	 * those reserved to a supervisor when they are not one, the approval of their own draft, and answering a
	 * status request nobody made.
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
