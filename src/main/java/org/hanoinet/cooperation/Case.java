package org.hanoinet.cooperation;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.hanoinet.shared.InvalidValue;

/**
 * A cooperation case: one request from a requesting State to a requested State under Chapter V, and every
 * legal act that follows it, kept as a hash-chained log of {@link CaseEvent}s. Each act is one method, owned
 * by one side; an act the case's type does not allow in its current state is an {@link InvalidTransition}.
 * <p>
 * This class holds the chain, the two {@link Sides} and the lifecycle every type shares: drafting, the four-eyes
 * approval, delivery, review, acceptance, execution, closing and withdrawal. The acts and rules of a family of
 * request types live in one package-private class per family, which the case delegates to and which a reader
 * of an article opens alone: {@link DataRequests} (arts. 41 to 43), {@link MutualLegalAssistance} (art. 40,
 * which the other types borrow), {@link ExtraditionAndTransfers} (arts. 37 to 39), {@link SpontaneousInformation}
 * (arts. 36, 40(4)-(5), 47 and 51), {@link JointInvestigations} (art. 48) and {@link AssetRecovery} (arts. 50
 * and 52). They are parts of every case rather than subclasses of it, because a type is data ({@link CaseType})
 * and one case uses more than one family: every type refuses and accepts conditions under art. 40, and an offer
 * of conditional surrender (art. 37) is such an offer. They perform their acts through the case's {@code perform}
 * and tell it, through {@link RequestFamily}, what their rules say of a received event and of the acts offered.
 */
public final class Case {

	private final CaseId id;

	private final CaseType type;

	private final Sides sides;

	private final Clock clock;

	private final List<CaseEvent> events = new ArrayList<>();

	private final DataRequests dataRequests = new DataRequests(this);

	private final MutualLegalAssistance assistance = new MutualLegalAssistance(this);

	private final ExtraditionAndTransfers extraditionAndTransfers = new ExtraditionAndTransfers(this);

	private final SpontaneousInformation spontaneousInformation = new SpontaneousInformation(this);

	private final JointInvestigations jointInvestigations = new JointInvestigations(this);

	private final AssetRecovery assetRecovery = new AssetRecovery(this);

	private final List<RequestFamily> families = List.of(dataRequests, assistance, extraditionAndTransfers,
			spontaneousInformation, jointInvestigations, assetRecovery);

	private CaseStatus status;

	private int persisted;

	private String drafter;

	private RequestContents contents;

	private Case(CaseId id, CaseType type, Party requesting, Party requested, Clock clock) {
		if (type == null) {
			throw new InvalidValue("type", "A case needs a type of request.");
		}
		this.sides = new Sides(requesting, requested);
		this.id = id;
		this.type = type;
		this.clock = clock;
	}

	/** The requesting authority starts a draft request; {@code drafter} belongs to the requesting authority. */
	public static Case draft(CaseId id, CaseType type, Party requesting, Party requested, RequestContents contents,
			Actor drafter, Clock clock) {
		Case draft = new Case(id, type, requesting, requested, clock);
		draft.status = CaseStatus.DRAFT;
		draft.contents = contents == null ? new RequestContents(null, null, null, null, null, null, null) : contents;
		draft.sides.check(Act.DRAFT, drafter);
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
		stored.assistance.restore(statusRequestPending, offeredConditions, bindingConditions);
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
	 * current state and by the rules of its family, and lead to the state it says. The event is kept exactly as
	 * received, so both nodes hold the same chain.
	 */
	public void receive(CaseEvent event) {
		EventChain.checkNext(events, event, id, type);
		sides.checkReported(event);
		if (event.act() != Act.DRAFT && !type.allows(event.act(), status)) {
			throw new InvalidTransition(status, event.act());
		}
		families.forEach(family -> family.checkReceived(event));
		CaseStatus after = event.act() == Act.DRAFT ? CaseStatus.DRAFT : event.act().next(status);
		if (after != event.status()) {
			throw new ChainMismatch("Event " + event.sequence() + " says the case became " + event.status() + " but "
					+ event.act() + " from " + status + " leads to " + after + ".", false);
		}
		if (event.act() == Act.DRAFT) {
			drafter = event.actorUser();
		}
		families.forEach(family -> family.applyReceived(event));
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
		Sides.checkSupervisor(supervisor);
		perform(Act.RETURN_FOR_CHANGES, supervisor, Map.of("reasons", required("reasons", reasons)));
	}

	/** A supervisor other than the drafter approves the request, which is thereby sent (four-eyes). */
	public void approve(Actor supervisor) {
		checkAllowed(Act.APPROVE, supervisor);
		Sides.checkSupervisor(supervisor);
		if (supervisor.user().equals(drafter)) {
			throw new ApprovalRefused("The drafter of a request cannot approve it: another supervisor must (four-eyes).");
		}
		Map<String, String> details = new TreeMap<>();
		details.put("urgency", contents.urgency().name());
		details.put("requestingState", sides.requesting().state().value());
		details.put("requestedState", sides.requested().state().value());
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

	/** The requested State agrees to assist. */
	public void accept(Actor actor) {
		perform(Act.ACCEPT, actor, Map.of());
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

	/** The acts of preservation and the other 24/7 requests for data (arts. 41 to 43). */
	DataRequests dataRequests() {
		return dataRequests;
	}

	/** The acts of art. 40: consultation, postponement, refusal, conditions and the notices. */
	MutualLegalAssistance assistance() {
		return assistance;
	}

	/** The acts of extradition and of the transfers of sentenced persons and proceedings (arts. 37 to 39). */
	ExtraditionAndTransfers extraditionAndTransfers() {
		return extraditionAndTransfers;
	}

	/** The acts on information sent without a prior request (arts. 36, 40(4)-(5) and 51). */
	SpontaneousInformation spontaneousInformation() {
		return spontaneousInformation;
	}

	/** The acts of a joint investigation (art. 48). */
	JointInvestigations jointInvestigations() {
		return jointInvestigations;
	}

	/** The acts of confiscation, provisional measures and the return of property (arts. 50 and 52). */
	AssetRecovery assetRecovery() {
		return assetRecovery;
	}

	/**
	 * The grounds the requested State may refuse on now: those of the type, less the closed list of art. 40 while it
	 * has not opened a consultation on a mutual legal assistance request.
	 */
	public Set<RefusalGround> refusableGrounds() {
		return assistance.refusableGrounds();
	}

	/** Whether a refusal on {@code grounds} must say if assistance involving no coercive action can still be given. */
	public boolean asksAboutNonCoerciveAssistance(Set<RefusalGround> grounds) {
		return assistance.asksAboutNonCoerciveAssistance(grounds);
	}

	/** The same, with the grounds the requested State's reservations add ({@link CaseType#groundsByReservation()}). */
	public Set<RefusalGround> refusableGrounds(Set<RefusalGround> reserved) {
		Set<RefusalGround> grounds = java.util.EnumSet.noneOf(RefusalGround.class);
		grounds.addAll(assistance.refusableGrounds());
		reserved.stream().filter(type.groundsByReservation()::contains).forEach(grounds::add);
		return grounds;
	}

	/** The days of the further period of preservation asked for and not answered yet, if any (art. 42). */
	public OptionalInt pendingExtensionDays() {
		return dataRequests.pendingExtensionDays();
	}

	/** Whether the act was performed in this case before. */
	public boolean happened(Act act) {
		return events.stream().anyMatch(event -> event.act() == act);
	}

	public CaseId id() {
		return id;
	}

	public CaseType type() {
		return type;
	}

	public Party requesting() {
		return sides.requesting();
	}

	public Party requested() {
		return sides.requested();
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
		return assistance.offeredConditions();
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
		return assistance.statusRequestPending();
	}

	/** The conditions the requesting State accepted and is bound by. */
	public List<String> bindingConditions() {
		return assistance.bindingConditions();
	}

	/** The acts performed so far, in order, as the case's hash chain. */
	public List<CaseEvent> events() {
		return List.copyOf(events);
	}

	/** The chain as it grows, for the families to read without copying it. */
	List<CaseEvent> chain() {
		return Collections.unmodifiableList(events);
	}

	/**
	 * The acts {@code actor} may perform now: those of their side that the type allows in this state, leaving out
	 * those reserved to a supervisor when they are not one, the approval of their own draft, and those the rules of
	 * their family close now ({@link RequestFamily#offers}), such as answering a status request nobody made.
	 */
	public List<Act> allowedActs(Actor actor) {
		Side side = sideOf(actor);
		if (side == null) {
			return List.of();
		}
		return java.util.Arrays.stream(Act.values())
			.filter(act -> act != Act.DRAFT && act.side() == side && type.allows(act, status))
			.filter(act -> Sides.mayPerform(actor, act))
			.filter(act -> act != Act.APPROVE || !actor.user().equals(drafter))
			.filter(act -> families.stream().allMatch(family -> family.offers(act)))
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
		return sides.of(actor);
	}

	/** Checks that the act is allowed and by this actor's side, moves the case to the act's state and records it. */
	void perform(Act act, Actor actor, Map<String, String> details) {
		checkAllowed(act, actor);
		status = act.next(status);
		record(act, actor, details);
	}

	/** Throws unless the type allows the act in this state and {@code actor} acts for the side that owns it. */
	void checkAllowed(Act act, Actor actor) {
		if (!type.allows(act, status)) {
			throw new InvalidTransition(status, act);
		}
		sides.check(act, actor);
	}

	private void record(Act act, Actor actor, Map<String, String> details) {
		String previousHash = events.isEmpty() ? CaseEvent.GENESIS : events.getLast().hash();
		SortedMap<String, String> sorted = new TreeMap<>(details);
		events.add(new CaseEvent(UUID.randomUUID(), id, events.size() + 1L, type, act, status, actor.authority(),
				actor.user(), clock.instant().truncatedTo(ChronoUnit.MICROS), sorted, previousHash));
	}

	/** The text written for {@code field}, stripped; blank is an {@link InvalidValue}, since the act needs it. */
	static String required(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidValue(field, "Write the " + field + ": it is required for this act.");
		}
		return text.strip();
	}
}
