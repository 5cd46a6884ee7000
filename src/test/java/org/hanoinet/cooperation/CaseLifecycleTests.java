package org.hanoinet.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hanoinet.cooperation.CaseFixtures.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (type, state, act) combination: the allowed ones succeed and are recorded in the chain, the others are
 * refused with {@link InvalidTransition}; an allowed act performed by the other side is refused too. The
 * expectations come from the table below, written from DESIGN.md, not from the engine's own tables.
 */
class CaseLifecycleTests {

	/** from-state, act, to-state ("=" for a notice that keeps the state). */
	private static final String TRANSITIONS = """
			DRAFT SUBMIT_FOR_APPROVAL AWAITING_APPROVAL
			AWAITING_APPROVAL RETURN_FOR_CHANGES DRAFT
			AWAITING_APPROVAL APPROVE SENT
			SENT RECORD_DELIVERY DELIVERED
			DELIVERED ACKNOWLEDGE ACKNOWLEDGED
			ACKNOWLEDGED START_REVIEW UNDER_REVIEW
			UNDER_REVIEW REQUEST_INFORMATION INFORMATION_REQUESTED
			INFORMATION_REQUESTED PROVIDE_INFORMATION UNDER_REVIEW
			UNDER_REVIEW CONSULT CONSULTATION
			UNDER_REVIEW ACCEPT ACCEPTED
			CONSULTATION ACCEPT ACCEPTED
			UNDER_REVIEW ACCEPT_WITH_CONDITIONS ACCEPTED_WITH_CONDITIONS
			CONSULTATION ACCEPT_WITH_CONDITIONS ACCEPTED_WITH_CONDITIONS
			ACCEPTED_WITH_CONDITIONS ACCEPT_CONDITIONS ACCEPTED
			CONSULTATION POSTPONE POSTPONED
			POSTPONED RESUME UNDER_REVIEW
			UNDER_REVIEW REFUSE REFUSED
			CONSULTATION REFUSE REFUSED
			ACCEPTED START_EXECUTION EXECUTING
			EXECUTING REPORT_PARTIAL_EXECUTION PARTIALLY_EXECUTED
			EXECUTING EXECUTE EXECUTED
			PARTIALLY_EXECUTED EXECUTE EXECUTED
			REFUSED CLOSE CLOSED
			EXECUTED CLOSE CLOSED
			PARTIALLY_EXECUTED CLOSE CLOSED
			""";

	/** States from which the requesting authority may abandon its unsent request. */
	private static final Set<CaseStatus> WITHDRAWABLE = EnumSet.of(CaseStatus.DRAFT, CaseStatus.AWAITING_APPROVAL);

	/** States in which status requests, their answers and confidentiality notices are possible. */
	private static final Set<CaseStatus> SENT_AND_OPEN = EnumSet.complementOf(EnumSet.of(CaseStatus.DRAFT,
			CaseStatus.AWAITING_APPROVAL, CaseStatus.REFUSED, CaseStatus.EXECUTED, CaseStatus.CLOSED, CaseStatus.WITHDRAWN));

	private static final Set<Act> NOTICES = EnumSet.of(Act.REQUEST_STATUS, Act.ANSWER_STATUS,
			Act.NOTIFY_CONFIDENTIALITY_NOT_KEPT);

	/**
	 * Acts of the preservation type alone (art. 42), and the states they are possible in: asking for a further
	 * period and the requested State's grant or decline of it, which answer a pending request (see meetDutiesBefore).
	 */
	private static final Map<Act, Set<CaseStatus>> PRESERVATION_ONLY = Map.of(Act.EXTEND_PRESERVATION,
			EnumSet.of(CaseStatus.EXECUTED), Act.GRANT_PRESERVATION_EXTENSION, EnumSet.of(CaseStatus.EXECUTED),
			Act.DECLINE_PRESERVATION_EXTENSION, EnumSet.of(CaseStatus.EXECUTED), Act.WARN_PRESERVATION_AT_RISK,
			union(SENT_AND_OPEN, CaseStatus.EXECUTED));

	/**
	 * States each type never reaches (art. 42: preservation is not postponed; emergencies are never postponed;
	 * part 2: a provisional arrest is neither postponed nor partly executed, a person or proceedings are transferred
	 * whole, police inquiries are not postponed, a spontaneous notice is one way and never reviewed, and a joint
	 * investigation is agreed on its terms rather than accepted on conditions).
	 */
	private static final Map<CaseType, Set<CaseStatus>> EXCLUDED = new EnumMap<>(Map.ofEntries(
			Map.entry(CaseType.PRESERVATION, EnumSet.of(CaseStatus.POSTPONED, CaseStatus.PARTIALLY_EXECUTED)),
			Map.entry(CaseType.TRAFFIC_DATA_DISCLOSURE, EnumSet.of(CaseStatus.POSTPONED)),
			Map.entry(CaseType.EMERGENCY_DISCLOSURE, EnumSet.of(CaseStatus.POSTPONED)),
			Map.entry(CaseType.PROVISIONAL_ARREST, EnumSet.of(CaseStatus.POSTPONED, CaseStatus.PARTIALLY_EXECUTED)),
			Map.entry(CaseType.SENTENCED_PERSON_TRANSFER, EnumSet.of(CaseStatus.PARTIALLY_EXECUTED)),
			Map.entry(CaseType.PROCEEDINGS_TRANSFER, EnumSet.of(CaseStatus.PARTIALLY_EXECUTED)),
			Map.entry(CaseType.LAW_ENFORCEMENT_INFORMATION, EnumSet.of(CaseStatus.POSTPONED)),
			Map.entry(CaseType.SPONTANEOUS_INFORMATION, EnumSet.complementOf(EnumSet.of(CaseStatus.DRAFT,
					CaseStatus.AWAITING_APPROVAL, CaseStatus.SENT, CaseStatus.DELIVERED, CaseStatus.ACKNOWLEDGED,
					CaseStatus.WITHDRAWN))),
			Map.entry(CaseType.JOINT_INVESTIGATION, EnumSet.of(CaseStatus.ACCEPTED_WITH_CONDITIONS))));

	/** Part 2 (#10): the acts of one or a few types, the states they start from and where they lead ("=" keeps the state). */
	private static final String PART_TWO_ACTS = """
			EXTRADITION REQUEST_PROSECUTION_INSTEAD REFUSED =
			EXTRADITION OFFER_CONDITIONAL_SURRENDER UNDER_REVIEW,CONSULTATION ACCEPTED_WITH_CONDITIONS
			SENTENCED_PERSON_TRANSFER,PROCEEDINGS_TRANSFER HAND_OVER_FILE ACCEPTED,EXECUTING =
			JOINT_INVESTIGATION AGREE_JOINT_INVESTIGATION UNDER_REVIEW,CONSULTATION ACCEPTED
			SPONTANEOUS_INFORMATION NOTIFY_EXCULPATORY_DISCLOSURE DELIVERED,ACKNOWLEDGED =
			SPONTANEOUS_INFORMATION DISCLOSE_EXCULPATORY DELIVERED,ACKNOWLEDGED =
			SPONTANEOUS_INFORMATION AUTHORIZE_FORWARDING SENT,DELIVERED,ACKNOWLEDGED =
			SPONTANEOUS_INFORMATION FORWARD_TO_THIRD_STATE DELIVERED,ACKNOWLEDGED =
			PROVISIONAL_MEASURES INVITE_REASONS_TO_MAINTAIN EXECUTING,PARTIALLY_EXECUTED,EXECUTED =
			PROVISIONAL_MEASURES PRESENT_REASONS_TO_MAINTAIN EXECUTING,PARTIALLY_EXECUTED,EXECUTED =
			PROVISIONAL_MEASURES LIFT_MEASURE EXECUTING,PARTIALLY_EXECUTED,EXECUTED =
			CONFISCATION,ASSET_RETURN DECIDE_RETURN EXECUTING =
			""";

	/** Generic acts a type replaces by its own: a joint investigation is agreed on terms, not simply accepted (art. 48). */
	private static final Map<CaseType, Set<Act>> WITHHELD = Map.of(CaseType.JOINT_INVESTIGATION,
			EnumSet.of(Act.ACCEPT, Act.ACCEPT_WITH_CONDITIONS));

	private static final Map<Act, PartTwoAct> PART_TWO = partTwo();

	private static final Map<CaseStatus, Map<Act, CaseStatus>> TABLE = table();

	static Stream<Arguments> everyTypeStateAndAct() {
		List<Arguments> combinations = new ArrayList<>();
		for (CaseType type : CaseType.values()) {
			for (CaseStatus state : states(type)) {
				for (Act act : Act.values()) {
					if (act != Act.DRAFT) {
						combinations.add(Arguments.of(type, state, act));
					}
				}
			}
		}
		return combinations.stream();
	}

	@ParameterizedTest(name = "{0} in {1}: {2}")
	@MethodSource("everyTypeStateAndAct")
	void performsExactlyTheActsTheTypeAllowsInEachState(CaseType type, CaseStatus state, Act act) {
		Case request = reach(type, state);
		CaseStatus expected = expectedResult(type, state, act);
		if (act == Act.ANSWER_STATUS && expected != null) {
			request.assistance().requestStatus(DRAFTER);
		}
		if (expected != null) {
			meetDutiesBefore(request, act);
		}
		int eventsBefore = request.events().size();
		if (expected == null) {
			assertThatThrownBy(() -> perform(request, act, false)).isInstanceOf(InvalidTransition.class)
				.satisfies(refused -> {
					assertThat(((InvalidTransition) refused).from()).isEqualTo(state);
					assertThat(((InvalidTransition) refused).act()).isEqualTo(act);
				});
			assertThat(request.status()).isEqualTo(state);
			assertThat(request.events()).hasSize(eventsBefore);
			return;
		}
		assertThatThrownBy(() -> perform(request, act, true)).isInstanceOf(ActOfOtherSide.class);
		assertThat(request.events()).hasSize(eventsBefore);

		perform(request, act, false);

		assertThat(request.status()).isEqualTo(expected);
		assertThat(request.events()).hasSize(eventsBefore + 1);
		assertThat(request.events().getLast().act()).isEqualTo(act);
		assertThat(request.events().getLast().status()).isEqualTo(expected);
		assertThat(EventChain.isIntact(request.events())).isTrue();
	}

	private static Set<CaseStatus> states(CaseType type) {
		Set<CaseStatus> states = EnumSet.allOf(CaseStatus.class);
		states.removeAll(EXCLUDED.getOrDefault(type, Set.of()));
		return states;
	}

	private static CaseStatus expectedResult(CaseType type, CaseStatus state, Act act) {
		if (act == Act.WITHDRAW) {
			return WITHDRAWABLE.contains(state) ? CaseStatus.WITHDRAWN : null;
		}
		if (act == Act.NOTIFY_NO_LONGER_NEEDED) {
			return SENT_AND_OPEN.contains(state) ? CaseStatus.WITHDRAWN : null;
		}
		if (act == Act.EDIT_DRAFT) {
			return state == CaseStatus.DRAFT ? state : null;
		}
		if (PRESERVATION_ONLY.containsKey(act)) {
			return type == CaseType.PRESERVATION && PRESERVATION_ONLY.get(act).contains(state) ? state : null;
		}
		if (PART_TWO.containsKey(act)) {
			PartTwoAct specific = PART_TWO.get(act);
			return specific.types().contains(type) && specific.from().contains(state) ? (specific.to() == null ? state : specific.to())
					: null;
		}
		if (NOTICES.contains(act)) {
			return SENT_AND_OPEN.contains(state) ? state : null;
		}
		if (WITHHELD.getOrDefault(type, Set.of()).contains(act)) {
			return null;
		}
		CaseStatus to = TABLE.getOrDefault(state, Map.of()).get(act);
		return to != null && states(type).contains(to) ? to : null;
	}

	/** Brings a new case of the type to the state by the shortest path through the table. */
	private static Case reach(CaseType type, CaseStatus target) {
		Map<CaseStatus, List<Act>> paths = new HashMap<>();
		paths.put(CaseStatus.DRAFT, List.of());
		Deque<CaseStatus> queue = new ArrayDeque<>(List.of(CaseStatus.DRAFT));
		while (!queue.isEmpty()) {
			CaseStatus from = queue.poll();
			Map<Act, CaseStatus> moves = new EnumMap<>(Act.class);
			moves.putAll(TABLE.getOrDefault(from, Map.of()));
			if (WITHDRAWABLE.contains(from)) {
				moves.put(Act.WITHDRAW, CaseStatus.WITHDRAWN);
			}
			moves.keySet().removeAll(WITHHELD.getOrDefault(type, Set.of()));
			PART_TWO.forEach((act, specific) -> {
				if (specific.to() != null && specific.types().contains(type) && specific.from().contains(from)) {
					moves.put(act, specific.to());
				}
			});
			moves.forEach((act, to) -> {
				if (states(type).contains(to) && !paths.containsKey(to)) {
					List<Act> path = new ArrayList<>(paths.get(from));
					path.add(act);
					paths.put(to, path);
					queue.add(to);
				}
			});
		}
		assertThat(paths).as("%s can reach %s", type, target).containsKey(target);
		Case request = draft(type);
		paths.get(target).forEach(act -> perform(request, act, false));
		assertThat(request.status()).isEqualTo(target);
		return request;
	}

	/** Performs the act through its method, by the side that owns it or, with {@code wrongSide}, by the other. */
	private static void perform(Case request, Act act, boolean wrongSide) {
		Actor requesting = wrongSide ? REQUESTED_OFFICER : DRAFTER;
		Actor requestingSupervisor = wrongSide ? REQUESTED_SUPERVISOR : REQUESTING_SUPERVISOR;
		Actor requested = wrongSide ? DRAFTER : REQUESTED_OFFICER;
		Actor requestedSupervisor = wrongSide ? REQUESTING_SUPERVISOR : REQUESTED_SUPERVISOR;
		switch (act) {
			case DRAFT -> throw new IllegalArgumentException("Drafting creates a case.");
			case SUBMIT_FOR_APPROVAL -> request.submitForApproval(requesting);
			case RETURN_FOR_CHANGES -> request.returnForChanges(requestingSupervisor, "Add the custodian.");
			case APPROVE -> request.approve(requestingSupervisor);
			case RECORD_DELIVERY -> request.recordDelivery(requested);
			case ACKNOWLEDGE -> request.acknowledge(requested);
			case START_REVIEW -> request.startReview(requested);
			case REQUEST_INFORMATION -> request.requestInformation(requested, "Which accounts?");
			case PROVIDE_INFORMATION -> request.provideInformation(requesting, "The two accounts named in annex 1.");
			case CONSULT -> request.assistance().consult(requested, "Can the data be given on conditions?");
			case ACCEPT -> request.accept(requested);
			case ACCEPT_WITH_CONDITIONS -> request.assistance().acceptWithConditions(requested, List.of("Use only in this investigation."));
			case ACCEPT_CONDITIONS -> request.assistance().acceptConditions(requesting);
			case POSTPONE -> request.assistance().postpone(requestedSupervisor, "It would interfere with our own investigation.");
			case RESUME -> request.assistance().resume(requested);
			case REFUSE -> request.assistance().refuse(requestedSupervisor, Set.of(refusalGround(request)),
					"Execution would prejudice national security.");
			case START_EXECUTION -> request.startExecution(requested);
			case REPORT_PARTIAL_EXECUTION -> request.reportPartialExecution(requested, "One of two accounts found.");
			case EXECUTE -> request.execute(requested);
			case CLOSE -> request.close(requesting);
			case EDIT_DRAFT -> request.edit(requesting, CaseFixtures.complete(request.type()));
			case WITHDRAW -> request.withdraw(requesting, "Drafted in error.");
			case NOTIFY_NO_LONGER_NEEDED -> request.assistance().notifyNoLongerNeeded(requesting, "The suspect was identified otherwise.");
			case WARN_PRESERVATION_AT_RISK -> request.dataRequests().warnPreservationAtRisk(requested,
					"The provider deletes such logs within hours; preservation may come too late.");
			case EXTEND_PRESERVATION -> request.dataRequests().requestPreservationExtension(requesting, 60,
					"The request for disclosure is being drafted.");
			case GRANT_PRESERVATION_EXTENSION -> request.dataRequests().grantPreservationExtension(requested, null);
			case DECLINE_PRESERVATION_EXTENSION -> request.dataRequests().declinePreservationExtension(requested,
					"The provider cannot keep the logs longer under our law.");
			case REQUEST_STATUS -> request.assistance().requestStatus(requesting);
			case ANSWER_STATUS -> request.assistance().answerStatus(requested, "Under review by the prosecutor.");
			case NOTIFY_CONFIDENTIALITY_NOT_KEPT -> request.assistance().notifyConfidentialityNotKept(requested,
					"A court order requires notifying the account holder.");
			case REQUEST_PROSECUTION_INSTEAD -> request.extraditionAndTransfers().requestProsecutionInstead(requesting, new CaseId(java.util.UUID.randomUUID()));
			case OFFER_CONDITIONAL_SURRENDER -> request.extraditionAndTransfers().offerConditionalSurrender(requested, null);
			case HAND_OVER_FILE -> request.extraditionAndTransfers().handOverFile(requesting, "Court file 2026/123, 412 pages, sent by diplomatic bag.");
			case AGREE_JOINT_INVESTIGATION -> request.jointInvestigations().agreeJointInvestigation(requested, 180, "Two investigators from each State.",
					"Thailand");
			case NOTIFY_EXCULPATORY_DISCLOSURE -> request.spontaneousInformation().notifyExculpatoryDisclosure(requested, "The alibi in annex 2.");
			case DISCLOSE_EXCULPATORY -> request.spontaneousInformation().discloseExculpatory(requested, "The alibi in annex 2, to the defence.", null);
			case AUTHORIZE_FORWARDING -> request.spontaneousInformation().authorizeForwarding(requesting, THIRD_STATE);
			case FORWARD_TO_THIRD_STATE -> request.spontaneousInformation().forwardToThirdState(requested, THIRD_STATE, "A linked investigation there.");
			case INVITE_REASONS_TO_MAINTAIN -> request.assetRecovery().inviteReasonsToMaintain(requested, "Reasons within 30 days, please.");
			case PRESENT_REASONS_TO_MAINTAIN -> request.assetRecovery().presentReasonsToMaintain(requesting, "The trial starts next month.");
			case LIFT_MEASURE -> request.assetRecovery().liftMeasure(requested, Set.of(RefusalGround.INSUFFICIENT_EVIDENCE),
					"No evidence arrived in six months.");
			case DECIDE_RETURN -> request.assetRecovery().decideReturn(requested, "RETURN", new Amount(java.math.BigDecimal.valueOf(1000), "USD"),
					new Amount(java.math.BigDecimal.valueOf(100), "USD"), null, null, null, true);
		}
	}

	private static final org.hanoinet.shared.CountryCode THIRD_STATE = org.hanoinet.shared.CountryCode.of("GH");

	/**
	 * The duties an allowed act presupposes: a notice before disclosure, an authorization before forwarding, an
	 * invitation to argue before lifting, a request for a further period of preservation before its answer.
	 */
	private static void meetDutiesBefore(Case request, Act act) {
		switch (act) {
			case GRANT_PRESERVATION_EXTENSION, DECLINE_PRESERVATION_EXTENSION -> request.dataRequests().requestPreservationExtension(DRAFTER, 30,
					"The request for disclosure is being translated.");
			case DISCLOSE_EXCULPATORY -> request.spontaneousInformation().notifyExculpatoryDisclosure(REQUESTED_OFFICER, "The alibi in annex 2.");
			case FORWARD_TO_THIRD_STATE -> request.spontaneousInformation().authorizeForwarding(DRAFTER, THIRD_STATE);
			case LIFT_MEASURE -> request.assetRecovery().inviteReasonsToMaintain(REQUESTED_OFFICER, "Reasons within 30 days, please.");
			default -> {
			}
		}
	}

	/**
	 * A ground the case may be refused on now: for extradition, the nationality of the person, which opens
	 * prosecution instead; otherwise essential interests, or, for mutual legal assistance not yet in consultation,
	 * a ground outside the closed list of art. 40 (the consultation rule itself is tested in {@link RefusalTests}).
	 */
	private static RefusalGround refusalGround(Case request) {
		Set<RefusalGround> open = request.refusableGrounds();
		if (open.contains(RefusalGround.NATIONAL_OF_REQUESTED_STATE)) {
			return RefusalGround.NATIONAL_OF_REQUESTED_STATE;
		}
		return open.contains(RefusalGround.ESSENTIAL_INTERESTS) || open.isEmpty() ? RefusalGround.ESSENTIAL_INTERESTS
				: open.iterator().next();
	}

	/** An act of part 2: the types that have it, the states it starts from, and where it leads (null: the state is kept). */
	private record PartTwoAct(Set<CaseType> types, Set<CaseStatus> from, CaseStatus to) {
	}

	private static Map<Act, PartTwoAct> partTwo() {
		Map<Act, PartTwoAct> acts = new EnumMap<>(Act.class);
		PART_TWO_ACTS.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
			String[] parts = line.split(" ");
			Set<CaseType> types = EnumSet.noneOf(CaseType.class);
			for (String type : parts[0].split(",")) {
				types.add(CaseType.valueOf(type));
			}
			Set<CaseStatus> from = EnumSet.noneOf(CaseStatus.class);
			for (String state : parts[2].split(",")) {
				from.add(CaseStatus.valueOf(state));
			}
			acts.put(Act.valueOf(parts[1]), new PartTwoAct(types, from, parts[3].equals("=") ? null : CaseStatus.valueOf(parts[3])));
		});
		return acts;
	}

	private static Set<CaseStatus> union(Set<CaseStatus> states, CaseStatus more) {
		Set<CaseStatus> union = EnumSet.copyOf(states);
		union.add(more);
		return union;
	}

	private static Map<CaseStatus, Map<Act, CaseStatus>> table() {
		Map<CaseStatus, Map<Act, CaseStatus>> table = new EnumMap<>(CaseStatus.class);
		TRANSITIONS.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
			String[] parts = line.split(" ");
			table.computeIfAbsent(CaseStatus.valueOf(parts[0]), from -> new EnumMap<>(Act.class))
				.put(Act.valueOf(parts[1]), CaseStatus.valueOf(parts[2]));
		});
		return table;
	}
}
